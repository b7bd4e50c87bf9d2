import JSONCoding

extension FieldKind {
    /// How text typed by a person (a CLI option, a spreadsheet cell) becomes the JSON a field of this kind reads.
    public struct TextConventions: Sendable {
        /// What separates the items of a list (`,` on the command line, `;` in spreadsheet cells).
        public var listSeparator: Character
        /// Whether `1,5` means one and a half (spreadsheets in many European locales).
        public var decimalComma: Bool
        /// Whether dates may also be written day first, as German, French and Spanish offices type them
        /// (`31.03.2023`, `31/03/2023`, `03.2023`); ISO dates are always read.
        public var dayFirstDates: Bool

        /// Conventions of the command line: `a,b` lists, decimal point.
        public static let commandLine = TextConventions(listSeparator: ",", decimalComma: false)

        /// Creates conventions.
        public init(listSeparator: Character, decimalComma: Bool, dayFirstDates: Bool = false) {
            self.listSeparator = listSeparator
            self.decimalComma = decimalComma
            self.dayFirstDates = dayFirstDates
        }
    }

    /// Whether values of this kind are numbers (their text is never guarded as a spreadsheet formula).
    public var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }

    /// The JSON for a piece of text; empty text is null (absent). Text that does not fit the kind is passed on as a
    /// string, so the field's codec refuses it with its usual message.
    public func json(fromText text: String, _ conventions: TextConventions) -> JSONValue {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .null }
        switch self {
        case .integer:
            return Int64(trimmed).map(JSONValue.integer) ?? .string(trimmed)
        case .number:
            return DecimalText.number(trimmed, decimalComma: conventions.decimalComma).map(JSONValue.number)
                ?? Self.yesNo(trimmed).map(JSONValue.bool) ?? .string(trimmed)
        case .bool:
            return Self.yesNo(trimmed).map(JSONValue.bool) ?? .string(trimmed)
        case .date where conventions.dayFirstDates, .day where conventions.dayFirstDates:
            return .string(Self.isoDate(dayFirst: trimmed, monthAllowed: self == .date) ?? trimmed)
        case .list(let element):
            return .array(
                trimmed.split(separator: conventions.listSeparator).map {
                    element.json(fromText: String($0), conventions)
                })
        case .records:
            return (try? JSONParser.parse(trimmed)) ?? .string(trimmed)
        case .dictionary:
            if trimmed.hasPrefix("{"), let parsed = try? JSONParser.parse(trimmed) { return parsed }
            var members: [(String, JSONValue)] = []
            for pair in trimmed.split(whereSeparator: { $0 == conventions.listSeparator || $0 == ";" }) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    .map { String($0).trimmingWhitespace }
                // `=`, `sex=` or `=female`: not a pair; the codec refuses the text with its usual message.
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return .string(trimmed) }
                members.append((parts[0], .string(parts[1])))
            }
            return members.isEmpty ? .string(trimmed) : .object(members)
        default:
            return .string(trimmed)
        }
    }

    /// `31.03.2023` or `31/03/2023` as `2023-03-31`, and (where a month is a date) `03.2023` as `2023-03`; nil for
    /// anything else, two-digit years included (which century is a guess).
    static func isoDate(dayFirst text: String, monthAllowed: Bool) -> String? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = parts.last, year.count == 4, parts.dropLast().allSatisfy({ $0.count <= 2 }),
            Set(text.filter { $0 == "." || $0 == "/" }).count == 1
        else { return nil }
        func two(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        switch parts.count {
        case 3: return "\(year)-\(two(parts[1]))-\(two(parts[0]))"
        case 2 where monthAllowed: return "\(year)-\(two(parts[0]))"
        default: return nil
        }
    }

    /// The text a person would type for a JSON value of this kind: the inverse of ``json(fromText:_:)``.
    public func text(from json: JSONValue?, _ conventions: TextConventions) -> String {
        switch json {
        case nil, .null?: return ""
        case .string(let text)?: return text
        case .integer(let number)?: return String(number)
        case .number(let number)?:
            let text = JSONWriter.format(number)
            return conventions.decimalComma ? text.replacing(".", with: ",") : text
        case .bool(let flag)?: return flag ? "yes" : "no"
        case .array(let values)?:
            guard case .list(let element) = self else { return JSONWriter.compact(.array(values)) }
            return values.map { element.text(from: $0, conventions) }.joined(separator: "\(conventions.listSeparator) ")
        case .object(let members)? where self == .dictionary:
            return members.map { "\($0.0)=\($0.1.string ?? "")" }.joined(separator: "; ")
        case let nested?: return JSONWriter.compact(nested)
        }
    }

    /// Whether the text is a yes/no word (`yes`, `no`, `true`, `false`, `y`, `n`; `1` and `0` are numbers).
    public static func isYesNoWord(_ text: String) -> Bool {
        let trimmed = SpreadsheetCell.restored(text.trimmingWhitespace)
        return yesNo(trimmed) != nil && trimmed != "1" && trimmed != "0"
    }

    private static func yesNo(_ text: String) -> Bool? {
        // Most cells are numbers or names: those that cannot start a yes/no word are passed over without lowercasing.
        switch text.utf8.first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "f"),
            UInt8(ascii: "F"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "1"), UInt8(ascii: "0"):
            break
        default: return nil
        }
        return switch text.lowercased() {
        case "true", "yes", "y", "1": true
        case "false", "no", "n", "0": false
        default: nil
        }
    }
}
