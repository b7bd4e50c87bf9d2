import SeededRandom
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

/// A chart's coordinates are written with at most one decimal, as the shortest text of the rounded number: the fast
/// writer gives what `Double`'s own text gives, for hand-picked and random values.
@Suite struct ChartCoordinateTests {
    private func reference(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded.rounded() == rounded ? String(Int(rounded)) : String(rounded)
    }

    @Test func coordinatesAreWrittenAsTheirRoundedText() {
        let picked: [(Double, String)] = [
            (0, "0"), (-0.04, "0"), (-0.05, "-0.1"), (0.05, "0.1"), (12.34, "12.3"), (12.35, "12.4"), (99.96, "100"),
            (-7.25, "-7.3"), (320, "320"), (-0.5, "-0.5"), (1_234_567.89, "1234567.9"),
        ]
        for (value, text) in picked { #expect(SVGChart.format(value) == text, "\(value)") }
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let value = (Double(random.next(below: 2_000_001)) - 1_000_000) / Double(1 + random.next(below: 1_000))
            #expect(SVGChart.format(value) == reference(value), "\(value)")
        }
    }
}
