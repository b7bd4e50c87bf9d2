import HRAPCore
import JSONCoding
import Testing

/// A small plan built by hand, so every metric's answer can be worked out on paper.
func handBuiltPlan() -> PlanFile {
    func date(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }
    var file = PlanFile()
    file.plan.code = "p"
    file.plan.adoptedBy = .council
    file.plan.adoptionDate = date("2024-01-10")
    file.standards = [StandardReference.make("SDG 1.2", .sdgTarget), StandardReference.make("Law 5", .nationalLaw)]
    file.objectives = [
        Objective.make("1", standards: ["SDG 1.2"]), Objective.make("2", standards: []),
        Objective.make("3", standards: ["Law 5"]),
    ]
    file.actions = [
        Action.make("1.1", objective: "1", end: date("2025-06-30"), competence: .own),
        Action.make("1.2", objective: "1", end: date("2026-12-31"), competence: .own),
        Action.make("2.1", objective: "2", end: date("2025-01-31"), competence: .advocacyOnly),
    ]
    file.indicators =
        (1...5).map { Indicator.make("o\($0)", objective: "1", type: .process, complete: true) }
        + [
            Indicator.make("o6", objective: "1", type: .outcome, complete: false),
            Indicator.make("t1", objective: "3", type: .outcome, complete: true),
        ]
    file.measurements = ["o1", "o2", "o3", "o4", "o5", "t1"].map { Measurement.make($0, date("2025-10-31")) }
    file.budgetLines = [
        BudgetLine.make("1.2", 2025, allocated: 100, spent: 80),
        BudgetLine.make("1.1", 2024, allocated: 50, spent: nil),
    ]
    file.progressUpdates = [ProgressUpdate.make("1.1", date("2025-07-01"), .completed)]
    return file
}

@Suite struct ScorerTests {
    let asOf = CalendarDate("2025-12-31") ?? CalendarDate(daysSince1970: 0)

    func result(_ metric: Metric, _ file: PlanFile = handBuiltPlan(), window: Int? = nil) -> MetricResult {
        metric.compute(PlanFacts(file: file), asOf: asOf, windowDays: window)
    }

    @Test(arguments: [(0.49, 1), (0.5, 2), (0.74, 2), (0.75, 3), (0.9, 4), (1.0, 4), (0.0, 0), (0.24, 0)])
    func levelsCountTheThresholdsReached(value: Double, level: Int) {
        #expect(Scorer.level(value, [0.25, 0.5, 0.75, 0.9], .objectivesLinkedToStandard) == level)
    }

    @Test(arguments: [(0.05, 4), (0.051, 3), (0.5, 1), (0.51, 0)])
    func lowerIsBetterLevelsCountThresholdsNotExceeded(value: Double, level: Int) {
        #expect(Scorer.level(value, [0.5, 0.3, 0.15, 0.05], .activeActionsOverdue) == level)
    }

    @Test func noDataIsLevelZeroAndSaysSo() {
        #expect(Scorer.level(nil, [0.25, 0.5, 0.75, 0.9], .objectivesLinkedToStandard) == 0)
        let empty = result(.objectivesLinkedToStandard, PlanFile())
        #expect(empty.value == nil)
        #expect(empty.note.english.hasPrefix("no data"))
        #expect(empty.note.key.hasPrefix("no_data."))
        #expect(result(.daysSinceLastReport).value == nil)
    }

    @Test func sharesCarryNumeratorDenominatorAndWhatFails() {
        let linked = result(.objectivesLinkedToStandard)
        #expect((linked.numerator, linked.denominator, linked.failing) == (2, 3, ["2"]))
        #expect(result(.objectivesLinkedToSDG).failing == ["2", "3"])
        #expect(result(.objectivesLinkedToNational).failing == ["1", "2"])
        #expect(result(.planAdoptedByCouncil).value == 1)
    }

    @Test func completenessCountsThreeIndicatorsPerObjectiveOutcomeFirstAndAveragesObjectives() {
        // Objective 1: o6 (outcome, incomplete, weight 2) then o1, o2 (process, complete): (0 + 1 + 1) / 4 = 0.5.
        // Objective 2: no indicator: 0. Objective 3: t1 complete: 1. Mean: 1.5 / 3 = 0.5.
        let complete = result(.indicatorsComplete, window: 365)
        #expect(complete.value == 0.5)
        #expect(complete.failing == ["o6", "objective 2: no indicator"])
        // Five complete process indicators cannot hide the missing outcome data.
        var stuffed = handBuiltPlan()
        stuffed.indicators += (7...20).map { Indicator.make("o\($0)", objective: "1", type: .process, complete: true) }
        #expect(result(.indicatorsComplete, stuffed, window: 365).value == 0.5)
        // Values older than the window do not count.
        #expect(result(.indicatorsComplete, window: 30).value == 0)
    }

    @Test func overdueActionsUseTheStatusOfTheLatestUpdate() {
        // 1.1 ended 2025-06-30 but an update says completed; 2.1 (advocacy) is overdue; 1.2 is not yet due.
        let overdue = result(.activeActionsOverdue)
        #expect((overdue.numerator, overdue.denominator, overdue.failing) == (1, 2, ["2.1"]))
    }

    @Test func budgetsAreExpectedOfActiveActionsWithinTheCitysPowers() {
        let budgeted = result(.activeActionsBudgeted)
        #expect((budgeted.numerator, budgeted.denominator) == (1, 1))
        var later = handBuiltPlan()
        later.budgetLines = []
        #expect(result(.activeActionsBudgeted, later).failing == ["1.2"])
    }

    @Test func budgetExecutionUsesTheLastCompleteYearAndListsLinesWithoutSpending() {
        #expect(result(.budgetExecutionRate).value == nil)
        let previous = Metric.budgetExecutionRate.compute(
            PlanFacts(file: handBuiltPlan()), asOf: CalendarDate("2026-03-01") ?? asOf)
        #expect((previous.value, previous.numerator, previous.denominator) == (0.8, 80, 100))
    }

    @Test func theScoreIsTheWeightedMeanAndTheIndexSkipsEncouragementsWithoutCriteria() throws {
        var framework = try shippedFramework("hrgl-2024")
        framework.encouragements = [
            framework.encouragements[2], framework.encouragements[3], framework.encouragements[12],
        ]
        framework.encouragements[2].criteria = []
        let card = Scorer.score(PlanFacts(file: handBuiltPlan()), framework: framework, asOf: asOf)
        // Standards: 2/3 → level 2. Alignment: national 1/3 (levels at .1/.25/.5/.75 → 2), SDG 1/3 → 2; mean 2.
        #expect(card.encouragements.map(\.level) == [2, 2, nil])
        #expect(card.index == 2)
        #expect(card.percent == 50)
        #expect(card.atLevelZero.isEmpty)
        var poor = handBuiltPlan()
        poor.objectives = poor.objectives.map {
            var objective = $0; objective.standards = []; return objective
        }
        #expect(
            Scorer.score(PlanFacts(file: poor), framework: framework, asOf: asOf).atLevelZero.map(
                \.encouragement.number) == [3, 4])
    }

    @Test func notApplicableMarksLeaveTheMaximumAndKeepTheirReason() throws {
        var framework = try shippedFramework("hrgl-2024")
        framework.encouragements = [
            framework.encouragements[2], framework.encouragements[3], framework.encouragements[13],
        ]
        var file = handBuiltPlan()
        func mark(_ number: Int, _ criterion: String?, _ reason: String, framework: String = "hrgl-2024")
            -> NotApplicable
        {
            var mark = NotApplicable()
            mark.framework = framework
            mark.encouragement = number
            mark.criterion = criterion
            mark.reason = reason
            return mark
        }
        file.notApplicable = [
            mark(4, "sdg", "SDGs are localised by the region"), mark(14, nil, "Networks are joined by the region"),
            mark(9, nil, "Not in this framework subset"), mark(4, "missing", "No such criterion"),
            mark(3, nil, "Other framework", framework: "hrgl-2023"),
        ]
        let card = Scorer.score(PlanFacts(file: file), framework: framework, asOf: asOf)
        // Standards 2/3 → 2. Alignment: only national counts, 1/3 → 2. Networks: not applicable, out of the index.
        #expect(card.encouragements.map(\.level) == [2, 2, nil])
        #expect(card.encouragements[2].notApplicable == "Networks are joined by the region")
        #expect(card.encouragements[1].criteria.map(\.notApplicable) == [nil, "SDGs are localised by the region"])
        #expect(card.index == 2)
        #expect(card.unmatchedMarks.map(\.reason) == ["Not in this framework subset", "No such criterion"])
        file.notApplicable.append(mark(4, "national", "Regional instruments are out of scope"))
        #expect(
            Scorer.score(PlanFacts(file: file), framework: framework, asOf: asOf).encouragements[1].notApplicable
                == "every criterion is not applicable")
    }

    @Test func theSameInputsGiveByteIdenticalJSON() throws {
        let framework = try shippedFramework("hrgl-2024")
        let first = JSONWriter.pretty(
            Scorer.score(PlanFacts(file: handBuiltPlan()), framework: framework, asOf: asOf).json())
        let second = JSONWriter.pretty(
            Scorer.score(PlanFacts(file: handBuiltPlan()), framework: framework, asOf: asOf).json())
        #expect(first == second)
        #expect(first.contains("\"text_status\": \"paraphrase\""))
    }
}

extension StandardReference {
    static func make(_ code: String, _ type: Kind) -> StandardReference {
        var standard = StandardReference()
        standard.code = code
        standard.type = type
        return standard
    }
}

extension Objective {
    static func make(_ code: String, standards: [String]) -> Objective {
        var objective = Objective()
        objective.code = code
        objective.standards = standards
        return objective
    }
}

extension Action {
    static func make(_ code: String, objective: String, end: CalendarDate, competence: Competence) -> Action {
        var action = Action()
        action.code = code
        action.objective = objective
        action.status = .ongoing
        action.competence = competence
        action.startDate = CalendarDate("2024-01-01")
        action.endDate = end
        return action
    }
}

extension Indicator {
    static func make(_ code: String, objective: String, type: Kind, complete: Bool) -> Indicator {
        var indicator = Indicator()
        indicator.code = code
        indicator.objective = objective
        indicator.type = type
        if complete {
            indicator.baselineValue = 1
            indicator.baselineDate = CalendarDate("2023-12-31")
            indicator.targetValue = 2
            indicator.targetDate = CalendarDate("2027-12-31")
        }
        return indicator
    }
}

extension Measurement {
    static func make(_ indicator: String, _ date: CalendarDate) -> Measurement {
        var measurement = Measurement()
        measurement.indicator = indicator
        measurement.date = date
        measurement.value = 1.5
        return measurement
    }
}

extension BudgetLine {
    static func make(_ action: String, _ year: Int, allocated: Double, spent: Double?) -> BudgetLine {
        var line = BudgetLine()
        line.action = action
        line.fiscalYear = year
        line.allocated = allocated
        line.spent = spent
        return line
    }
}

extension ProgressUpdate {
    static func make(_ action: String, _ date: CalendarDate, _ status: Action.Status) -> ProgressUpdate {
        var update = ProgressUpdate()
        update.action = action
        update.date = date
        update.status = status
        return update
    }
}
