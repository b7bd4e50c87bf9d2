import HRAPCore
import Mustache

/// The models of the public web pages: the annual report's pieces of a plan, with what a page adds — filters as
/// links, links to each indicator's and action's own page, and those pages (see the `+Indicator` and `+Action` files).
/// Built from public values only, like the report.
public struct PublicPage: Sendable {
    /// Which measures the plan page shows; every part optional, each a plain query parameter.
    public struct Filter: Sendable, Equatable {
        public var field: String?
        public var status: String?
        public var lead: String?
        public var group: String?

        /// A filter from query parameters (`field`, `status`, `lead`, `group`); empty values count as absent.
        public init(query: [String: String]) {
            func value(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
            (field, status, lead, group) = (value("field"), value("status"), value("lead"), value("group"))
        }

        /// Whether the filter shows everything.
        public var isEmpty: Bool { field == nil && status == nil && lead == nil && group == nil }

        var pairs: [(String, String)] {
            [("field", field), ("status", status), ("lead", lead), ("group", group)].compactMap { name, value in
                value.map { (name, $0) }
            }
        }
    }

    let report: AnnualReport
    /// `?lang=xx` when the language was chosen by the query, so that links keep it; else empty.
    let languageQuery: String

    /// The pages of a plan's report model; `explicitLanguage` keeps `?lang=` in every link.
    public init(_ report: AnnualReport, explicitLanguage: Bool) {
        self.report = report
        languageQuery = explicitLanguage ? "lang=" + report.locale.language : ""
    }

    var file: PlanFile { report.file }

    /// The path of a page of this plan, with the language query.
    func path(_ parts: String..., query: [(String, String)] = []) -> String {
        let encoded = (["plans", file.plan.code] + parts).map(Self.escape).joined(separator: "/")
        let items =
            query.map { Self.escape($0.0) + "=" + Self.escape($0.1) } + (languageQuery.isEmpty ? [] : [languageQuery])
        return "/" + encoded + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986), for a path segment or a query value.
    public static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return result
    }

    /// The members every page of the plan shares: language, labels, the cover and the plan's links.
    func common() -> [String: MustacheValue] {
        [
            "language": .string(report.locale.language), "labels": report.labels(), "cover": report.cover(),
            "plan": .object([
                "code": .string(file.plan.code), "href": .string(path()), "reports_href": .string(path("reports")),
                "title": report.content(file.plan.title, translations: file.plan.titleTranslations),
            ]),
            "definitions": report.definitions(),
        ]
    }

    /// The plan's line in the list of published plans: measures implemented, the index, the last published report.
    public func headline() -> MustacheValue {
        let last = file.reports.max { $0.date < $1.date }
        var scorecard: [String: MustacheValue] = [:]
        if case .object(let members) = report.scorecard() { scorecard = members }
        return .object([
            "href": .string(path()), "title": report.content(file.plan.title),
            "government": report.content(file.government.name), "measures": report.measures(report.progress.measures),
            "index": scorecard["index"] ?? .null, "percent": scorecard["percent"] ?? .null,
            "last_report": last.map { report in
                .object([
                    "date": self.report.date(report.date), "title": self.report.content(report.title),
                    "href": report.url.map(Self.link) ?? .null,
                ])
            } ?? .null,
        ])
    }
}
