import CLIKit
import FileSystem
import HRAPUseCases

/// `hrap backup` and `hrap check`: copy the database safely and verify it.
enum MaintenanceCommands {
    static func backup(_ context: CommandContext) -> Command {
        Command(
            "backup", abstract: "Copy the database into one file while others go on reading and writing.",
            discussion: """
                Uses SQLite's online backup: the copy is one consistent snapshot, even during an import, and is a
                single file (no -wal beside it). It is written under a temporary name and renamed, so a failed backup
                leaves nothing half-written. Verify a copy with 'hrap check --db COPY'.
                """,
            examples: ["hrap backup backups/city-2026-11-22.sqlite"],
            arguments: [Argument("FILE", help: "Where the copy goes (replaced if it exists).")]
        ) { parsed in
            let file = parsed.argument("FILE") ?? ""
            let target = context.absolutePath(file), database = context.absolutePath(context.databasePath(parsed))
            if ["", "-wal", "-shm", "-journal"].map({ database + $0 }).contains(where: {
                $0 == target || InputFile.sameFile($0, target)
            }) {
                throw CLIFailure(
                    "\(file) is the database itself; choose another file for the copy", exitCode: ExitCode.usage)
            }
            try context.service(parsed, .read).backup(to: target, as: context.principal(parsed))
            context.say("Backed up \(context.databasePath(parsed)) to \(file).")
        }
    }

    static func check(_ context: CommandContext) -> Command {
        Command(
            "check",
            abstract: "Verify the database: SQLite integrity, references, an audit row for every record, versions.",
            discussion: """
                Runs SQLite's integrity_check and foreign_key_check, then hrap's own rules: every stored record has the
                audit row that wrote it, and no two versions of a measurement or progress update share a key and a
                recording time. Changes nothing. Exits 0 when sound, 65 when something is wrong.
                """,
            examples: ["hrap check", "hrap check --db backups/city-2026-11-22.sqlite"]
        ) { parsed in
            let findings = try context.service(parsed, .read).check(as: context.principal(parsed))
            guard !findings.isEmpty else { return context.say("\(context.databasePath(parsed)): no problems found.") }
            throw CLIFailure(
                "\(context.databasePath(parsed)) has \(findings.count) problem\(findings.count == 1 ? "" : "s"):\n"
                    + findings.map { "  \($0)" }.joined(separator: "\n"),
                exitCode: ExitCode.dataError)
        }
    }
}
