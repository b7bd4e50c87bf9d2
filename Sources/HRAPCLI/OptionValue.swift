import CLIKit
import HRAPCore
import JSONCoding

/// Command-line text for record fields: options named after fields, values read by the field's kind.
enum OptionValue {
    /// The JSON for an option's text; an empty text clears an optional field (null).
    static func json(_ text: String, kind: FieldKind) -> JSONValue {
        kind.json(fromText: text, .commandLine)
    }

    /// A web address option (`--public-url`, `--base-url`) without its trailing slash, or nil when not given.
    static func webAddress(_ parsed: ParsedArguments, _ name: String) throws -> String? {
        guard let url = parsed.value(name) else { return nil }
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") else {
            throw UsageError("The value '\(url)' is invalid for '--\(name) <url>'. Expected https://….")
        }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// The option name of a field: its name in kebab case.
    static func optionName(_ field: String) -> String { field.replacing("_", with: "-") }
}
