import HRAPCore
import JSONCoding

/// Command-line text for record fields: options named after fields, values read by the field's kind.
enum OptionValue {
    /// The JSON for an option's text; an empty text clears an optional field (null).
    static func json(_ text: String, kind: FieldKind) -> JSONValue {
        kind.json(fromText: text, .commandLine)
    }

    /// The option name of a field: its name in kebab case.
    static func optionName(_ field: String) -> String { field.replacing("_", with: "-") }
}
