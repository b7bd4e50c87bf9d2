import HRAPCore
import Testing

@Suite struct MeasureRollUpTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    /// Two fields; five actions whose standing at 2025-12-31 is worked out by hand below.
    private func plan() throws -> PlanFile {
        var file = PlanFile()
        file.plan.periodEnd = try date("2027-12-31")
        file.fields = [FieldOfAction(), FieldOfAction()]
        (file.fields[0].code, file.fields[1].code) = ("1", "2")
        file.objectives = [Objective(), Objective()]
        (file.objectives[0].code, file.objectives[0].field) = ("1.1", "1")
        (file.objectives[1].code, file.objectives[1].field) = ("2.1", "2")
        func action(_ code: String, _ objective: String, _ status: Action.Status, end: String?) throws -> Action {
            var action = Action()
            (action.code, action.objective, action.status) = (code, objective, status)
            action.endDate = try end.map(date)
            return action
        }
        file.actions = [
            try action("1.1.1", "1.1", .ongoing, end: "2025-06-30"),  // active past its end: overdue
            try action("1.1.2", "1.1", .planned, end: nil),  // completed by an update in 2025
            try action("1.1.3", "1.1", .delayed, end: "2027-12-31"),  // delayed
            try action("2.1.1", "2.1", .ongoing, end: "2026-12-31"),  // ongoing
            try action("2.1.2", "2.1", .cancelled, end: "2024-12-31"),  // cancelled is never overdue
        ]
        var update = ProgressUpdate()
        (update.action, update.date, update.status) = ("1.1.2", try date("2025-03-01"), .completed)
        file.progressUpdates = [update]
        return file
    }

    @Test func measuresAreCountedByStandingOverdueFirst() throws {
        let progress = PlanProgress(PlanFacts(file: try plan()), asOf: try date("2025-12-31"))
        let all = progress.measures
        #expect(all.total == 5)
        #expect(all.counts == [.overdue: 1, .completed: 1, .delayed: 1, .ongoing: 1, .cancelled: 1])
        #expect(all.implemented == 1)
        #expect(all.share(.completed) == 0.2)
        #expect(progress.measures(field: "1").counts == [.overdue: 1, .completed: 1, .delayed: 1])
        #expect(progress.measures(objective: "2.1").counts == [.ongoing: 1, .cancelled: 1])
        #expect(progress.measures(field: "9").total == 0)
        #expect(progress.measures(field: "9").share(.completed) == nil, "no measures is no data, not 0 %")
    }

    @Test func comparingWithAnEarlierDateNamesWhatMoved() throws {
        let facts = PlanFacts(file: try plan())
        let now = PlanProgress(facts, asOf: try date("2025-12-31")),
            before = PlanProgress(facts, asOf: try date("2025-01-31"))
        #expect(before.measures.implemented == 0)
        let (completed, overdue) = now.changes(since: before)
        #expect(completed == ["1.1.2"])
        #expect(overdue == ["1.1.1"])
    }

    /// The measures of an objective and of a field, as the facts keep them grouped, are those the plan file's
    /// definitions select, in the file's order: a measure directly under a field counts for the field's stand-in
    /// objective and the field, an action that is not a measure for neither.
    @Test func measuresByObjectiveAndFieldAreTheFilesOwn() throws {
        var file = try plan()
        var direct = Action()
        (direct.code, direct.field, direct.status) = ("2.0.1", "2", .ongoing)
        var notAMeasure = Action()
        (notAMeasure.code, notAMeasure.objective, notAMeasure.notAMeasure) = ("1.1.9", "1.1", "a study")
        file.actions += [direct, notAMeasure]
        let facts = PlanFacts(file: file)
        for unit in ["1.1", "2.1", "2", "9.9"] {
            #expect(
                facts.measures(ofUnit: unit).map(\.code) == file.measures.filter { $0.unitCode == unit }.map(\.code))
        }
        for field in ["1", "2", "9"] {
            #expect(
                facts.measures(ofField: field).map(\.code)
                    == file.measures.filter { file.fieldCode(of: $0) == field }.map(\.code))
        }
        #expect(facts.measures(ofField: "2").map(\.code) == ["2.1.1", "2.1.2", "2.0.1"])
        #expect(facts.measures(ofUnit: "1.1").map(\.code) == ["1.1.1", "1.1.2", "1.1.3"])
    }
}

@Suite struct DeadlineTests {
    /// An open-ended measure is due by the end of the plan: overdue once the period has ended, in progress and scores.
    @Test func anOpenEndedActiveMeasureIsOverdueOnceThePlanHasEnded() throws {
        var file = PlanFile()
        file.plan.periodStart = try #require(CalendarDate("2020-01-01"))
        file.plan.periodEnd = CalendarDate("2024-12-31")
        var action = Action()
        (action.code, action.objective, action.status) = ("1.1.1", "1.1", .ongoing)
        file.actions = [action]
        let facts = PlanFacts(file: file)
        let during = try #require(CalendarDate("2024-06-30")), after = try #require(CalendarDate("2025-01-01"))
        #expect(!facts.isOverdue(action, at: during))
        #expect(facts.isOverdue(action, at: after))
        #expect(PlanProgress(facts, asOf: after).measures.counts == [.overdue: 1])
        let metric = Metric.activeActionsOverdue.compute(facts, asOf: after)
        #expect(metric.value == 1)
        #expect(metric.failing == ["1.1.1"])
    }
}

@Suite struct LatenessTests {
    private func facts(_ indicator: Indicator, _ values: [(String, Double)]) throws -> PlanFacts {
        var file = PlanFile()
        file.indicators = [indicator]
        let points = try values.map { PlanFacts.Point(date: try #require(CalendarDate($0.0)), value: $0.1) }
        return PlanFacts(structure: file, series: [indicator.code: points], disaggregatedDates: [:])
    }

    private func indicator(yesNo: Bool) -> Indicator {
        var indicator = Indicator()
        (indicator.code, indicator.objective, indicator.direction) = ("1.1.a", "1.1", .increase)
        indicator.valueType = yesNo ? .yesNo : .number
        (indicator.baselineValue, indicator.baselineDate) = (yesNo ? 0 : 10, CalendarDate("2020-12-31"))
        (indicator.targetValue, indicator.targetDate) = (yesNo ? 1 : 20, CalendarDate("2022-12-31"))
        return indicator
    }

    @Test func aTargetReachedAfterItsDateIsAchievedLate() throws {
        let asOf = try #require(CalendarDate("2023-12-31"))
        let late = try facts(indicator(yesNo: false), [("2022-06-30", 15), ("2023-06-30", 21)])
        #expect(IndicatorProgress.of(indicator(yesNo: false), facts: late, asOf: asOf).status == .achievedLate)
        let onTime = try facts(indicator(yesNo: false), [("2022-12-31", 20), ("2023-06-30", 21)])
        #expect(IndicatorProgress.of(indicator(yesNo: false), facts: onTime, asOf: asOf).status == .achieved)
        let yesLate = try facts(indicator(yesNo: true), [("2022-06-30", 0), ("2023-03-01", 1)])
        #expect(IndicatorProgress.of(indicator(yesNo: true), facts: yesLate, asOf: asOf).status == .achievedLate)
        let rollUp = ProgressRollUp([.achievedLate, .offTrack])
        #expect(rollUp.shareOnTrack == 0.5, "achieved late still counts as achieved in the share")
    }
}

@Suite struct StalenessTests {
    @Test func aValueOlderThanTheFrequencyIsStaleAndChasedInDue() throws {
        var quarterly = Indicator(), unset = Indicator()
        (quarterly.code, quarterly.objective, quarterly.frequencyMonths) = ("1.1.a", "1.1", 3)
        (unset.code, unset.objective) = ("1.1.b", "1.1")
        var file = PlanFile()
        file.indicators = [quarterly, unset]
        let june2025 = try #require(CalendarDate("2025-06-30")), june2024 = try #require(CalendarDate("2024-06-30"))
        let facts = PlanFacts(
            structure: file,
            series: ["1.1.a": [.init(date: june2025, value: 1)], "1.1.b": [.init(date: june2024, value: 1)]],
            disaggregatedDates: [:])
        let asOf = try #require(CalendarDate("2025-12-31"))
        #expect(IndicatorProgress.of(quarterly, facts: facts, asOf: asOf).isStale, "6 months old, reported quarterly")
        #expect(IndicatorProgress.of(unset, facts: facts, asOf: asOf).isStale, "18 months old, a year assumed")
        #expect(!IndicatorProgress.of(unset, facts: facts, asOf: try #require(CalendarDate("2025-06-29"))).isStale)
        let due = DueList(facts, asOf: asOf).byUnit.flatMap(\.items).map(\.code)
        #expect(due.contains("1.1.b"), "an indicator without a frequency is chased too")
    }
}
