import HRAPCore
import Testing

@Suite struct IndicatorProgressTests {
    /// An indicator from 2024-01-01 (baseline) to 2026-01-01 (target, 731 days later) with values at given dates.
    func progress(
        direction: Indicator.Direction = .increase, baseline: Double = 10, target: Double = 20,
        valueType: Indicator.ValueType = .number,
        values: [(String, Double)], asOf: String = "2025-01-01"
    ) -> IndicatorProgress {
        var indicator = Indicator()
        indicator.code = "i"
        indicator.objective = "1"
        indicator.direction = direction
        indicator.valueType = valueType
        indicator.baselineValue = baseline
        indicator.baselineDate = CalendarDate("2024-01-01")
        indicator.targetValue = target
        indicator.targetDate = CalendarDate("2026-01-01")
        var file = PlanFile()
        file.indicators = [indicator]
        file.measurements = values.map { date, value in
            var measurement = Measurement()
            measurement.indicator = "i"
            measurement.date = CalendarDate(date) ?? CalendarDate(daysSince1970: 0)
            measurement.value = value
            return measurement
        }
        return IndicatorProgress.of(
            indicator, facts: PlanFacts(file: file), asOf: CalendarDate(asOf) ?? CalendarDate(daysSince1970: 0))
    }

    // On 2025-01-01, 366 of 731 days have passed: expected ≈ 0.5007. On track needs ≥ 0.4506, at risk ≥ 0.3505.
    @Test(arguments: [
        (14.6, IndicatorProgress.Status.onTrack), (14.51, .onTrack), (14.5, .atRisk), (13.6, .atRisk),
        (13.5, .offTrack), (20, .achieved), (25, .achieved),
    ])
    func increasingIndicatorsAreJudgedAgainstAStraightLine(value: Double, status: IndicatorProgress.Status) {
        #expect(progress(values: [("2024-12-31", value)]).status == status)
    }

    @Test func decreasingIndicatorsProgressWhenTheValueFalls() {
        let falling = progress(direction: .decrease, baseline: 40, target: 20, values: [("2024-12-31", 30)])
        #expect(falling.progress == 0.5)
        #expect(falling.status == .onTrack)
        let rising = progress(direction: .decrease, baseline: 40, target: 20, values: [("2024-12-31", 42)])
        #expect(rising.status == .offTrack)
        #expect(rising.retrogression)
    }

    @Test func noValueIsNoDataNeverZero() {
        let none = progress(values: [])
        #expect(none.status == .noData)
        #expect(none.progress == nil)
        #expect(
            progress(values: [("2025-06-30", 15)]).status == .noData, "a value after the reference date does not count")
    }

    @Test func missingBaselineOrTargetIsNotMeasurable() {
        var indicator = Indicator()
        indicator.code = "i"
        var file = PlanFile()
        var measurement = Measurement()
        (measurement.indicator, measurement.value) = ("i", 0)
        file.measurements = [measurement]
        #expect(
            IndicatorProgress.of(indicator, facts: PlanFacts(file: file), asOf: CalendarDate(daysSince1970: 10)).status
                == .notMeasurable)
    }

    @Test(arguments: [
        (100.0, IndicatorProgress.Status.onTrack), (95.0, .onTrack), (94.0, .atRisk), (110.0, .atRisk),
        (111.0, .offTrack),
    ])
    func maintainIndicatorsStayNearTheirTarget(value: Double, status: IndicatorProgress.Status) {
        #expect(
            progress(direction: .maintain, baseline: 100, target: 100, values: [("2024-12-31", value)]).status == status
        )
    }

    @Test func yesNoIndicatorsAreAchievedOrLate() {
        #expect(progress(baseline: 0, target: 1, valueType: .yesNo, values: [("2024-06-30", 1)]).status == .achieved)
        #expect(
            progress(baseline: 0, target: 1, valueType: .yesNo, values: [("2024-03-31", 0)], asOf: "2024-04-01").status
                == .onTrack)
        #expect(progress(baseline: 0, target: 1, valueType: .yesNo, values: [("2024-12-31", 0)]).status == .atRisk)
        #expect(
            progress(baseline: 0, target: 1, valueType: .yesNo, values: [("2025-12-31", 0)], asOf: "2026-01-02").status
                == .offTrack)
    }

    @Test func retrogressionComparesWithBaselineAndThePreviousValue() {
        #expect(progress(values: [("2024-06-30", 15), ("2024-12-31", 14)]).retrogression)
        #expect(!progress(values: [("2024-06-30", 14), ("2024-12-31", 15)]).retrogression)
        #expect(progress(values: [("2024-12-31", 9)]).retrogression)
    }

    @Test func rollUpsCountEveryStatusAndKeepNoDataApart() {
        let rollUp = ProgressRollUp([.achieved, .onTrack, .offTrack, .noData, .noData, .notMeasurable])
        #expect(rollUp.total == 6)
        #expect(rollUp.counts[.noData] == 2)
        #expect(rollUp.shareOnTrack.map { ($0 * 1000).rounded() / 1000 } == 0.667)
        #expect(ProgressRollUp([.noData]).shareOnTrack == nil)
    }
}
