import JSONCoding

/// How a field's JSON value is read and written, and what it accepts.
public struct FieldCodec<Value>: Sendable {
    /// What the field holds, for help texts and for reading command-line text.
    public let kind: FieldKind
    /// The value as JSON.
    public let encode: @Sendable (Value) -> JSONValue
    /// The JSON as a value, or why it is refused.
    public let decode: @Sendable (JSONValue) throws(FieldError) -> Value

    /// Creates a codec.
    public init(
        kind: FieldKind, encode: @escaping @Sendable (Value) -> JSONValue,
        decode: @escaping @Sendable (JSONValue) throws(FieldError) -> Value
    ) {
        self.kind = kind
        self.encode = encode
        self.decode = decode
    }
}

/// The shape of a field's values.
public enum FieldKind: Equatable, Sendable {
    /// `date` takes a day, or a month or a year where the source gives no day; `day` takes a day only.
    /// `text` is a line or a few (a title, a name); `longText` is prose (a description, a narrative, a note).
    case text, longText, code, date, day, timestamp, integer, number, bool, url, country, currency
    /// One of a closed set of words.
    case choice([String])
    /// A list of values of one kind.
    indirect case list(FieldKind)
    /// A list of nested records (stored as JSON).
    case records
    /// A map of words to words (e.g. a disaggregation `{"sex": "female"}`).
    case dictionary

    /// A short description for help and error messages.
    public var summary: String {
        switch self {
        case .text: "text"
        case .longText: "text"
        case .code: "code"
        case .date: "date YYYY-MM-DD (or YYYY-MM, YYYY)"
        case .day: "date YYYY-MM-DD"
        case .timestamp: "timestamp YYYY-MM-DDTHH:MM:SSZ"
        case .integer: "whole number"
        case .number: "number"
        case .bool: "true or false"
        case .url: "http(s) URL"
        case .country: "ISO 3166-1 alpha-2 country code"
        case .currency: "ISO 4217 currency code"
        case .choice(let words): "one of: " + words.joined(separator: ", ")
        case .list(let element): "comma-separated list of \(element.summary)"
        case .records: "JSON array of objects"
        case .dictionary: "JSON object of text"
        }
    }
}

extension FieldKind {
    /// The most characters a value of this kind may have, where there is a limit: declared here once, enforced for
    /// every surface by the schemas, and published as `maxLength` in the JSON Schema and the OpenAPI document.
    public var maxLength: Int? {
        switch self {
        case .text: 1_000
        case .longText: 10_000
        case .code: 64
        case .url: 2_000
        default: nil
        }
    }
}

extension FieldCodec where Value == String {
    /// Non-empty text, trimmed of surrounding white space: a title, a name, a label.
    public static var text: FieldCodec { string(kind: .text) { $0 } }

    /// Non-empty prose, trimmed of surrounding white space: a description, a narrative, a note.
    public static var longText: FieldCodec { string(kind: .longText) { $0 } }

    /// A code that users cite records by: 1–64 characters, no white space at either end, no commas.
    public static var code: FieldCodec {
        string(kind: .code) { text throws(FieldError) in try checkedCode(text) }
    }

    /// The code a record is known by: a ``code`` without control characters, which no one can type and no address
    /// may hold (`/plans/{plan}/actions/{code}`), so a record with one could never be opened again.
    public static var identifier: FieldCodec {
        string(kind: .code) { text throws(FieldError) in
            guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw FieldError("a code cannot contain a control character", code: .invalidValue)
            }
            return try checkedCode(text)
        }
    }

    private static func checkedCode(_ text: String) throws(FieldError) -> String {
        guard !text.contains(",") else { throw FieldError("a code cannot contain a comma", code: .invalidValue) }
        return text
    }

    /// An absolute http or https URL.
    public static var url: FieldCodec {
        string(kind: .url) { text throws(FieldError) in
            let lower = text.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count > 8,
                !text.contains(where: \.isWhitespace)
            else { throw FieldError("'\(text)' is not an http(s) URL", code: .invalidValue) }
            return text
        }
    }

    /// An ISO 3166-1 alpha-2 country code.
    public static var country: FieldCodec {
        string(kind: .country) { text throws(FieldError) in
            guard ISOCodes.countries.contains(text) else {
                throw FieldError(
                    "'\(text)' is not an ISO 3166-1 alpha-2 country code (e.g. AT, DE, KE)", code: .invalidValue)
            }
            return text
        }
    }

    /// An active ISO 4217 currency code.
    public static var currency: FieldCodec {
        string(kind: .currency) { text throws(FieldError) in
            guard ISOCodes.currencies.contains(text) else {
                throw FieldError("'\(text)' is not an ISO 4217 currency code (e.g. EUR, USD, CHF)", code: .invalidValue)
            }
            return text
        }
    }

    static func string(kind: FieldKind, check: @escaping @Sendable (String) throws(FieldError) -> String) -> FieldCodec
    {
        FieldCodec(kind: kind, encode: { .string($0) }) { json throws(FieldError) in
            guard case .string(let raw) = json else {
                throw FieldError("expected \(kind.summary), found \(json.kindName)", code: .invalidValue)
            }
            let text = raw.trimmingWhitespace
            guard !text.isEmpty else { throw FieldError("must not be empty", code: .required) }
            if let limit = kind.maxLength, text.count > limit {
                let what = kind == .code ? "a code has" : "has"
                throw FieldError("\(what) at most \(limit) characters (\(text.count) given)", code: .outOfRange)
            }
            return try check(text)
        }
    }
}

extension FieldCodec where Value == CalendarDate {
    /// An ISO 8601 calendar date, or a month `YYYY-MM` or a year `YYYY` where the source gives no day (kept as given).
    public static var date: FieldCodec {
        FieldCodec(kind: .date, encode: { .string($0.description) }) { json throws(FieldError) in
            guard case .string(let text) = json, let date = CalendarDate(partial: text) else {
                throw FieldError(
                    "expected a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY) that exists, found \(json.shortText)",
                    code: .invalidValue)
            }
            return date
        }
    }

    /// An ISO 8601 calendar date to the day (a reference date).
    public static var day: FieldCodec {
        FieldCodec(kind: .day, encode: { .string($0.description) }) { json throws(FieldError) in
            guard case .string(let text) = json, let date = CalendarDate(text) else {
                throw FieldError("expected a date YYYY-MM-DD that exists, found \(json.shortText)", code: .invalidValue)
            }
            return date
        }
    }
}

extension FieldCodec where Value == Timestamp {
    /// An RFC 3339 UTC timestamp.
    public static var timestamp: FieldCodec {
        FieldCodec(kind: .timestamp, encode: { .string($0.description) }) { json throws(FieldError) in
            guard case .string(let text) = json, let stamp = Timestamp(text) else {
                throw FieldError(
                    "expected a UTC timestamp YYYY-MM-DDTHH:MM:SSZ, found \(json.shortText)", code: .invalidValue)
            }
            return stamp
        }
    }
}

extension FieldCodec where Value == Int {
    /// A whole number within a range.
    public static func integer(_ range: ClosedRange<Int>) -> FieldCodec {
        FieldCodec(kind: .integer, encode: { .integer(Int64($0)) }) { json throws(FieldError) in
            guard let number = json.double, number == number.rounded(), number.magnitude < 1e15 else {
                throw FieldError("expected a whole number, found \(json.shortText)", code: .invalidValue)
            }
            guard range.contains(Int(number)) else {
                throw FieldError("\(Int(number)) is outside \(range.lowerBound)–\(range.upperBound)", code: .outOfRange)
            }
            return Int(number)
        }
    }
}

extension FieldCodec where Value == Double {
    /// A finite number of magnitude at most ``DecimalText/maximumMagnitude``, optionally within a range. With
    /// `acceptsYesNo` (the values of indicators, which may be yes/no indicators), a yes/no answer reads as 1 or 0;
    /// any other number refuses it.
    public static func number(_ range: ClosedRange<Double>? = nil, acceptsYesNo: Bool = false) -> FieldCodec {
        FieldCodec(kind: .number, encode: { .number($0) }) { json throws(FieldError) in
            let number: Double
            switch json {
            case .integer(let value): number = Double(value)
            case .number(let value): number = value
            case .bool(let flag) where acceptsYesNo: number = flag ? 1 : 0
            default: throw FieldError("expected a number, found \(json.shortText)", code: .invalidValue)
            }
            guard number.isFinite else { throw FieldError("expected a finite number", code: .invalidValue) }
            guard number.magnitude <= DecimalText.maximumMagnitude else {
                throw FieldError(
                    "\(JSONWriter.format(number)) is beyond the largest value hrap keeps (±10^15)", code: .outOfRange)
            }
            if let range, range.lowerBound == 0, number < 0 {
                throw FieldError("must not be negative", code: .outOfRange)
            }
            if let range, !range.contains(number) {
                throw FieldError(
                    "\(JSONWriter.format(number)) is outside \(JSONWriter.format(range.lowerBound))–\(JSONWriter.format(range.upperBound))",
                    code: .outOfRange)
            }
            return number
        }
    }
}

extension FieldCodec where Value == Bool {
    /// true or false.
    public static var bool: FieldCodec {
        FieldCodec(kind: .bool, encode: { .bool($0) }) { json throws(FieldError) in
            guard case .bool(let flag) = json else {
                throw FieldError("expected true or false, found \(json.shortText)", code: .invalidValue)
            }
            return flag
        }
    }
}

extension FieldCodec where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
    /// One of the enumeration's raw values.
    public static var choice: FieldCodec {
        let words = Value.allCases.map(\.rawValue)
        return FieldCodec(kind: .choice(words), encode: { .string($0.rawValue) }) { json throws(FieldError) in
            guard case .string(let text) = json, let value = Value(rawValue: text.trimmingWhitespace) else {
                throw FieldError(
                    "expected one of \(words.joined(separator: ", ")), found \(json.shortText)", code: .invalidValue)
            }
            return value
        }
    }
}

extension FieldCodec where Value == [String: String] {
    /// A map of words to words, kept sorted by key.
    public static var dictionary: FieldCodec {
        FieldCodec(
            kind: .dictionary,
            encode: { map in .object(map.keys.sorted().map { ($0, .string(map[$0] ?? "")) }) }
        ) { json throws(FieldError) in
            guard case .object(let members) = json else {
                throw FieldError("expected an object, found \(json.kindName)", code: .malformed)
            }
            var map: [String: String] = [:]
            for (key, value) in members {
                guard case .string(let text) = value, !text.trimmingWhitespace.isEmpty else {
                    throw FieldError("'\(key)' must be non-empty text", code: .required)
                }
                map[key] = text.trimmingWhitespace
            }
            return map
        }
    }
}

extension JSONValue {
    /// The value as a short quoted snippet for error messages.
    var shortText: String {
        switch self {
        case .string(let text): "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .array, .object: kindName
        default: JSONWriter.compact(self)
        }
    }
}

extension String {
    /// The text without white space at either end.
    public var trimmingWhitespace: String {
        let utf8 = utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
