/// Writes a ``JSONValue`` as text: pretty (two-space indent, one member per line) or compact.
///
/// Output depends only on the value, so equal values give byte-identical text.
public enum JSONWriter {
    /// The value as indented text ending without a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, pretty: true, into: &output)
        return output
    }

    /// The value as indented text whose first line starts at the cursor and whose other lines are indented `indent`
    /// levels: what ``pretty(_:)`` writes for a value nested that deep.
    public static func pretty(_ value: JSONValue, indent: Int) -> String {
        var output = ""
        write(value, indent: indent, pretty: true, into: &output)
        return output
    }

    /// The value on one line with no spaces.
    public static func compact(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, pretty: false, into: &output)
        return output
    }

    /// A double as the shortest text that reads back to the same number; integral values without ".0".
    /// JSON has no infinities or NaN: a non-finite number is written as `null` (RFC 8259 §6).
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return number.description
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number): output += format(number)
        case .string(let text): writeString(text, into: &output)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            if pretty, values.allSatisfy(\.isScalar) {
                output += "["
                for (offset, element) in values.enumerated() {
                    if offset > 0 { output += ", " }
                    write(element, indent: indent, pretty: pretty, into: &output)
                }
                output += "]"
                return
            }
            output += "["
            for (offset, element) in values.enumerated() {
                if offset > 0 { output += "," }
                newline(indent + 1, pretty: pretty, into: &output)
                write(element, indent: indent + 1, pretty: pretty, into: &output)
            }
            newline(indent, pretty: pretty, into: &output)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (offset, (key, member)) in members.enumerated() {
                if offset > 0 { output += "," }
                newline(indent + 1, pretty: pretty, into: &output)
                writeString(key, into: &output)
                output += pretty ? ": " : ":"
                write(member, indent: indent + 1, pretty: pretty, into: &output)
            }
            newline(indent, pretty: pretty, into: &output)
            output += "}"
        }
    }

    private static func newline(_ indent: Int, pretty: Bool, into output: inout String) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// Writes a string with the escapes RFC 8259 §7 requires.
    static func writeString(_ text: String, into output: inout String) {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output += "\""
            output += text
            output += "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension JSONValue {
    /// Whether the value holds no array or object.
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
