import Foundation
import Glibc
import JSONCoding
import Testing

/// `hrap import-csv` and `hrap import` hold one chunk of the file at a time: importing a file ten times larger makes
/// the built binary's peak memory grow by far less than the file would take held in memory (a spreadsheet used to
/// take about 0.9 KiB a row, a plan file about 1.8 KiB a measurement). What may grow is SQLite's page cache (at most
/// 16 MiB during a bulk import), a 2 MiB filter of the keys written, and indexes of keys (at most 24 bytes a key).
/// Measured in a child process of its own (`wait4`, by `hrap-bench --peak-rss`), so neither this test process nor
/// the other tests running beside it count.
@Suite struct ImportMemoryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs the built `hrap` with `arguments` through `hrap-bench --peak-rss` (``ChildPeakMemory``: Linux would
    /// count this test process's own peak in a child it started); hrap's exit status and its peak memory in KiB.
    private func run(_ arguments: [String]) throws -> (status: Int32, peakKiB: Int) {
        let hrap = Self.root.appendingPathComponent(".build/debug/hrap").path
        let bench = Self.root.appendingPathComponent(".build/debug/hrap-bench").path
        for binary in [hrap, bench] {
            try #require(FileManager.default.fileExists(atPath: binary), "swift test builds \(binary)")
        }
        let output = NSTemporaryDirectory() + "hrap-peak-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([bench, "--peak-rss", hrap] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = [strdup("HRAP_ACTOR=tester"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        try #require(posix_spawn(&child, bench, &actions, nil, argv, envp) == 0)
        var status: Int32 = 0
        try #require(waitpid(child, &status, 0) == child)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let peak = text.split(separator: "\n").last { $0.hasPrefix("peak_rss_kib ") }.flatMap { Int($0.dropFirst(13)) }
        return ((status >> 8) & 0xFF, try #require(peak, "hrap-bench printed the peak: \(text.suffix(200))"))
    }

    /// `rows` measurements of distinct keys over the example's numeric indicators: indicator, date, value.
    private func measurements(_ rows: Int) -> [(indicator: String, date: String, value: Int)] {
        let indicators = ["1.1.a", "1.1.b", "1.2.a", "2.1.a", "2.2.b", "3.1.a", "4.1.c", "5.1.a"]
        let start = Date(timeIntervalSince1970: 946_684_800)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return (0..<rows).map { row in
            let day = start.addingTimeInterval(Double(row / indicators.count) * 86_400)
            return (indicators[row % indicators.count], formatter.string(from: day), row % 100)
        }
    }

    /// A measurements file of `rows` distinct keys.
    private func csv(rows: Int, at path: String) throws {
        var text = "indicator,date,value,source\n"
        for row in measurements(rows) { text += "\(row.indicator),\(row.date),\(row.value),memory test\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The example plan file with `rows` more measurements, of distinct keys from 2000 on (before its own).
    private func planFile(rows: Int, at path: String) throws {
        let example = try String(contentsOfFile: Self.root.path + "/examples/aldermoor-plan.json", encoding: .utf8)
        let members = try #require(try JSONParser.parse(example).members)
        let values = measurements(rows).map { row in
            JSONValue.object([
                ("indicator", .string(row.indicator)), ("date", .string(row.date)),
                ("value", .integer(Int64(row.value))),
                ("source", .string("memory test")),
            ])
        }
        let file = JSONValue.object(
            members.map { name, value in
                name == "measurements" ? (name, .array((value.array ?? []) + values)) : (name, value)
            })
        try JSONWriter.pretty(file).write(toFile: path, atomically: true, encoding: .utf8)
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

    /// Peak memory of importing the example plan file with `rows` measurements into a fresh database.
    private func planImportPeak(rows: Int, in directory: String) throws -> Int {
        let database = directory + "/plan-\(rows).sqlite", file = directory + "/plan-\(rows).json"
        try planFile(rows: rows, at: file)
        let (status, peak) = try run(["import", file, "--db", database])
        #expect(status == 0, "importing a plan file of \(rows) measurements")
        return peak
    }

    /// Read whole, the larger file made the peak grow by about 54 MiB (a decoded plan file holds every measurement);
    /// streamed, by about 22 (mostly the page cache).
    @Test func planFileImportPeakHardlyGrowsWithTheFile() throws {
        let directory = NSTemporaryDirectory() + "hrap-memory-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let small = try planImportPeak(rows: 12_000, in: directory)
        let large = try planImportPeak(rows: 120_000, in: directory)
        let path = directory + "/plan-120000.json"
        let fileKiB = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1024
        #expect(fileKiB > 10_000, "the large file is much larger than a chunk (1 MiB)")
        #expect(large - small < 36 * 1024, "peak grew from \(small) by \(large - small) KiB for a \(fileKiB) KiB file")
    }

    @Test func peakMemoryHardlyGrowsWithTheFile() throws {
        let directory = NSTemporaryDirectory() + "hrap-memory-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let small = try importPeak(rows: 12_000, in: directory), large = try importPeak(rows: 120_000, in: directory)
        let fileKiB =
            ((try? FileManager.default.attributesOfItem(atPath: directory + "/120000.csv")[.size] as? Int) ?? 0) / 1024
        #expect(fileKiB > 3_000, "the large file is much larger than a chunk (1 MiB)")
        #expect(large - small < 48 * 1024, "peak grew by \(large - small) KiB for a \(fileKiB) KiB file")
    }
}
