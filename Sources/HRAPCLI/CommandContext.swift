import CLIKit
import Foundation
import HRAPCore
import HRAPUseCases
import Hashing
import JSONCoding

/// What every command needs from its surroundings: output, environment, clock, and the global options.
struct CommandContext: Sendable {
    let io: ConsoleIO
    /// Reads the clock; only the CLI edge does.
    let clock: @Sendable () -> Timestamp
    /// The working directory, for relative paths and the default database.
    let workingDirectory: String

    /// The global options every command accepts.
    static let globalOptions: [Option] = [
        .value("db", valueName: "PATH", help: "Database file (or HRAP_DB).", default: "./hrap.sqlite", global: true),
        .value(
            "actor", valueName: "NAME", help: "Who is writing, for the audit log (or HRAP_ACTOR; default: login name).",
            global: true),
    ]

    /// The database path from `--db`, `HRAP_DB` or the default.
    func databasePath(_ parsed: ParsedArguments) -> String {
        parsed.value("db") ?? io.environment["HRAP_DB"] ?? "hrap.sqlite"
    }

    /// The service over the database named by the options, opened to read (never creating or migrating it) or to
    /// write (creating or migrating it).
    func service(_ parsed: ParsedArguments, _ mode: HRAPService.OpenMode) throws -> HRAPService {
        try HRAPService.open(path: absolutePath(databasePath(parsed)), mode: mode, catalogue: catalogue, clock: clock)
    }

    /// The password rules with the shipped list of common passwords, and today's rounds.
    func passwords(minimumLength: Int = 12) -> PasswordPolicy {
        let common = EmbeddedTemplates.files(in: "security")["common-passwords.txt"] ?? ""
        return PasswordPolicy(rules: PasswordRules(minimumLength: minimumLength, commonPasswords: common))
    }

    /// The service for a command that writes into a plan: the plan (`--plan`, `HRAP_PLAN`) is resolved first, so that a
    /// usage error creates no database.
    func planWriter(_ parsed: ParsedArguments) throws -> HRAPService {
        _ = try plan(parsed)
        return try service(parsed, .write)
    }

    /// The service for commands that work without a database (frameworks): the database is read when it exists.
    func serviceIfAny(_ parsed: ParsedArguments) throws -> HRAPService {
        let path = absolutePath(databasePath(parsed))
        guard FileManager.default.fileExists(atPath: path) else {
            return HRAPService(store: nil, catalogue: catalogue, clock: clock)
        }
        return try service(parsed, .read)
    }

    /// The principal of the command line: the declared actor (`--actor`, `HRAP_ACTOR`, the login name), with every right.
    func principal(_ parsed: ParsedArguments) -> Principal {
        let actor =
            parsed.value("actor") ?? io.environment["HRAP_ACTOR"] ?? io.environment["USER"]
            ?? io.environment["LOGNAME"] ?? "unknown"
        return .commandLine(actor)
    }

    /// A path relative to the working directory.
    func absolutePath(_ path: String) -> String {
        path.hasPrefix("/") || path.isEmpty || path == ":memory:" || path.hasPrefix("file:")
            ? path : workingDirectory + "/" + path
    }

    /// The shipped frameworks: `templates/frameworks` next to the executable or above it, in the working directory,
    /// or under `HRAP_TEMPLATES`, in that order; else the ones compiled into the program.
    var catalogue: FrameworkCatalogue {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let ancestors = sequence(first: executable) { $0.path == "/" ? nil : $0.deletingLastPathComponent() }.map(
            \.path)
        let candidates =
            (ancestors + [workingDirectory]).map { $0 + "/templates" }
            + [io.environment["HRAP_TEMPLATES"]].compactMap { $0 }
        return FrameworkCatalogue(
            directory: FrameworkCatalogue.locate(templateDirectories: candidates),
            embedded: EmbeddedTemplates.files(in: "frameworks"))
    }

    /// The `--format` choice.
    func format(_ parsed: ParsedArguments) -> OutputFormat {
        parsed.value("format").flatMap(OutputFormat.init) ?? .table
    }

    /// Writes a line to standard output, control characters escaped.
    func say(_ text: String) { show(text.hasSuffix("\n") ? text : text + "\n") }

    /// Writes text for a person to standard output: every control character but the line break is shown as an
    /// escape (``TerminalText``). Data (JSON, CSV, Markdown, a plan file) goes out as it is, through `io.out`.
    func show(_ text: String) { io.out(TerminalText.escaped(text, keepingLineBreaks: true)) }

    /// Writes JSON to standard output, pretty, with a final newline.
    func printJSON(_ value: JSONValue) { io.out(JSONWriter.pretty(value) + "\n") }

    /// The value of a required option, or a usage error.
    func required(_ parsed: ParsedArguments, _ name: String, valueName: String = "CODE") throws -> String {
        guard let value = parsed.value(name) else { throw UsageError.missingOption(name, valueName: valueName) }
        return value
    }
}

extension CommandContext {
    /// The plan code from `--plan` or `HRAP_PLAN`, or a usage error.
    func plan(_ parsed: ParsedArguments) throws -> String {
        guard let code = parsed.value("plan") ?? io.environment["HRAP_PLAN"] else {
            throw UsageError.missingOption("plan", valueName: "CODE")
        }
        return code
    }
}
