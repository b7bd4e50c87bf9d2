/// One figure of the bench: untimed preparation, then the timed work, repeated; the median is reported.
struct Benchmark {
    let name: String
    /// Rows the timed work handles, for the rate.
    let rows: Int
    let prepare: () throws -> Void
    let work: () throws -> Void

    /// One run: its duration in seconds and how far resident memory rose above where it started, in KiB.
    func measureOnce() throws -> (seconds: Double, peakGrowthKiB: Int?) {
        try prepare()
        let before = PeakMemory.reset()
        let start = ContinuousClock.now
        try work()
        let elapsed = ContinuousClock.now - start
        let growth = before.flatMap { base in PeakMemory.peak().map { max(0, $0 - base) } }
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, growth)
    }

    /// The figures of a group of benchmarks whose runs alternate (run 1 of each, then run 2 of each, …), so that a
    /// ratio between them survives a machine whose speed drifts during the bench.
    static func measureInterleaved(_ group: [Benchmark], runs: Int, log: (String) -> Void) throws -> [Figure] {
        var seconds = Array(repeating: [Double](), count: group.count)
        var growth = Array(repeating: Int?.none, count: group.count)
        for _ in 0..<runs {
            for (index, benchmark) in group.enumerated() {
                let run = try benchmark.measureOnce()
                seconds[index].append(run.seconds)
                if let kib = run.peakGrowthKiB { growth[index] = max(growth[index] ?? 0, kib) }
            }
        }
        return group.enumerated().map { index, benchmark in
            log("measured \(benchmark.name)")
            return Figure(
                name: benchmark.name, rows: benchmark.rows, seconds: seconds[index],
                peakGrowthKiB: growth[index])
        }
    }
}

/// What a benchmark measured.
struct Figure {
    let name: String
    let rows: Int
    let seconds: [Double]
    /// The most resident memory rose during one run, in KiB (nil where it cannot be read).
    let peakGrowthKiB: Int?

    var median: Double {
        let sorted = seconds.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    var rowsPerSecond: Double { median > 0 ? Double(rows) / median : 0 }
}
