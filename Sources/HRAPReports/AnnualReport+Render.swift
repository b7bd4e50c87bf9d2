import JSONCoding
import Mustache

extension AnnualReport {
    /// The formats of the report.
    public enum Format: String, CaseIterable, Sendable {
        case html, md, json

        /// The name of the standard template that writes the format, whole or as the short summary (`json` needs
        /// none).
        public func template(summary: Bool) -> String? {
            switch self {
            case .html: summary ? "summary.html" : "annual.html"
            case .md: summary ? "summary.md" : "annual.md"
            case .json: nil
            }
        }
    }

    /// The report written in a format with templates by name (the standard ones, overridden by a city's); `summary`
    /// writes the short plain-language version (never called easy read: no one has checked it with readers).
    public func render(_ format: Format, summary: Bool = false, templates: [String: String]) throws(MustacheError)
        -> String
    {
        guard let name = format.template(summary: summary) else {
            let display = Self.json(model(), dropping: ["labels", "svg"])
            return JSONWriter.pretty(
                .object([("format", .string("hrap-report/2")), ("data", data()), ("display", display)])) + "\n"
        }
        let library = TemplateLibrary(sources: templates, mode: format == .html ? .html : .markdown)
        return try library.render(name, model())
    }

    /// The report in a format, handed to `emit` as it is rendered (HTML and Markdown in pieces of about 64 KiB, JSON
    /// whole); the pieces together are what ``render(_:summary:templates:)`` returns.
    public func render(
        _ format: Format, summary: Bool = false, templates: [String: String], emit: (String) -> Void
    ) throws(MustacheError) {
        guard let name = format.template(summary: summary) else {
            return emit(try render(format, summary: summary, templates: templates))
        }
        let library = TemplateLibrary(sources: templates, mode: format == .html ? .html : .markdown)
        try library.render(name, model(), emit: emit)
    }

    /// The model as JSON: keys sorted, so that the same data gives the same bytes; presentation-only keys dropped.
    static func json(_ value: MustacheValue, dropping: Set<String>) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? .integer(Int64(number)) : .number(number)
        case .string(let text): .string(text)
        case .list(let items): .array(items.map { json($0, dropping: dropping) })
        case .object(let members):
            .object(
                members.filter { !dropping.contains($0.key) }.sorted { $0.key < $1.key }.map {
                    ($0.key, json($0.value, dropping: dropping))
                })
        }
    }
}
