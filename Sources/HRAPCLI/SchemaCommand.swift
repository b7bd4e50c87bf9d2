import CLIKit
import HRAPCore
import JSONCoding

/// `hrap schema`: prints the JSON Schema of plan files.
enum SchemaCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "schema", abstract: "Print the JSON Schema of plan files (the same as templates/plan-file.schema.json).",
            examples: ["hrap schema > plan-file.schema.json"]
        ) { _ in context.printJSON(PlanFile.jsonSchema()) }
    }
}
