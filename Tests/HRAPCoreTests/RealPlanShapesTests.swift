import HRAPCore
import Testing

/// Dates to the month or year, as sources give them.
@Suite struct PartialDateTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(partial: text)) }

    @Test(arguments: [
        ("2022-05", CalendarDate.Precision.month, "2022-05-31"), ("2021", .year, "2021-12-31"),
        ("2024-02", .month, "2024-02-29"), ("2024-02-10", .day, "2024-02-10"),
    ])
    func readsAsGivenAndStandsForItsLastDay(text: String, precision: CalendarDate.Precision, last: String) throws {
        let partial = try date(text)
        #expect(partial.description == text)
        #expect(partial.precision == precision)
        #expect(partial.adding(days: 0).description == last)
    }

    @Test(arguments: ["2022-13", "2022-5", "202", "20221", "2022-00", "0000", "2022-05-", "May 2022"])
    func refusesWhatIsNotADateMonthOrYear(text: String) {
        #expect(CalendarDate(partial: text) == nil)
    }

    @Test func theStrictParserStillWantsADay() {
        #expect(CalendarDate("2022-05") == nil)
        #expect(CalendarDate("2021") == nil)
    }

    @Test func comparesByItsLastDayAndKnowsItsFirst() throws {
        let may = try date("2022-05"), lastOfMay = try date("2022-05-31")
        #expect(may <= lastOfMay && lastOfMay <= may, "neither is earlier")
        #expect(may != lastOfMay, "but they are written differently")
        #expect(try date("2022-05-30") < may)
        #expect(may < (try date("2022-06-01")))
        #expect(may.first.description == "2022-05-01")
        #expect(try date("2021").first.description == "2021-01-01")
        #expect(may.adding(months: 1).description == "2022-06-30", "a month later is the next month's last day")
        #expect(try date("2024-02").adding(months: 12).description == "2025-02-28")
    }
}

/// Deadlines of open-ended plans and of actions dated to the month, worked out by hand.
@Suite struct OpenEndedPlanTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(partial: text)) }

    private func plan(end: String?, review: String?, actionEnd: String?) throws -> PlanFile {
        var file = PlanFile()
        file.plan.periodStart = try date("2021-05")
        file.plan.periodEnd = try end.map(date)
        file.plan.reviewDate = try review.map(date)
        var action = Action()
        (action.code, action.objective, action.status) = ("1.1.1", "1.1", .ongoing)
        action.endDate = try actionEnd.map(date)
        file.actions = [action]
        return file
    }

    @Test func anActionDueInAMonthIsDueByItsLastDay() throws {
        let facts = PlanFacts(file: try plan(end: "2026", review: nil, actionEnd: "2025-05"))
        let action = facts.file.actions[0]
        #expect(!facts.isOverdue(action, at: try date("2025-05-31")))
        #expect(facts.isOverdue(action, at: try date("2025-06-01")))
    }

    @Test func completedInTheMonthItWasDueIsOnTimeAndAfterItLate() throws {
        var file = try plan(end: "2026", review: nil, actionEnd: "2025-05")
        var update = ProgressUpdate()
        (update.action, update.date, update.status) = ("1.1.1", try date("2025-05-20"), .completed)
        file.progressUpdates = [update]
        #expect(
            PlanProgress(PlanFacts(file: file), asOf: try date("2025-12-31")).actions["1.1.1"]?.isCompletedLate == false
        )
        file.progressUpdates[0].date = try date("2025-06")
        #expect(
            PlanProgress(PlanFacts(file: file), asOf: try date("2025-12-31")).actions["1.1.1"]?.isCompletedLate == true)
    }

    @Test func anOpenEndedPlansActionsAreDueAtItsReviewDate() throws {
        let facts = PlanFacts(file: try plan(end: nil, review: "2027-06", actionEnd: nil))
        let action = facts.file.actions[0]
        #expect(facts.deadline(of: action)?.description == "2027-06")
        #expect(!facts.isOverdue(action, at: try date("2027-06-30")))
        #expect(facts.isOverdue(action, at: try date("2027-07-01")))
    }

    @Test func aSuccessorEndsAnOpenEndedPlanTheDayBeforeItStarts() throws {
        var facts = PlanFacts(file: try plan(end: nil, review: "2030", actionEnd: nil))
        facts.successorStart = try date("2026-01")
        #expect(facts.planDeadline?.description == "2025-12-31", "the successor's first day, less one")
        #expect(facts.isOverdue(facts.file.actions[0], at: try date("2026-01-01")))
    }

    @Test func withoutEndReviewOrSuccessorAnOpenEndedActionHasNoDeadline() throws {
        let facts = PlanFacts(file: try plan(end: nil, review: nil, actionEnd: nil))
        let progress = PlanProgress(facts, asOf: try date("2040-01-01"))
        #expect(progress.actions["1.1.1"]?.deadline == nil)
        #expect(progress.actions["1.1.1"]?.isOverdue == false)
        #expect(progress.measures.counts[.ongoing] == 1)
    }
}

/// Money recorded for a field or the whole plan as one package, worked out by hand.
@Suite struct BudgetPackageTests {
    private let asOf = CalendarDate.endOfYear(2024).adding(days: 181)  // 30 June 2025

    /// Field 1: actions A (own line) and B (none); field 2: action C (none). All ongoing in 2025.
    private func plan(packages: [(field: String?, allocated: Double, spent: Double)]) -> PlanFile {
        var file = PlanFile()
        file.plan.periodEnd = CalendarDate(year: 2027, month: 12, day: 31)
        file.objectives = [Objective(), Objective()]
        (file.objectives[0].code, file.objectives[0].field) = ("1.1", "1")
        (file.objectives[1].code, file.objectives[1].field) = ("2.1", "2")
        file.actions = [("A", "1.1"), ("B", "1.1"), ("C", "2.1")].map { code, objective in
            var action = Action()
            (action.code, action.objective, action.status, action.competence) = (code, objective, .ongoing, .own)
            return action
        }
        var own = BudgetLine()
        (own.action, own.fiscalYear, own.allocated, own.spent) = ("A", 2025, 100, 100)
        file.budgetLines =
            [own]
            + packages.map { package in
                var line = BudgetLine()
                (line.field, line.fiscalYear, line.allocated, line.spent) = (
                    package.field, 2025, package.allocated, package.spent
                )
                return line
            }
        return file
    }

    private func budgeted(_ file: PlanFile) -> MetricResult {
        Metric.activeActionsBudgeted.compute(PlanFacts(file: file), asOf: asOf)
    }

    @Test func aFieldPackageCoversTheActionsOfThatField() {
        // Before packages were read: only A had money, 1 of 3. With field 2's package, C is covered: 2 of 3.
        #expect(budgeted(plan(packages: [])).numerator == 1)
        let result = budgeted(plan(packages: [(field: "2", allocated: 50, spent: 0)]))
        #expect((result.numerator, result.denominator) == (2, 3))
        #expect(result.failing == ["B"])
        #expect(result.note.parameters.contains { $0.name == "packaged" && $0.value == "1" })
    }

    @Test func aPlanPackageCoversEveryAction() {
        let result = budgeted(plan(packages: [(field: nil, allocated: 50, spent: 0)]))
        #expect((result.numerator, result.denominator) == (3, 3))
    }

    @Test func packagesCountInTheExecutionRate() throws {
        // 2025: A allocated 100, spent 100; field 2's package allocated 100, spent 50 → 150 / 200 = 0.75.
        let file = plan(packages: [(field: "2", allocated: 100, spent: 50)])
        let rate = Metric.budgetExecutionRate.compute(
            PlanFacts(file: file), asOf: try #require(CalendarDate("2026-03-01")))
        #expect(rate.value == 0.75)
        var unreported = file
        unreported.budgetLines[1].spent = nil
        let missing = Metric.budgetExecutionRate.compute(
            PlanFacts(file: unreported), asOf: try #require(CalendarDate("2026-03-01")))
        #expect(missing.failing == ["field 2 (package) (own)"])
    }
}

/// Targets in words, judged by the responsible officer; indicators of the whole plan.
@Suite struct QualitativeAndPlanIndicatorTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(partial: text)) }

    private func plan(judgements: [(String, Measurement.JudgedStatus)]) throws -> PlanFile {
        var file = PlanFile()
        var indicator = Indicator()
        (indicator.code, indicator.objective, indicator.valueType, indicator.type) = (
            "1.q", "1.1", .qualitative, .structural
        )
        (indicator.targetText, indicator.targetDate) = (
            "A barrier-free polling station in every district", try date("2024")
        )
        var planLevel = Indicator()
        (planLevel.code, planLevel.name, planLevel.type) = ("P.a", "Measures implemented", .process)
        file.indicators = [indicator, planLevel]
        file.measurements = try judgements.map { text, status in
            var measurement = Measurement()
            (measurement.indicator, measurement.date, measurement.judgedStatus) = ("1.q", try date(text), status)
            return measurement
        }
        return file
    }

    private func progress(_ file: PlanFile, at text: String) throws -> IndicatorProgress? {
        PlanProgress(PlanFacts(file: file), asOf: try date(text)).indicators["1.q"]
    }

    @Test func theStatusIsTheLatestJudgementByTheReferenceDate() throws {
        let file = try plan(judgements: [("2023-03", .onTrack), ("2024-02", .atRisk)])
        #expect(try progress(file, at: "2022-12-31")?.status == .noData)
        #expect(try progress(file, at: "2023-12-31")?.status == .onTrack)
        let later = try progress(file, at: "2024-06-30")
        #expect(later?.status == .atRisk)
        #expect(later?.retrogression == true, "judged worse than before")
        #expect(later?.judged?.date.description == "2024-02")
        #expect(later?.latest == nil, "no number is made up")
    }

    @Test func achievedAfterTheTargetDateIsAchievedLate() throws {
        #expect(try progress(try plan(judgements: [("2024-11", .achieved)]), at: "2025-01-01")?.status == .achieved)
        #expect(try progress(try plan(judgements: [("2025-02", .achieved)]), at: "2025-03-01")?.status == .achievedLate)
    }

    @Test func anOldJudgementIsStale() throws {
        let file = try plan(judgements: [("2023-03", .onTrack)])
        #expect(try progress(file, at: "2024-03-31")?.isStale == false)
        #expect(try progress(file, at: "2024-04-01")?.isStale == true, "older than the default 12 months")
    }

    @Test func aPlanIndicatorCountsInThePlanRollUpAndInNoObjective() throws {
        let file = try plan(judgements: [("2023-03", .onTrack)])
        let progress = PlanProgress(PlanFacts(file: file), asOf: try date("2023-12-31"))
        #expect(progress.plan.total == 2)
        #expect(progress.plan.counts[.noData] == 1, "the plan indicator has no value yet")
        var objective = Objective()
        objective.code = "1.1"
        #expect(progress.rollUp(objective: objective).total == 1)
    }
}

/// The due list chases action updates by the plan's own reporting rhythm.
@Suite struct DueRhythmTests {
    @Test func aPlanThatReportsEveryTwoYearsIsNotChasedEverySixMonths() throws {
        var file = PlanFile()
        file.plan.periodEnd = CalendarDate(year: 2030, month: 12, day: 31)
        var action = Action()
        (action.code, action.objective, action.status) = ("1.1.1", "1.1", .ongoing)
        file.actions = [action]
        var update = ProgressUpdate()
        (update.action, update.date, update.status) = (
            "1.1.1", try #require(CalendarDate(partial: "2025-04")), .ongoing
        )
        file.progressUpdates = [update]
        let asOf = try #require(CalendarDate("2025-12-31"))
        func chased(_ file: PlanFile, updateDays: Int? = nil) -> [String] {
            DueList(PlanFacts(file: file), asOf: asOf, horizonDays: 0, updateDays: updateDays).byUnit.flatMap(\.items)
                .map(\.code)
        }
        #expect(chased(file) == ["1.1.1"], "no rhythm set: an update every 180 days")
        file.plan.reportingIntervalMonths = 24
        #expect(chased(file).isEmpty, "the plan reports every 24 months: due 2027-04")
        #expect(chased(file, updateDays: 90) == ["1.1.1"], "an explicit interval still wins")
    }
}
