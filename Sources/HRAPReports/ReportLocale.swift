import HRAPCore
import JSONCoding
import Mustache

/// How a report writes numbers, percentages and dates, and its labels, in one language; read from a locale file
/// (`templates/locales/LANG.json`).
///
/// Numbers: `1,234.5` (en), `1 234,5` (fr, narrow no-break space), `1.234,5` (de, es). Dates keep their precision:
/// a day, a month or a year as the source gave it.
public struct ReportLocale: Sendable {
    /// The error of a locale file that cannot be used.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let language: String
        public let message: String
        public var description: String { "locale \(language): \(message)" }

        /// A problem of a locale file.
        public init(language: String, message: String) {
            self.language = language
            self.message = message
        }
    }

    /// ISO 639-1 code, e.g. `de`.
    public let language: String
    public let decimalSeparator: String
    public let groupSeparator: String
    /// `{value}` and the sign, e.g. `{value} %`.
    public let percentPattern: String
    /// `{day}`, `{month}` (name) and `{year}`, e.g. `{day} {month} {year}`.
    public let dayPattern: String
    /// `{month}` and `{year}`.
    public let monthPattern: String
    public let monthNames: [String]
    /// Words of the report by key; every locale has the keys English has.
    public let labels: [String: String]
    /// The shipped frameworks' titles and paraphrases in this language, by framework id (none in English, the
    /// frameworks' own language).
    public let frameworks: [String: FrameworkWording]
    /// The record schemas' field help in this language, by `entity.field` (none in English: the schemas' own help is
    /// English).
    public let hints: [String: String]
    /// The day and month patterns split into their parts once (dates are written by the thousand).
    private let dayParts: [Part], monthParts: [Part]
    /// The labels as templates read them, keyed with `_` for `.` (`section.budget` is `{{labels.section_budget}}`):
    /// built once, not for every page.
    let templateLabels: MustacheValue

    /// A piece of a date pattern.
    private enum Part: Sendable {
        case literal(String), day, month, monthNumber, year

        static func split(_ pattern: String) -> [Part] {
            var parts: [Part] = [], rest = Substring(pattern)
            let fields: [(String, Part)] = [
                ("{day}", .day), ("{month}", .month), ("{mm}", .monthNumber), ("{year}", .year),
            ]
            while !rest.isEmpty {
                if let (token, part) = fields.first(where: { rest.hasPrefix($0.0) }) {
                    parts.append(part)
                    rest = rest.dropFirst(token.count)
                } else {
                    let next = rest.dropFirst().firstIndex(of: "{") ?? rest.endIndex
                    parts.append(.literal(String(rest[..<next])))
                    rest = rest[next...]
                }
            }
            return parts
        }
    }

    /// Reads a locale file.
    public init(language: String, json: JSONValue) throws(Problem) {
        func text(_ key: String) throws(Problem) -> String {
            guard case .string(let value)? = json[key] else {
                throw Problem(language: language, message: "'\(key)' is missing")
            }
            return value
        }
        self.language = language
        decimalSeparator = try text("decimal_separator")
        groupSeparator = try text("group_separator")
        percentPattern = try text("percent_pattern")
        dayPattern = try text("day_pattern")
        monthPattern = try text("month_pattern")
        guard case .array(let months)? = json["month_names"], months.count == 12 else {
            throw Problem(language: language, message: "'month_names' must list 12 months")
        }
        monthNames = months.compactMap { if case .string(let name) = $0 { name } else { nil } }
        guard case .object(let members)? = json["labels"] else {
            throw Problem(language: language, message: "'labels' is missing")
        }
        labels = Dictionary(
            members.compactMap { key, value in
                if case .string(let label) = value { (key, label) } else { nil }
            }, uniquingKeysWith: { first, _ in first })
        dayParts = Part.split(dayPattern)
        monthParts = Part.split(monthPattern)
        templateLabels = .object(
            Dictionary(
                labels.map { ($0.key.replacing(".", with: "_"), MustacheValue.string($0.value)) },
                uniquingKeysWith: { first, _ in first }))
        frameworks = try FrameworkWording.all(json["frameworks"], language: language)
        hints = Dictionary(
            (json["hints"]?.members ?? []).compactMap { key, value in value.string.map { (key, $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// A number rounded to `decimals` places, grouped by thousands.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int64(rounded / scale), fraction = Int64(rounded) - whole * Int64(scale)
        var digits = String(whole), grouped = ""
        while digits.count > 3 {
            grouped = groupSeparator + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let text = String(fraction)
            grouped += decimalSeparator + String(repeating: "0", count: decimals - text.count) + text
        }
        return (value < 0 && rounded > 0 ? "-" : "") + grouped
    }

    /// A share (0.61) as a percentage (`61 %`).
    public func percent(_ share: Double, decimals: Int = 0) -> String {
        percentPattern.replacing("{value}", with: number(share * 100, decimals: decimals))
    }

    /// A date as written in the language, to the precision it was recorded with.
    public func date(_ date: CalendarDate) -> String {
        guard date.precision != .year else { return String(date.year) }
        var text = ""
        for part in date.precision == .day ? dayParts : monthParts {
            switch part {
            case .literal(let literal): text += literal
            case .day: text += String(date.day)
            case .month: text += monthNames[date.month - 1]
            case .monthNumber: text += date.month < 10 ? "0\(date.month)" : String(date.month)
            case .year: text += String(date.year)
            }
        }
        return text
    }

    /// The label for a key, or the key itself when the locale lacks it (a test keeps every locale complete).
    public func label(_ key: String) -> String { labels[key] ?? key }

    /// A label with its `{name}` placeholders filled in, in one pass (a value is never read for placeholders); a
    /// placeholder no parameter names stays as written. A large report fills thousands (every chart's description).
    public func label(_ key: String, _ parameters: [String: String]) -> String {
        let template = label(key)
        guard !parameters.isEmpty, template.contains("{") else { return template }
        var text = "", rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            text += parameters[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }
}
