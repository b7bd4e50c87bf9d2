import HRAPCore
import Testing

/// Continuing measures, worked by hand: a regional plan's fifteen programmes, eleven of which met all their 2024
/// commitments, three 80 % and one 60 %.
@Suite struct ContinuingMeasureTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }

    /// A plan of 2019–2022 whose measures 1–15 are continuing, with their 2024 shares met, and measure 16 is a
    /// finite one due at the end of 2022; a derived indicator counts the measures fully on calendar.
    private func facts(_ shares: [Int?]) -> PlanFacts {
        var file = PlanFile()
        (file.plan.code, file.plan.periodStart, file.plan.periodEnd) = ("p", day("2019-01-01"), day("2022-12-31"))
        var objective = Objective()
        (objective.code, objective.field) = ("1", "1")
        file.objectives = [objective]
        file.actions = (1...16).map { number in
            var action = Action()
            (action.code, action.objective, action.title, action.status) = ("\(number)", "1", "M\(number)", .ongoing)
            (action.startDate, action.leadUnit) = (day("2019-01-01"), "u")
            action.isContinuing = number <= 15
            if number == 16 { action.endDate = day("2022-12-31") }
            return action
        }
        file.commitments = shares.enumerated().map { index, share in
            var commitment = YearlyCommitment()
            (commitment.action, commitment.year, commitment.commitments) = ("\(index + 1)", 2024, "the year's calendar")
            commitment.percentMet = share
            return commitment
        }
        var derived = Indicator()
        (derived.code, derived.name, derived.derived) = ("P.1", "Measures fully on calendar", .measuresOnCalendar)
        file.indicators = [derived]
        return PlanFacts(file: file)
    }

    private let shares: [Int?] = Array(repeating: 100, count: 11) + [80, 85, 95, 60]

    @Test func elevenOfFifteenAreFullyOnCalendar() {
        let rollUp = PlanProgress(facts(shares), asOf: day("2025-02-28")).commitments(in: 2024)
        #expect((rollUp.fullyOnCalendar, rollUp.total) == (11, 15))
        #expect(rollUp.counts == [.full: 11, .mostly: 3, .partly: 1])
    }

    /// After the plan's end (2022), the finite measure 16 is overdue; the fifteen programmes are not. While the plan
    /// runs they are continuing; after its end, carried over where the successor plan names them (1–10 here), else
    /// not concluded. The overdue metric counts measure 16 and, as behind, measure 15 (60 % is below 80 %).
    @Test func continuingMeasuresAreNeverOverdue() {
        #expect(PlanProgress(facts(shares), asOf: day("2022-06-30")).measures.counts == [.continuing: 15, .ongoing: 1])
        var successor = facts(shares)
        successor.carriedOver = Set((1...10).map(String.init))
        let progress = PlanProgress(successor, asOf: day("2025-02-28"))
        #expect(progress.measures.counts == [.carriedOver: 10, .notConcluded: 5, .overdue: 1])
        let overdue = Metric.activeActionsOverdue.compute(facts(shares), asOf: day("2025-02-28"))
        #expect(overdue.failing == ["15", "16"] && overdue.denominator == 16)
        #expect(
            Metric.actionsWithLeadAndDates.compute(facts(shares), asOf: day("2025-02-28")).value == 1,
            "a continuing measure needs no end date")
    }

    /// A measure without a share met for the year is not assessed: never 0, never met.
    @Test func aMissingShareIsNotAssessed() {
        let rollUp = PlanProgress(facts([100, nil]), asOf: day("2025-02-28")).commitments(in: 2024)
        #expect(rollUp.counts == [.full: 1, .notAssessed: 14])
        #expect(!facts([nil]).isBehind(facts([nil]).file.actions[0], at: day("2025-02-28")))
    }

    @Test func theDerivedIndicatorCountsTheMeasuresFullyOnCalendar() {
        #expect(
            facts(shares).series["P.1"] == [
                PlanFacts.Point(date: CalendarDate(partial: "2024") ?? day("2024-12-31"), value: 11)
            ])
    }

    /// Only a continuing measure of the plan carries commitments.
    @Test func aCommitmentOfAFiniteOrUnknownMeasureIsRefused() {
        let actions = Dictionary(facts(shares).file.actions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var commitment = YearlyCommitment()
        commitment.action = "16"
        #expect(commitment.problems(actions: actions, path: "").map(\.code) == [.inconsistent])
        commitment.action = "99"
        #expect(commitment.problems(actions: actions, path: "").map(\.code) == [.unknownReference])
    }
}

/// An entry of the plan that is not a measure (a budget annex) stays in the plan and counts in no roll-up.
@Suite struct NotAMeasureTests {
    @Test func aBudgetAnnexCountsInNoRollUp() {
        var file = PlanFile()
        (file.plan.code, file.plan.periodStart) = ("p", CalendarDate("2023-01-01") ?? CalendarDate(daysSince1970: 0))
        file.plan.periodEnd = CalendarDate("2024-12-31")
        file.actions = ["1", "2", "annex"].map { code in
            var action = Action()
            (action.code, action.objective, action.title, action.status) = (code, "1", code, .ongoing)
            (action.leadUnit, action.startDate) = ("u", CalendarDate("2023-01-01"))
            if code == "annex" { action.notAMeasure = "budget annex of the plan" }
            return action
        }
        let facts = PlanFacts(file: file)
        let asOf = CalendarDate.endOfYear(2025)
        #expect(PlanProgress(facts, asOf: asOf).measures.total == 2)
        let overdue = Metric.activeActionsOverdue.compute(facts, asOf: asOf)
        #expect((overdue.numerator, overdue.denominator) == (2, 2), "1 and 2 are overdue; the annex is not counted")
        #expect(file.actions.count == 3 && file.measures.map(\.code) == ["1", "2"])
    }
}
