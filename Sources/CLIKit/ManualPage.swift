/// A manual page (man(7) roff) generated from the same command tree as the help: the tool's synopsis, description
/// and global options, then every command with its usage, arguments, options and examples.
public enum ManualPage {
    /// The page of `root`, dated `date` (`YYYY-MM-DD`), with exit statuses described by `exitStatus`.
    public static func roff(_ root: Command, version: String, date: String, exitStatus: [(Int32, String)]) -> String {
        let name = root.name.uppercased()
        var text = ".TH \(name) 1 \"\(date)\" \"\(escaped(root.name)) \(escaped(version))\" \"User Commands\"\n"
        text += ".SH NAME\n\(escaped(root.name)) \\- \(escaped(root.abstract))\n"
        text += ".SH SYNOPSIS\n.B \(escaped(root.name))\n[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]\n"
        if let discussion = root.discussion { text += ".SH DESCRIPTION\n" + paragraphs(discussion) }
        text += ".SH OPTIONS\n" + options(root.options)
        text += ".SH COMMANDS\n"
        for entry in CompletionScript.paths(root).dropFirst() where entry.command.action != nil {
            text += ".SS \"\(escaped(entry.path.joined(separator: " ")))\"\n" + paragraphs(entry.command.abstract)
            text += ".PP\n.B Usage:\n" + escaped(HelpGenerator.usage(path: chain(root, entry.path))) + "\n"
            if let discussion = entry.command.discussion { text += paragraphs(discussion) }
            for argument in entry.command.arguments {
                text += ".TP\n.I \(escaped(argument.name.lowercased()))\n\(escaped(argument.help))\n"
            }
            text += options(entry.command.options)
            for example in entry.command.examples {
                text += ".PP\n.EX\n\(escaped(example))\n.EE\n"
            }
        }
        if !root.examples.isEmpty {
            text += ".SH EXAMPLES\n" + root.examples.map { ".PP\n.EX\n\(escaped($0))\n.EE\n" }.joined()
        }
        text += ".SH EXIT STATUS\n"
        for (code, meaning) in exitStatus { text += ".TP\n.B \(code)\n\(escaped(meaning))\n" }
        return text
    }

    private static func chain(_ root: Command, _ path: [String]) -> [Command] {
        var commands = [root]
        for name in path.dropFirst() {
            guard let next = commands.last?.subcommand(named: name) else { break }
            commands.append(next)
        }
        return commands
    }

    private static func options(_ options: [Option]) -> String {
        options.map { option in
            var label = "\\fB\\-\\-\(escaped(option.name))\\fR"
            if let short = option.short { label = "\\fB\\-\(short)\\fR, " + label }
            if let value = option.valueName { label += " \\fI\(escaped(value))\\fR" }
            var help = option.help
            if let values = option.allowedValues { help += " (values: \(values.joined(separator: ", ")))" }
            if let value = option.defaultValue { help += " (default: \(value))" }
            return ".TP\n\(label)\n\(escaped(help))\n"
        }.joined()
    }

    /// Text as paragraphs: blank lines separate them, line breaks inside one are joined.
    private static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n\n").map { ".PP\n" + escaped($0.split(separator: "\n").joined(separator: " ")) + "\n" }
            .joined()
    }

    /// Text safe in roff: backslashes escaped, hyphens as minus signs, characters beyond ASCII as `\[uXXXX]` (so
    /// the page needs no input encoding), no line starting a request.
    static func escaped(_ text: some StringProtocol) -> String {
        var body = ""
        for scalar in String(text).unicodeScalars {
            switch scalar {
            case "\\": body += "\\e"
            case "-": body += "\\-"
            case _ where scalar.value > 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                body += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            default: body.unicodeScalars.append(scalar)
            }
        }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }
}
