import CLIKit
import Foundation
import FileSystem
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap import` and `hrap export`: whole plans as JSON plan files.
enum PlanFileCommands {
    static func importCommand(_ context: CommandContext) -> Command {
        Command(
            "import", abstract: "Import a plan file (JSON); re-importing an edited file updates, never duplicates.",
            discussion: """
                Records are matched by their codes (budget lines by action, year, source and budget code; measurements \
                by indicator, period and disaggregation). A changed measurement or progress update is appended as a \
                correction that supersedes the old value; both are kept. Records missing from the file are kept. \
                A file with any problem writes nothing and every problem is listed with its JSON path.
                """,
            examples: ["hrap import examples/aldermoor-plan.json"],
            arguments: [Argument("FILE", help: "The plan file.")]
        ) { parsed in
            let path = parsed.argument("FILE") ?? ""
            let stream = try readPlanFile(path, context: context), file = stream.structure
            let summary = try importing(path) {
                try context.service(parsed, .write).importPlan(stream, source: path, as: context.principal(parsed))
            }
            let rows = summary.sections.map {
                [
                    $0.name, "\($0.counts.created)", "\($0.counts.updated)", "\($0.counts.appended)",
                    "\($0.counts.unchanged)",
                ]
            }
            context.io.out(
                TableRenderer.render(header: ["section", "created", "updated", "appended", "unchanged"], rows: rows))
            context.say(
                summary.isUnchanged
                    ? "Plan \(file.plan.code) is up to date; nothing changed." : "Imported plan \(file.plan.code).")
        }
    }

    static func exportCommand(_ context: CommandContext) -> Command {
        Command(
            "export", abstract: "Export a plan as a plan file (JSON), with the whole history of its progress data.",
            examples: ["hrap export aldermoor-2023 --output aldermoor.json"],
            options: [
                .value("output", short: "o", valueName: "FILE", help: "Write to a file instead of standard output.")
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let service = try context.service(parsed, .read), principal = context.principal(parsed)
            let plan = parsed.argument("PLAN") ?? ""
            func export(_ emit: @escaping ([UInt8]) throws -> Void) throws {
                try service.exportPlan(plan, as: principal, emit: emit)
                try emit([UInt8(ascii: "\n")])
            }
            guard let output = parsed.value("output") else {
                return try export { context.io.out(String(decoding: $0, as: UTF8.self)) }
            }
            try write(to: output, parsed, context: context) { emit in
                try withoutActuallyEscaping(emit) { try export($0) }
            }
            context.say("Wrote \(output).")
        }
    }

    /// Writes text to a file (relative to the working directory) whole or not at all, or exits 74; refuses (64) to
    /// write over the database or its journal files.
    static func write(_ text: String, to path: String, _ parsed: ParsedArguments, context: CommandContext) throws {
        let target = context.absolutePath(path), database = context.absolutePath(context.databasePath(parsed))
        let databaseFiles = ["", "-wal", "-shm", "-journal"].map { database + $0 }
        if databaseFiles.contains(where: { InputFile.sameFile(target, $0) || target == $0 }) {
            throw CLIFailure("\(path) is the database; choose another output file", exitCode: ExitCode.usage)
        }
        do { try AtomicFile.write(text, to: target) } catch {
            throw CLIFailure("cannot write \(path): \(error.reason); nothing was written", exitCode: ExitCode.ioError)
        }
    }

    /// Writes what `produce` emits to a file, chunk by chunk, whole or not at all (exit 74 when the file cannot be
    /// written; an error of `produce` is rethrown, and nothing is written either); the same refusals as above.
    static func write(
        to path: String, _ parsed: ParsedArguments, context: CommandContext,
        producing produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let target = context.absolutePath(path), database = context.absolutePath(context.databasePath(parsed))
        let databaseFiles = ["", "-wal", "-shm", "-journal"].map { database + $0 }
        if databaseFiles.contains(where: { InputFile.sameFile(target, $0) || target == $0 }) {
            throw CLIFailure("\(path) is the database; choose another output file", exitCode: ExitCode.usage)
        }
        var writeFailure: FileSystemError?
        do {
            try AtomicFile.write(to: target) { emit in
                try withoutActuallyEscaping(emit) { emit in
                    try produce { bytes in
                        do { try emit(bytes) } catch let error as FileSystemError {
                            writeFailure = error
                            throw error
                        }
                    }
                }
            }
        } catch let error as FileSystemError {
            writeFailure = error
        }
        if let writeFailure {
            throw CLIFailure(
                "cannot write \(path): \(writeFailure.reason); nothing was written", exitCode: ExitCode.ioError)
        }
    }

    /// Reads a plan file's structure, and the problems found in it; its measurements and progress updates are read
    /// again, one at a time, as they are imported (``PlanFileStream``). Standard input, which cannot be read twice, is
    /// held in memory.
    static func readPlanFile(_ path: String, context: CommandContext) throws -> PlanFileStream {
        let open: PlanFileStream.Opener
        if path == InputFile.standardInput {
            let bytes = try SheetCommands.readFile(path, context: context)
            open = { JSONStreamReader.source(of: bytes) }
        } else {
            open = { SheetCommands.chunks(of: try SheetCommands.openFile(path, context: context), path: path) }
        }
        return try importing(path) { try PlanFileStream.read(open) }
    }

    /// Runs a step that reads the plan file at `path`, turning a syntax error into the file's line and column
    /// (exit 65): the measurements and progress updates are parsed only as they are imported.
    static func importing<Result>(_ path: String, _ step: () throws -> Result) throws -> Result {
        do { return try step() } catch let error as JSONParser.SyntaxError {
            throw CLIFailure("\(path):\(error.line):\(error.column): \(error.reason)", exitCode: ExitCode.dataError)
        }
    }
}
