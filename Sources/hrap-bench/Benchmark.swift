/// One figure of the bench: untimed preparation, then the timed work, repeated; the median is reported.
struct Benchmark {
    let name: String
    /// Rows the timed work handles, for the rate.
    let rows: Int
    let prepare: () throws -> Void
    let work: () throws -> Void

    /// The durations of `runs` runs, in seconds.
    func measure(runs: Int) throws -> [Double] {
        var seconds: [Double] = []
        for _ in 0..<runs {
            try prepare()
            let start = ContinuousClock.now
            try work()
            let elapsed = ContinuousClock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return seconds
    }
}

/// What a benchmark measured.
struct Figure {
    let name: String
    let rows: Int
    let seconds: [Double]

    var median: Double {
        let sorted = seconds.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var rowsPerSecond: Double { median > 0 ? Double(rows) / median : 0 }
}
