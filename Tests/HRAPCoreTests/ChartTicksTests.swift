import Testing

@testable import HRAPReports

/// Axes carry round values (steps of 1, 2, 2.5 or 5 times a power of ten) instead of the range's odd ends.
@Suite struct ChartTicksTests {
    @Test(arguments: [
        (0.0, 1_000.0, [0.0, 250, 500, 750, 1_000], 0),
        (440.0, 620.0, [450.0, 500, 550, 600], 0),
        (0.3, 1.7, [0.5, 1.0, 1.5], 1),
        (-3.0, 3.0, [-2.0, 0, 2], 0),
        (0.0, 13_722_500.0, [0.0, 5_000_000, 10_000_000], 0),
    ])
    func roundTicks(low: Double, high: Double, expected: [Double], decimals: Int) {
        let ticks = SVGChart.roundTicks(low: low, high: high)
        #expect(ticks.values == expected)
        #expect(ticks.decimals == decimals)
    }

    @Test func anEmptyRangeHasOneTick() {
        #expect(SVGChart.roundTicks(low: 5, high: 5).values == [5])
    }
}
