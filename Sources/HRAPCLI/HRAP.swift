import CLIKit
import Foundation
import HRAPCore

/// The `hrap` command line: entry point for the executable and for in-process tests.
public enum HRAP {
    /// The version printed by `hrap --version`.
    public static let version = "0.1.0"

    /// Runs hrap with arguments (without the program name); returns the exit code.
    ///
    /// - Parameters:
    ///   - io: where output goes, and the environment (`HRAP_DB`, `HRAP_ACTOR`, `HRAP_PLAN`, `USER`).
    ///   - clock: the current time; tests pass a fixed one.
    ///   - workingDirectory: where relative paths start.
    public static func run(
        arguments: [String], io: ConsoleIO, clock: @escaping @Sendable () -> Timestamp = HRAP.systemClock,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Int32 {
        let context = CommandContext(io: io, clock: clock, workingDirectory: workingDirectory)
        return CommandLineTool(root: root(context), version: version, mapError: CLIFailure.from).run(arguments, io: io)
    }

    /// The system clock, to the second.
    @Sendable public static func systemClock() -> Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }

    static func root(_ context: CommandContext) -> Command {
        Command(
            "hrap", abstract: "Monitor human rights action plans: record plans and progress, and keep their history.",
            discussion: """
                hrap keeps one SQLite file (--db, HRAP_DB, default ./hrap.sqlite). Every write is recorded in the
                audit log with the actor (--actor, HRAP_ACTOR, or the login name). Progress data is never overwritten:
                a correction supersedes the old value and both are kept.
                """,
            examples: [
                "hrap demo", "hrap import examples/aldermoor-plan.json", "hrap action list --plan aldermoor-2023",
            ],
            options: CommandContext.globalOptions,
            subcommands: [
                DemoCommand.command(context),
                InitCommand.command(context),
                MaintenanceCommands.backup(context),
                MaintenanceCommands.check(context),
                PlanFileCommands.importCommand(context),
                PlanFileCommands.exportCommand(context),
                SheetCommands.importCommand(context),
                SheetCommands.exportCommand(context),
                SchemaCommand.command(context),
            ] + EntityCatalog.commands(context) + [
                ProgressCommands.measurement(context),
                ProgressCommands.progressUpdate(context),
                ProgressCommands.narrative(context),
                ProgressCommands.commitment(context),
                ProgressCommands.history(context),
                FrameworkCommands.command(context),
                ScoreCommand.command(context),
                ScoreCommand.snapshotsCommand(context),
                ReviewCommands.command(context),
                ProgressTreeCommand.command(context),
                DueCommand.command(context),
                AnnualReportCommand.command(context),
                ExportBundleCommand.command(context),
                AuditCommand.command(context),
                TokenCommands.command(context),
                UserCommands.command(context),
                ApprovalCommands.command(context),
                ServeCommand.command(context),
                ShellCommands.completion(context),
                ShellCommands.manual(context),
            ])
    }
}
