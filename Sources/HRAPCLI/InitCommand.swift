import CLIKit
import HRAPUseCases

/// `hrap init`: creates or migrates the database.
enum InitCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "init", abstract: "Create the database, or migrate an older one to this hrap's schema.",
            examples: ["hrap init --db city.sqlite"]
        ) { parsed in
            let version = try context.service(parsed, .write).schemaVersion(as: context.principal(parsed))
            context.say("Database \(context.databasePath(parsed)) is ready (schema version \(version.found)).")
        }
    }
}
