import HRAPCore
import JSONCoding

/// Reads command-line text as the JSON value a field of that kind expects, so that the CLI and plan files
/// share one validation path. Text that does not fit is passed on as a string and refused by the field's codec
/// with its usual message.
enum OptionValue {
    /// The JSON for an option's text; an empty text clears an optional field (null).
    static func json(_ text: String, kind: FieldKind) -> JSONValue {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .null }
        switch kind {
        case .integer:
            return Int64(trimmed).map(JSONValue.integer) ?? .string(trimmed)
        case .number:
            return Double(trimmed).map(JSONValue.number) ?? yesNo(trimmed).map(JSONValue.bool) ?? .string(trimmed)
        case .bool:
            return yesNo(trimmed).map(JSONValue.bool) ?? .string(trimmed)
        case .list(let element):
            return .array(trimmed.split(separator: ",").map { json(String($0), kind: element) })
        case .records:
            return (try? JSONParser.parse(trimmed)) ?? .string(trimmed)
        case .dictionary:
            if let parsed = try? JSONParser.parse(trimmed) { return parsed }
            return .object(trimmed.split(separator: ",").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
                return (parts[0], parts.count == 2 ? .string(parts[1]) : .null)
            })
        default:
            return .string(trimmed)
        }
    }

    private static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "y": true
        case "false", "no", "n": false
        default: nil
        }
    }

    /// The option name of a field: its name in kebab case.
    static func optionName(_ field: String) -> String { field.replacing("_", with: "-") }
}
