/// Builds help and usage text from a command's declaration.
///
/// Layout after swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS, EXAMPLES.
enum HelpGenerator {
    /// Column where option help starts.
    static let helpColumn = 28

    /// The one-line usage of a command reached by `path` (root first).
    static func usage(path: [Command]) -> String {
        guard let command = path.last else { return "" }
        var parts = [path.map(\.name).joined(separator: " ")]
        if !command.subcommands.isEmpty { parts.append(command.action == nil ? "<subcommand>" : "[<subcommand>]") }
        if !availableOptions(path: path).isEmpty { parts.append("[<options>]") }
        for argument in command.arguments {
            parts.append(argument.isOptional ? "[<\(argument.name.lowercased())>]" : "<\(argument.name.lowercased())>")
        }
        return parts.joined(separator: " ")
    }

    /// The full help screen.
    static func help(path: [Command]) -> String {
        guard let command = path.last else { return "" }
        var text = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion { text += "\n\(discussion)\n" }
        text += "\nUSAGE: \(usage(path: path))\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments {
                text += row("<\(argument.name.lowercased())>", argument.help)
            }
        }
        text += "\nOPTIONS:\n"
        for option in availableOptions(path: path) {
            text += row(label(option), describe(option))
        }
        text += row("-h, --help", "Show help information.")
        if path.count == 1 { text += row("--version", "Show the version.") }
        if !command.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for subcommand in command.subcommands {
                text += row(subcommand.name, subcommand.abstract)
            }
            let names = path.map(\.name).joined(separator: " ")
            text += "\n  See '\(names) <subcommand> --help' for detailed help.\n"
        }
        if !command.examples.isEmpty {
            text += "\nEXAMPLES:\n"
            for example in command.examples {
                text += "  \(example)\n"
            }
        }
        return text
    }

    /// The command's own options, then the global options of its ancestors.
    static func availableOptions(path: [Command]) -> [Option] {
        guard let command = path.last else { return [] }
        let inherited = path.dropLast().flatMap { $0.options.filter(\.isGlobal) }
        return command.options + inherited.filter { global in !command.options.contains { $0.name == global.name } }
    }

    private static func label(_ option: Option) -> String {
        var label = option.short.map { "-\($0), " } ?? ""
        label += "--\(option.name)"
        if let valueName = option.valueName { label += " <\(valueName.lowercased())>" }
        return label
    }

    private static func describe(_ option: Option) -> String {
        var text = option.help
        if let allowed = option.allowedValues { text += " (values: \(allowed.joined(separator: ", ")))" }
        if let defaultValue = option.defaultValue { text += " (default: \(defaultValue))" }
        if option.isRepeatable { text += " (repeatable)" }
        return text
    }

    private static func row(_ label: String, _ help: String) -> String {
        let indented = "  \(label)"
        if indented.count + 2 > helpColumn {
            return indented + "\n" + String(repeating: " ", count: helpColumn) + help + "\n"
        }
        return indented + String(repeating: " ", count: helpColumn - indented.count) + help + "\n"
    }
}
