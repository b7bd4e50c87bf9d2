import HRAPCore
import Testing

/// Each change word by hand, on the year 2025, for indicators with and without a target.
@Suite struct IndicatorChangeTests {
    func change(
        direction: Indicator.Direction = .decrease, baseline: Double? = 612, target: Double? = 350,
        valueType: Indicator.ValueType = .number, values: [(String, Double)], newMethodFrom: String? = nil
    ) -> IndicatorChange {
        var indicator = Indicator()
        (indicator.code, indicator.objective, indicator.direction, indicator.valueType) = (
            "i", "1", direction, valueType
        )
        (indicator.baselineValue, indicator.targetValue) = (baseline, target)
        indicator.baselineDate = baseline == nil ? nil : CalendarDate("2022-12-31")
        indicator.targetDate = target == nil ? nil : CalendarDate("2027-12-31")
        var file = PlanFile()
        file.indicators = [indicator]
        file.measurements = values.map { date, value in
            var measurement = Measurement()
            (measurement.indicator, measurement.value) = ("i", value)
            measurement.date = CalendarDate(date) ?? CalendarDate(daysSince1970: 0)
            measurement.isNewMethod = date == newMethodFrom
            return measurement
        }
        return IndicatorChange.of(
            indicator, facts: PlanFacts(file: file), from: day("2025-01-01"),
            to: CalendarDate.endOfYear(2025))
    }

    private func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }

    /// Aldermoor's households: 517 at the end of 2024, 438 in September, 442 in December. Over the year it improved
    /// (517 → 442); its latest value went backwards (438 → 442). The report shows both comparisons.
    @Test func improvedOverTheYearAndBackwardsInItsLastValue() {
        let households = change(values: [("2024-12-31", 517), ("2025-09-30", 438), ("2025-12-31", 442)])
        #expect(households.word == .improved)
        #expect(households.compared == .init(date: day("2024-12-31"), value: 517))
        #expect(households.backwards)
        #expect(households.previous == .init(date: day("2025-09-30"), value: 438))
    }

    /// The count of households changed its definition in June 2025 (442 → 530 under the new one): not worse, not a
    /// setback; the value before the new method is shown beside it. A later value compares within the new series.
    @Test func aValueByANewMethodIsNotComparedWithTheOldSeries() {
        let redefined = change(
            values: [("2024-12-31", 517), ("2025-06-30", 530), ("2025-12-31", 560)], newMethodFrom: "2025-06-30")
        #expect(redefined.word == .newMethod)
        #expect(redefined.compared == .init(date: day("2024-12-31"), value: 517))
        #expect(redefined.backwards, "560 after 530 is a step back within the new series")
        let justRedefined = change(
            values: [("2024-12-31", 517), ("2025-12-31", 530)], newMethodFrom: "2025-12-31")
        #expect(justRedefined.word == .newMethod && !justRedefined.backwards)
        let before = change(
            values: [("2023-12-31", 600), ("2024-12-31", 517), ("2025-12-31", 530)], newMethodFrom: "2024-12-31")
        #expect(before.word == .worse, "a new method before the year leaves the year's comparison within the series")
    }

    @Test func worseAndUnchangedNeedAValueInTheYearAndOneBefore() {
        #expect(change(values: [("2024-06-30", 500), ("2025-06-30", 520)]).word == .worse)
        #expect(change(values: [("2024-06-30", 500), ("2025-06-30", 500)]).word == .unchanged)
    }

    /// Sparse data: no value in the year is never "unchanged", and never "backwards".
    @Test func anIndicatorLastMeasuredIn2022HasNoNewValue() {
        let sparse = change(values: [("2022-06-30", 700), ("2022-12-31", 720)])
        #expect(sparse.word == .noNewValue)
        #expect(sparse.latest?.date == day("2022-12-31") && !sparse.backwards)
        #expect(change(values: []).word == .noData)
    }

    /// A programme that reached 14,671 pupils from a baseline of 2,256: a first value, shown beside the baseline.
    @Test func aFirstValueIsShownBesideTheBaselineAndJudgedAgainstIt() {
        let pupils = change(direction: .increase, baseline: 2_256, target: 15_000, values: [("2025-07-31", 14_671)])
        #expect(pupils.word == .firstValue)
        #expect(pupils.compared == .init(date: day("2022-12-31"), value: 2_256))
        #expect(!pupils.backwards)
        let fewer = change(direction: .increase, baseline: 2_256, target: 15_000, values: [("2025-07-31", 2_000)])
        #expect(fewer.word == .firstValue && fewer.backwards, "worse than its baseline")
    }

    /// A yes/no indicator that turned from no to yes within the year improved.
    @Test func aYesNoThatTurnedImproved() {
        let turned = change(
            direction: .increase, baseline: 0, target: 1, valueType: .yesNo,
            values: [("2024-12-31", 0), ("2025-11-30", 1)])
        #expect(turned.word == .improved && !turned.backwards)
    }

    /// Without a target (York's indicators have baselines only), the same rules hold.
    @Test func indicatorsWithoutATargetGoBackwardsByTheSameRule() {
        let noTarget = change(target: nil, values: [("2024-12-31", 400), ("2025-12-31", 430)])
        #expect(noTarget.word == .worse && noTarget.backwards)
        let maintain = change(direction: .maintain, target: nil, values: [("2024-12-31", 400), ("2025-12-31", 430)])
        #expect(maintain.word == .changed && !maintain.backwards, "no target: no better or worse to maintain")
    }
}
