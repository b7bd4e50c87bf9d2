import HRAPCore
import Testing

/// Milestones reached and one-off values are neither stale nor chased; a reversal is judged again. Descriptive counts
/// (direction none) have no status and never go backwards.
@Suite struct SettledIndicatorTests {
    /// A plan with one indicator `i` (objective 1), its values and its frequency of 12 months.
    func facts(_ configure: (inout Indicator) -> Void, values: [(String, Double)]) -> (Indicator, PlanFacts) {
        var indicator = Indicator()
        (indicator.code, indicator.objective, indicator.name, indicator.frequencyMonths) = ("i", "1", "I", 12)
        (indicator.baselineValue, indicator.baselineDate) = (0, CalendarDate("2021-01-01"))
        (indicator.targetValue, indicator.targetDate) = (1, CalendarDate("2023-12-31"))
        configure(&indicator)
        var file = PlanFile()
        var objective = Objective()
        (objective.code, objective.field, objective.title) = ("1", "1", "O")
        file.objectives = [objective]
        file.indicators = [indicator]
        file.measurements = values.map { date, value in
            var measurement = Measurement()
            (measurement.indicator, measurement.value) = ("i", value)
            measurement.date = CalendarDate(date) ?? CalendarDate(daysSince1970: 0)
            return measurement
        }
        return (indicator, PlanFacts(file: file))
    }

    private let asOf = CalendarDate.endOfYear(2025)

    /// A council adopted its policy in 2022 (yes): three years later it is achieved, not stale, and not due.
    @Test func aMilestoneReachedIsNeitherStaleNorDue() {
        let (indicator, facts) = facts({ $0.valueType = .yesNo }, values: [("2022-06-30", 1)])
        let progress = IndicatorProgress.of(indicator, facts: facts, asOf: asOf)
        #expect(progress.status == .achieved && !progress.isStale)
        #expect(DueList(facts, asOf: asOf).byUnit.flatMap(\.items).isEmpty)
        #expect(
            Metric.indicatorsComplete.compute(facts, asOf: asOf).value == 1,
            "a milestone reached keeps its value: no new one is needed in the window")
    }

    /// The policy was repealed in 2024 (no): no longer settled, judged as usual and chased again.
    @Test func aReversalIsJudgedAndChasedAgain() {
        let (indicator, facts) = facts({ $0.valueType = .yesNo }, values: [("2022-06-30", 1), ("2024-03-31", 0)])
        let progress = IndicatorProgress.of(indicator, facts: facts, asOf: asOf)
        #expect(progress.status == .offTrack && progress.isStale && progress.retrogression)
        #expect(DueList(facts, asOf: asOf).byUnit.flatMap(\.items).map(\.code) == ["i"])
    }

    /// A study counted once (2,256 pupils in 2022) is complete for good; without its value it is still due.
    @Test func aOneOffValueIsCompleteForGood() {
        let (indicator, facts) = facts(
            {
                $0.isOneOff = true
                ($0.targetValue, $0.targetDate) = (3_000, CalendarDate("2026-12-31"))
            }, values: [("2022-09-30", 2_256)])
        #expect(!IndicatorProgress.of(indicator, facts: facts, asOf: asOf).isStale)
        #expect(DueList(facts, asOf: asOf).byUnit.flatMap(\.items).isEmpty)
        let (_, empty) = self.facts({ $0.isOneOff = true }, values: [])
        #expect(DueList(empty, asOf: asOf).byUnit.flatMap(\.items).map(\.code) == ["i"], "not yet measured: due")
    }

    /// Documented cases: 14, 19, 23, 21. No status, no "worse", never backwards; complete without a target.
    @Test func aDescriptiveCountHasNoStatusAndNeverGoesBackwards() {
        let (indicator, facts) = facts(
            {
                $0.direction = .descriptive
                ($0.targetValue, $0.targetDate, $0.baselineValue) = (nil, nil, 14)
            }, values: [("2023-12-31", 19), ("2024-12-31", 23), ("2025-12-31", 21)])
        let progress = IndicatorProgress.of(indicator, facts: facts, asOf: asOf)
        #expect(progress.status == .descriptive && !progress.retrogression)
        let change = IndicatorChange.of(
            indicator, facts: facts, from: CalendarDate.endOfYear(2024).adding(days: 1), to: asOf)
        #expect(change.word == .changed && !change.backwards)
        #expect(Metric.indicatorsComplete.compute(facts, asOf: asOf).value == 1)
        #expect(ProgressRollUp([.descriptive, .onTrack]).shareOnTrack == 1, "a descriptive count is not measured")
    }
}
