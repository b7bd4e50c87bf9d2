import Foundation
import Glibc
import Testing

/// `hrap import-csv` holds one chunk of the file at a time: importing a file ten times larger makes the built binary's
/// peak memory grow by far less than the file would take held in memory (it used to take about 0.9 KiB a row).
/// What may grow is SQLite's page cache (at most 16 MiB during a bulk import) and the index of keys (16 bytes a key).
/// Measured in a child process of its own (`wait4`), so the other tests running beside it do not count.
@Suite struct ImportMemoryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs the built `hrap` with `arguments`; its exit status and its own peak resident memory in KiB.
    private func run(_ arguments: [String]) throws -> (status: Int32, peakKiB: Int) {
        let binary = Self.root.appendingPathComponent(".build/debug/hrap").path
        try #require(FileManager.default.fileExists(atPath: binary), "swift test builds the hrap executable")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = [strdup("HRAP_ACTOR=tester"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        try #require(posix_spawn(&child, binary, &actions, nil, argv, envp) == 0)
        var status: Int32 = 0
        var usage = rusage()
        try #require(wait4(child, &status, 0, &usage) == child)
        return ((status >> 8) & 0xFF, usage.ru_maxrss)
    }

    /// A measurements file of `rows` distinct keys over the example's numeric indicators.
    private func csv(rows: Int, at path: String) throws {
        let indicators = ["1.1.a", "1.1.b", "1.2.a", "2.1.a", "2.2.b", "3.1.a", "4.1.c", "5.1.a"]
        let start = Date(timeIntervalSince1970: 946_684_800)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var text = "indicator,date,value,source\n"
        for row in 0..<rows {
            let day = start.addingTimeInterval(Double(row / indicators.count) * 86_400)
            text += "\(indicators[row % indicators.count]),\(formatter.string(from: day)),\(row % 100),memory test\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Peak memory of importing `rows` rows into a fresh copy of the example.
    private func importPeak(rows: Int, in directory: String) throws -> Int {
        let database = directory + "/\(rows).sqlite", file = directory + "/\(rows).csv"
        try csv(rows: rows, at: file)
        #expect(try run(["import", Self.root.path + "/examples/aldermoor-plan.json", "--db", database]).status == 0)
        let (status, peak) = try run(["import-csv", "measurements", file, "--plan", "aldermoor-2023", "--db", database])
        #expect(status == 0, "importing \(rows) rows")
        return peak
    }

    @Test func peakMemoryHardlyGrowsWithTheFile() throws {
        let directory = NSTemporaryDirectory() + "hrap-memory-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let small = try importPeak(rows: 12_000, in: directory), large = try importPeak(rows: 120_000, in: directory)
        let fileKiB = ((try? FileManager.default.attributesOfItem(atPath: directory + "/120000.csv")[.size] as? Int) ?? 0) / 1024
        #expect(fileKiB > 3_000, "the large file is much larger than a chunk (1 MiB)")
        #expect(large - small < 48 * 1024, "peak grew by \(large - small) KiB for a \(fileKiB) KiB file")
    }
}
