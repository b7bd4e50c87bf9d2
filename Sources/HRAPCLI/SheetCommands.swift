import CSVParsing
import CLIKit
import Foundation
import FileSystem
import HRAPCore
import HRAPUseCases

/// `hrap import-csv` and `hrap export-csv`: progress data and indicators as spreadsheets.
enum SheetCommands {
    /// Files with more rows than this show progress on a terminal.
    static let progressThreshold = 5_000

    private static let kindArgument = Argument(
        "KIND", help: "What the file holds: \(SheetKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    private static let delimiterOption = Option.value(
        "delimiter", valueName: "CHAR",
        help: "Field separator; ';' also reads and writes decimal commas (default: detected on import, ',' on export).",
        allowed: [",", ";"])

    static func importCommand(_ context: CommandContext) -> Command {
        Command(
            "import-csv", abstract: "Import a CSV file of measurements, progress updates, budget lines or indicators.",
            discussion: """
                The header row names the columns (see the README); rows cite indicators and actions by code. A file with
                any bad row writes nothing and every bad row is listed. Re-sending a file does not duplicate: a row equal
                to the stored one is unchanged; a changed value is recorded as a correction.
                """,
            examples: ["hrap import-csv measurements examples/csv/measurements.csv --plan aldermoor-2023"],
            options: [
                .value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN)."),
                delimiterOption,
                .flag(
                    "allow-moves",
                    help: "Let indicator rows move an indicator to another objective or action (refused otherwise)."),
            ],
            arguments: [kindArgument, Argument("FILE", help: "The CSV file (UTF-8).")]
        ) { parsed in
            let kind = try self.kind(parsed)
            let path = parsed.argument("FILE") ?? ""
            let reader = try openFile(path, chunkSize: spreadsheetChunkSize, context: context)
            let delimiter = parsed.value("delimiter")?.utf8.first
            let stream = CSVStream(delimiter: delimiter, next: chunks(of: reader, path: path))
            let meter = context.io.errorIsTerminal ? ProgressMeter(label: "Importing", write: context.io.err) : nil
            let summary = try context.planWriter(parsed).importSheet(
                kind, stream: stream, source: path, plan: try context.plan(parsed), as: context.principal(parsed),
                allowingMoves: parsed.flag("allow-moves"),
                progress: { done, total in
                    let total = total > 0 ? total : reader.estimatedTotal(done: done)
                    if total > progressThreshold { meter?.update(done: done, total: total) }
                })
            meter?.finish()
            let changed = kind.isAppendOnly ? "corrected" : "updated"
            let dialect =
                summary.semicolons
                ? "semicolons, decimal commas, dates as 2023-03-31 or 31.03.2023" : "commas, decimal points, ISO dates"
            context.say(
                "Imported \(path) (read with \(dialect)): \(summary.rows) rows; \(summary.inserted) inserted, \(summary.corrected) \(changed), \(summary.unchanged) unchanged."
            )
        }
    }

    static func exportCommand(_ context: CommandContext) -> Command {
        Command(
            "export-csv",
            abstract:
                "Export measurements, progress updates, budget lines or indicators as CSV (the columns import-csv reads).",
            examples: ["hrap export-csv measurements --plan aldermoor-2023 --since 2025-01-01 --output q.csv"],
            options: [
                .value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN)."),
                .value(
                    "since", valueName: "DATE",
                    help: "Only rows dated on or after this date (budget: fiscal years from its year)."),
                delimiterOption,
                .value("output", short: "o", valueName: "FILE", help: "Write to a file instead of standard output."),
            ],
            arguments: [kindArgument]
        ) { parsed in
            let kind = try self.kind(parsed)
            var since: CalendarDate?
            if let text = parsed.value("since") {
                guard let date = CalendarDate(text) else {
                    throw UsageError("The value '\(text)' is invalid for '--since'. Expected a date YYYY-MM-DD.")
                }
                since = date
            }
            let service = try context.service(parsed, .read), plan = try context.plan(parsed)
            let delimiter = parsed.value("delimiter")?.utf8.first ?? UInt8(ascii: ",")
            let principal = context.principal(parsed)
            func export(_ emit: ([UInt8]) throws -> Void) throws {
                try service.exportSheet(kind, plan: plan, since: since, delimiter: delimiter, as: principal, emit: emit)
            }
            guard let output = parsed.value("output") else {
                return try export { context.io.out(String(decoding: $0, as: UTF8.self)) }
            }
            try PlanFileCommands.write(to: output, parsed, context: context, producing: export)
            context.say("Wrote \(output).")
        }
    }

    /// The part of a spreadsheet read at a time: its rows are read and checked on one thread while the rows before
    /// are written on another, so about two parts are in memory; a quarter of a MiB keeps that to a few MiB.
    static let spreadsheetChunkSize = 1 << 18

    private static func kind(_ parsed: ParsedArguments) throws -> SheetKind {
        let text = parsed.argument("KIND") ?? ""
        guard let kind = SheetKind(rawValue: text) else {
            throw UsageError(
                "The value '\(text)' is invalid for '<kind>'. Expected one of: \(SheetKind.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        return kind
    }

    /// Opens a file to read in chunks of `chunkSize` bytes; a missing file exits 66, another failure 74.
    static func openFile(_ path: String, chunkSize: Int = 1 << 20, context: CommandContext) throws -> InputFileReader {
        do {
            let absolute = path == InputFile.standardInput ? path : context.absolutePath(path)
            return try InputFileReader(absolute, chunkSize: chunkSize)
        } catch {
            throw failure(error, reading: path)
        }
    }

    /// The chunks of an open file, a read error as a failure naming `path` (exit 74, or 65 for a file over 1 GiB).
    static func chunks(of reader: InputFileReader, path: String) -> () throws -> [UInt8]? {
        {
            do throws(FileSystemError) { return try reader.next() } catch { throw failure(error, reading: path) }
        }
    }

    /// The bytes of a file (`-` for standard input; FIFOs and devices read to their end), or exit 66 when it is
    /// missing and 74 when it cannot be read.
    static func readFile(_ path: String, context: CommandContext) throws -> [UInt8] {
        do {
            return try InputFile.read(path == InputFile.standardInput ? path : context.absolutePath(path))
        } catch {
            throw failure(error, reading: path)
        }
    }

    /// The failure of reading an input: missing (66), over the 1 GiB hrap reads (65), or unreadable (74).
    private static func failure(_ error: FileSystemError, reading path: String) -> CLIFailure {
        if error.isMissing { return CLIFailure("no such file: \(path)", exitCode: ExitCode.noInput) }
        if error.errno == EFBIG {
            return CLIFailure("\(path) is larger than hrap reads (1 GiB); split it", exitCode: ExitCode.dataError)
        }
        return CLIFailure("cannot read \(path): \(error.reason)", exitCode: ExitCode.ioError)
    }
}

extension InputFileReader {
    /// The rows a file will hold in all, estimated from the rows in the part read so far; `done` when its size is not
    /// known (a pipe) or nothing was read yet.
    func estimatedTotal(done: Int) -> Int {
        guard let size, bytesRead > 0 else { return done }
        return max(done, Int(Double(done) * Double(size) / Double(bytesRead)))
    }
}
