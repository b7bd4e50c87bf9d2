import CSVParsing
import Foundation
import HRAPCore
import Hashing
import SyntheticData
import HRAPStore
import JSONCoding

/// hrap-bench: prints the medians of hrap's bulk operations on a synthetic plan, next to SQLite's own insert rate.
///
/// Run it in release mode: `swift run -c release hrap-bench [--runs N] [--seed N] [--measurements N] [--json]
/// [--write DIR]`. `--write DIR` writes the synthetic plan as a plan file and CSV files instead of measuring;
/// `--peak-rss COMMAND [ARGUMENT…]` runs a command and prints its peak memory (``ChildPeakMemory``).
struct Options {
    var runs = 5
    var seed: UInt64 = 1
    var size = SyntheticPlan.Size()
    var json = false
    var writeDirectory: String?
    /// Only the figures whose name starts with this text (for profiling one of them).
    var only: String?
    /// Measure the HTTP API under load (wrk) instead of the bulk operations.
    var http = false
    /// Seconds of load per wrk run.
    var httpSeconds = 5

    init(_ arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        func number(_ flag: String) throws -> Int {
            guard let text = iterator.next(), let value = Int(text), value > 0 else {
                throw BenchError("\(flag) needs a positive whole number")
            }
            return value
        }
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = try number(argument)
            case "--seed": seed = UInt64(try number(argument))
            case "--measurements": size.measurements = try number(argument)
            case "--indicators": size.indicators = try number(argument)
            case "--actions": size.actions = try number(argument)
            case "--budget-lines": size.budgetLines = try number(argument)
            case "--json": json = true
            case "--http": http = true
            case "--http-seconds": httpSeconds = try number(argument)
            case "--only":
                guard let prefix = iterator.next() else {
                    throw BenchError("--only needs the start of a figure's name")
                }
                only = prefix
            case "--write":
                guard let directory = iterator.next() else { throw BenchError("--write needs a directory") }
                writeDirectory = directory
            case "-h", "--help":
                print(
                    "USAGE: hrap-bench [--runs N] [--seed N] [--measurements N] [--indicators N] [--actions N] [--budget-lines N] [--json] [--only NAME] [--write DIR] [--http [--http-seconds N]] | --peak-rss COMMAND [ARGUMENT...]"
                )
                exit(0)
            default: throw BenchError("unknown option \(argument); see --help")
            }
        }
    }
}

func temporaryPath(_ name: String) -> String {
    let path = NSTemporaryDirectory() + "hrap-bench-\(name)-\(UUID().uuidString).sqlite"
    return path
}

func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

let author = Authorship(actor: "bench", time: Timestamp(secondsSince1970: 1_767_225_600))

if CommandLine.arguments.dropFirst().first == "--peak-rss" {
    ChildPeakMemory.main(Array(CommandLine.arguments.dropFirst(2)))
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let generator = SyntheticPlan(seed: options.seed, size: options.size)
    let plan = generator.planFile()
    var structure = plan
    structure.measurements = []
    let sheet = SheetFormats.measurements
    let conventions = FieldKind.TextConventions(listSeparator: ";", decimalComma: false)
    let writer = CSVWriter()
    let csv =
        writer.line(sheet.columns) + plan.measurements.map { writer.line(sheet.cells(of: $0, conventions)) }.joined()
    let planJSON = JSONWriter.pretty(plan.encode()), planBytes = Array(planJSON.utf8)

    if let directory = options.writeDirectory {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data((planJSON + "\n").utf8).write(to: URL(fileURLWithPath: directory + "/synthetic-plan.json"))
        try Data(csv.utf8).write(to: URL(fileURLWithPath: directory + "/synthetic-measurements.csv"))
        print(
            "Wrote \(directory)/synthetic-plan.json (\(plan.measurements.count) measurements) and \(directory)/synthetic-measurements.csv"
        )
        exit(0)
    }

    let bytes = Array(csv.utf8)
    let rows = plan.measurements.count
    var importPath = ""
    var importStore: PlanStore?
    let loadedPath = temporaryPath("loaded")
    let loaded = try PlanStore(path: loadedPath)
    _ = try loaded.importPlan(structure, source: "bench", by: author)
    _ = try loaded.importSheet(.measurements, bytes: bytes, source: "bench.csv", plan: plan.plan.code, by: author)
    if options.http {
        let report = try HTTPBenchmark(
            database: loadedPath, plan: plan.plan.code, seconds: options.httpSeconds,
            runs: options.runs
        ).run()
        HTTPBenchmark.print(report, runs: options.runs, seconds: options.httpSeconds, rows: rows)
        removeDatabase(loadedPath)
        exit(0)
    }
    let raw = RawSQLiteInsert(plan.measurements)
    let frameworkPath = FileManager.default.currentDirectoryPath + "/templates/frameworks/hrgl-2024.json"
    guard let frameworkData = FileManager.default.contents(atPath: frameworkPath) else {
        throw BenchError("run hrap-bench from the package directory: \(frameworkPath) is missing")
    }
    let (framework, frameworkProblems) = Framework.schema.decode(
        try JSONParser.parse([UInt8](frameworkData)), path: "$")
    guard frameworkProblems.isEmpty else { throw BenchError("hrgl-2024 is invalid: \(frameworkProblems)") }
    let asOf = CalendarDate(year: 2026, month: 6, day: 30) ?? CalendarDate(daysSince1970: 0)
    let facts = PlanFacts(file: plan)

    let csvPath = NSTemporaryDirectory() + "hrap-bench-\(UUID().uuidString).csv"
    try Data(bytes).write(to: URL(fileURLWithPath: csvPath))
    defer { try? FileManager.default.removeItem(atPath: csvPath) }
    let shellAnchor =
        SQLiteShellImport.isAvailable
        ? [
            Benchmark(
                name: "sqlite3 shell .import + INSERT…SELECT into hrap's table", rows: rows,
                prepare: {
                    removeDatabase(importPath)
                    importPath = temporaryPath("shell")
                    _ = try PlanStore(path: importPath).importPlan(structure, source: "bench", by: author)
                }, work: { try SQLiteShellImport(csvPath: csvPath, planID: 1).run(database: importPath) })
        ] : []
    let importGroup =
        [
            Benchmark(
                name: "raw SQLite insert (C API, 6 columns)", rows: rows,
                prepare: {
                    removeDatabase(importPath)
                    importPath = temporaryPath("raw")
                }, work: { try raw.run(path: importPath) }),
            Benchmark(
                name: "raw SQLite insert into hrap's measurements table", rows: rows,
                prepare: {
                    removeDatabase(importPath)
                    importPath = temporaryPath("raw-hrap")
                    _ = try PlanStore(path: importPath).importPlan(structure, source: "bench", by: author)
                }, work: { try raw.runIntoMeasurementsTable(path: importPath, planID: 1) }),
            Benchmark(
                name: "CSV import, measurements", rows: rows,
                prepare: {
                    removeDatabase(importPath)
                    importPath = temporaryPath("csv")
                    importStore = try PlanStore(path: importPath)
                    _ = try importStore?.importPlan(structure, source: "bench", by: author)
                },
                work: {
                    _ = try importStore?.importSheet(
                        .measurements, bytes: bytes, source: "bench.csv", plan: plan.plan.code, by: author)
                }),
        ] + shellAnchor
    let others = [
        Benchmark(
            name: "CSV export, measurements (streamed)", rows: rows, prepare: {},
            work: {
                var bytes = 0
                try loaded.exportSheet(.measurements, plan: plan.plan.code) { bytes += $0.count }
            }),
        Benchmark(
            name: "JSON plan export (streamed)", rows: rows, prepare: {},
            work: {
                nonisolated(unsafe) var bytes = 0
                try loaded.exportPlan(plan.plan.code) { bytes += $0.count }
            }),
        Benchmark(
            name: "one password check (PBKDF2-HMAC-SHA256, 600,000 rounds)", rows: 1, prepare: {},
            work: {
                _ = PBKDF2.sha256(
                    password: Array("correct horse battery staple".utf8), salt: Array(repeating: 7, count: 16),
                    iterations: 600_000, length: 32)
            }),
        Benchmark(
            name: "score against hrgl-2024, plan in memory", rows: rows, prepare: {},
            work: {
                _ = Scorer.score(facts, framework: framework, asOf: asOf)
            }),
        Benchmark(
            name: "score against hrgl-2024, loading the plan", rows: rows, prepare: {},
            work: {
                _ = Scorer.score(try loaded.facts(plan: plan.plan.code), framework: framework, asOf: asOf)
            }),
        Benchmark(
            name: "annual report HTML, loading the plan", rows: rows, prepare: {},
            work: {
                _ = try ReportBenchmark(database: loadedPath, plan: plan.plan.code).run(year: 2025)
            }),
        Benchmark(
            name: "JSON plan import, empty database", rows: rows,
            prepare: {
                removeDatabase(importPath)
                importPath = temporaryPath("json")
                importStore = try PlanStore(path: importPath)
            },
            work: {
                let stream = try PlanFileStream.read { JSONStreamReader.source(of: planBytes) }
                guard stream.problems.isEmpty else {
                    throw BenchError("the synthetic plan is invalid: \(stream.problems.prefix(3))")
                }
                _ = try importStore?.importPlan(stream, source: "bench", by: author)
            }),
    ]
    var figures: [Figure] = []
    let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    for group in [importGroup] + others.map({ [$0] }) {
        let chosen = group.filter { options.only.map($0.name.hasPrefix) ?? true }
        figures += try Benchmark.measureInterleaved(chosen, runs: options.runs, log: log)
    }
    // Where the report's time goes: one more run, split into its parts.
    if figures.contains(where: { $0.name.hasPrefix("annual report") }) {
        let parts = try ReportBenchmark(database: loadedPath, plan: plan.plan.code).run(year: 2025)
        FileHandle.standardError.write(
            Data(
                String(
                    format: "annual report: data %.0f ms, model %.0f ms, templates %.0f ms; %d bytes of HTML\n",
                    parts.data, parts.model, parts.render, parts.bytes
                ).utf8))
    }
    importStore = nil
    removeDatabase(importPath)
    removeDatabase(loadedPath)

    func rate(_ prefix: String) -> Double? { figures.first { $0.name.hasPrefix(prefix) }?.rowsPerSecond }
    let importRate = rate("CSV import")
    let ratio = rate("raw SQLite insert (C API").flatMap { raw in importRate.map { $0 / raw } }
    let tableRatio = rate("raw SQLite insert into").flatMap { raw in importRate.map { $0 / raw } }
    let shellRatio = rate("sqlite3 shell").flatMap { shell in importRate.map { $0 / shell } }
    if options.json {
        let json = JSONValue.object([
            ("seed", .integer(Int64(options.seed))), ("runs", .integer(Int64(options.runs))),
            ("measurements", .integer(Int64(rows))), ("indicators", .integer(Int64(plan.indicators.count))),
            ("actions", .integer(Int64(plan.actions.count))), ("budget_lines", .integer(Int64(plan.budgetLines.count))),
            (
                "figures",
                .array(
                    figures.map { figure in
                        .object([
                            ("name", .string(figure.name)), ("rows", .integer(Int64(figure.rows))),
                            ("median_seconds", .number((figure.median * 1e6).rounded() / 1e6)),
                            ("rows_per_second", .integer(Int64(figure.rowsPerSecond))),
                            ("runs_seconds", .array(figure.seconds.map { .number(($0 * 1e6).rounded() / 1e6) })),
                            (
                                "peak_growth_mib",
                                figure.peakGrowthKiB.map { .number((Double($0) / 102.4).rounded() / 10) } ?? .null
                            ),
                        ])
                    })
            ),
            ("csv_import_vs_raw_insert", ratio.map { .number(($0 * 1000).rounded() / 1000) } ?? .null),
            (
                "csv_import_vs_raw_insert_into_measurements_table",
                tableRatio.map { .number(($0 * 1000).rounded() / 1000) } ?? .null
            ),
            ("csv_import_vs_sqlite3_shell", shellRatio.map { .number(($0 * 1000).rounded() / 1000) } ?? .null),
        ])
        print(JSONWriter.pretty(json))
    } else {
        print(
            "hrap-bench: seed \(options.seed), \(plan.actions.count) actions, \(plan.indicators.count) indicators, "
                + "\(rows) measurements, \(plan.budgetLines.count) budget lines; median of \(options.runs) runs")
        let nameWidth = figures.map(\.name.count).max() ?? 0
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        func left(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        print(
            pad("figure", nameWidth) + "  " + left("median ms", 10) + "  " + left("rows/s", 10) + "  "
                + left("peak +MiB", 10))
        for figure in figures {
            let growth = figure.peakGrowthKiB.map { String(format: "%.1f", Double($0) / 1024) } ?? "?"
            print(
                pad(figure.name, nameWidth) + "  " + left(String(format: "%.1f", figure.median * 1000), 10) + "  "
                    + left(String(Int(figure.rowsPerSecond)), 10) + "  " + left(growth, 10))
        }
        if let ratio { print(String(format: "CSV import rate / raw SQLite insert rate (6 columns): %.2f", ratio)) }
        if let tableRatio {
            print(
                String(format: "CSV import rate / raw SQLite insert rate (hrap's measurements table): %.2f", tableRatio)
            )
        }
        if let shellRatio {
            print(String(format: "CSV import rate / sqlite3 shell .import + INSERT…SELECT rate: %.2f", shellRatio))
        }
        print(
            "peak +MiB: the most resident memory rose during one run (the shell's own memory is its process's, not counted)"
        )
    }
} catch {
    FileHandle.standardError.write(Data("hrap-bench: \(error)\n".utf8))
    exit(1)
}
