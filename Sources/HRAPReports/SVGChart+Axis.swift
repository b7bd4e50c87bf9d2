import Foundation

extension SVGChart {
    /// Round values for an axis from `low` to `high`: about `count` steps of 1, 2, 2.5 or 5 times a power of ten, and
    /// the decimals their labels need.
    static func roundTicks(low: Double, high: Double, count: Int = 4) -> (values: [Double], decimals: Int) {
        guard high > low, count > 0 else { return ([low], 0) }
        let raw = (high - low) / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = ([1, 2, 2.5, 5, 10].first { raw / magnitude <= $0 + 1e-9 } ?? 10) * magnitude
        let decimals =
            (0...3).first { places in
                let scaled = step * pow(10, Double(places))
                return abs(scaled - scaled.rounded()) < 1e-6
            } ?? 3
        var values: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9, values.count < 50 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return (values, decimals)
    }

    /// Light gridlines across the whole width at each tick, each labelled at the left just above its line (so that no
    /// margin is reserved for labels on a narrow screen). `y` places a value; `label` writes it.
    static func gridlines(_ ticks: [Double], y: (Double) -> Double, label: (Double) -> String) -> (
        lines: String, labels: String
    ) {
        let lines = ticks.map { tick in line(.share(0), y(tick), .share(100), y(tick), stroke: "#d9d9d9") }.joined()
        let labels = ticks.map { tick in text(.pixels(0), y(tick) - 4, label(tick), halo: true) }.joined()
        return (lines, labels)
    }

    /// The anchor that keeps a label centred on `percent` inside the chart near its edges.
    static func anchor(near percent: Double) -> String {
        percent < 6 ? "start" : percent > 94 ? "end" : "middle"
    }
}
