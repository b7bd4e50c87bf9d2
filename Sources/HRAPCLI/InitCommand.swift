import CLIKit
import HRAPStore

/// `hrap init`: creates or migrates the database.
enum InitCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "init", abstract: "Create the database, or migrate an older one to this hrap's schema.",
            examples: ["hrap init --db city.sqlite"]
        ) { parsed in
            try context.guarded { parsed in
                let store = try context.store(parsed)
                context.say("Database \(context.databasePath(parsed)) is ready (schema version \(try store.schemaVersion())).")
            }(parsed)
        }
    }
}
