import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap framework`: the frameworks plans are scored against.
enum FrameworkCommands {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "framework", abstract: "List, show and check the frameworks of encouragements plans are scored against.",
            subcommands: [
                Command("list", abstract: "List the frameworks.", options: [OutputFormat.tableOrJSON]) { parsed in
                    let frameworks = try context.serviceIfAny(parsed).frameworks(as: context.principal(parsed))
                    if context.format(parsed) == .json {
                        return context.printJSON(.array(frameworks.map(Framework.schema.encode)))
                    }
                    let rows = frameworks.map {
                        [
                            $0.id, $0.version, String($0.year), $0.textStatus.rawValue, String($0.encouragements.count),
                            $0.title,
                        ]
                    }
                    context.io.out(
                        TableRenderer.render(
                            header: ["id", "version", "year", "text", "encouragements", "title"], rows: rows))
                },
                Command(
                    "show", abstract: "Show a framework's encouragements and criteria, with its text status.",
                    examples: ["hrap framework show hrgl-2024"], options: [OutputFormat.tableOrJSON],
                    arguments: [Argument("ID", help: "The framework's id.")]
                ) { parsed in
                    let framework = try context.serviceIfAny(parsed).framework(
                        parsed.argument("ID") ?? "", as: context.principal(parsed))
                    if context.format(parsed) == .json { return context.printJSON(Framework.schema.encode(framework)) }
                    context.show(describe(framework))
                },
                Command(
                    "validate", abstract: "Check a framework file and list every problem.",
                    examples: ["hrap framework validate my-framework.json"],
                    arguments: [Argument("FILE", help: "The framework file.")]
                ) { parsed in
                    let framework = try FrameworkCatalogue.load(context.absolutePath(parsed.argument("FILE") ?? ""))
                    context.say(
                        "\(framework.label) is valid: \(framework.encouragements.count) encouragements, "
                            + "\(framework.encouragements.reduce(0) { $0 + $1.criteria.count }) criteria (text: \(framework.textStatus.rawValue))."
                    )
                },
                Command(
                    "import",
                    abstract: "Import a framework file into the database, e.g. the official text as a new version.",
                    discussion:
                        "A version, once imported, never changes; import edited files under a new version. Scores name the version they used.",
                    examples: ["hrap framework import hrgl-2024-official.json"],
                    arguments: [Argument("FILE", help: "The framework file.")]
                ) { parsed in
                    let framework = try FrameworkCatalogue.load(context.absolutePath(parsed.argument("FILE") ?? ""))
                    let created = try context.service(parsed, .write).importFramework(
                        framework, as: context.principal(parsed))
                    context.say(
                        created
                            ? "Imported \(framework.label) (text: \(framework.textStatus.rawValue))."
                            : "\(framework.label) was imported already; nothing changed.")
                },
                Command("metrics", abstract: "List the metrics criteria can name.") { _ in
                    let rows = Metric.allCases.map { metric in
                        [
                            metric.rawValue, "\(metric.scale)", metric.lowerIsBetter ? "lower" : "higher",
                            metric.usesWindow ? "yes" : "", metric.summary,
                        ]
                    }
                    context.io.out(
                        TableRenderer.render(
                            header: ["metric", "scale", "better", "window", "what it measures"], rows: rows))
                },
            ])
    }

    /// A framework as text: its status first, so a paraphrase is never taken for the official wording.
    static func describe(_ framework: Framework) -> String {
        var text = "\(framework.title) (\(framework.label), \(framework.year))\n"
        text += "Source: \(framework.sourceTitle)\(framework.sourceURL.map { " <\($0)>" } ?? "")\n"
        text += "Text: \(framework.textStatus.rawValue.uppercased()) — \(framework.textNote)\n"
        for encouragement in framework.encouragements {
            text += "\n\(encouragement.number). \(encouragement.shortTitle)\n   \(encouragement.text)\n"
            if encouragement.criteria.isEmpty { text += "   (no automatic criteria: rated by reviewers)\n" }
            for criterion in encouragement.criteria {
                let thresholds = criterion.thresholds.map(JSONWriter.format).joined(separator: " / ")
                text +=
                    "   - \(criterion.id): \(criterion.description) [\(criterion.metric); levels 1–4 at \(thresholds); weight \(JSONWriter.format(criterion.weight))]\n"
            }
        }
        return text
    }
}
