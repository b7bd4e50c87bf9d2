import Foundation
import Testing

/// `hrap annual-report`: golden Markdown and JSON of the examples, the HTML checked by structure, a city's templates,
/// and bad input.
@Suite struct AnnualReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden/reports")

    private func session() -> Session {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        session.run("import", "examples/hainbach-plan.json")
        return session
    }

    @Test(arguments: [
        ("aldermoor-2023", "md", "en"), ("aldermoor-2023", "json", "en"), ("hainbach-inklusiv", "md", "de"),
        ("hainbach-inklusiv", "md", "en"),
    ])
    func theExamplesReportsMatchTheirGoldenFiles(plan: String, format: String, language: String) throws {
        let result = session().run("annual-report", plan, "--year", "2025", "--format", format, "--lang", language)
        #expect(result.code == 0, "\(result.err)")
        let file = Self.golden.appendingPathComponent("\(plan)-2025-\(language).\(format)")
        if ProcessInfo.processInfo.environment["HRAP_UPDATE_GOLDEN"] == "1" {
            try result.out.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(result.out == (try String(contentsOf: file, encoding: .utf8)))
    }

    /// The reports committed for readers (`examples/reports`, written by `bash .ci/reports`) are what hrap writes now.
    @Test(arguments: [("aldermoor-2023", "en"), ("hainbach-inklusiv", "de")])
    func theCommittedExampleReportsAreCurrent(plan: String, language: String) throws {
        let session = session()
        let html = session.run("annual-report", plan, "--year", "2025", "--format", "html", "--lang", language).out
        let committed = try String(
            contentsOfFile: session.root + "/examples/reports/\(plan)-2025-\(language).html", encoding: .utf8)
        #expect(html == committed, "run: bash .ci/reports")
    }

    /// The framework's titles read in German in a German report (translated, and said to be machine-suggested) and
    /// are never marked German in an English one (WCAG 3.1.2); the plan's own German titles are marked German in the
    /// English report.
    @Test func eachPartIsMarkedWithItsOwnLanguage() throws {
        let session = session()
        let english = session.run("annual-report", "hainbach-inklusiv", "--year", "2025", "--format", "html").out
        let german = session.run(
            "annual-report", "hainbach-inklusiv", "--year", "2025", "--format", "html", "--lang", "de"
        ).out
        #expect(!english.contains(#"lang="de">Formal and durable commitment"#))
        #expect(english.contains(#"lang="de">Anteil der Kinder mit sonderpädagogischem Förderbedarf"#))
        #expect(
            english.contains("<strong>Measures of the action plan implemented</strong>"),
            "a translated name is shown in the report's language, unmarked")
        #expect(english.contains("Annual accountability report 2025: Hainbach inclusive – action plan"))
        #expect(german.contains("Umgesetzte Maßnahmen des Aktionsplans") && !german.contains("Measures of the action"))
        #expect(german.contains("<td>Förmliche und dauerhafte Verpflichtung</td>"))
        #expect(!german.contains("Formal and durable commitment"))
        #expect(german.contains("maschinell vorgeschlagene Übersetzung"))
        #expect(!english.contains("machine-suggested"), "an English report has nothing translated")
    }

    @Test(arguments: ["aldermoor-2023", "hainbach-inklusiv"])
    func theHTMLReportIsWholeAccessibleAndSelfContained(plan: String) throws {
        let html = session().run("annual-report", plan, "--year", "2025", "--format", "html", "--lang", "fr").out
        for id in [
            "findings", "measure", "scorecard", "fields", "backwards", "budget", "participation", "recommendations",
            "quality", "methodology",
        ] {
            #expect(html.contains("<section id=\"\(id)\""), "section \(id)")
        }
        #expect(html.components(separatedBy: "<h1").count == 2, "one h1")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("class=\"skip\" href=\"#main\""))
        let figures = html.components(separatedBy: "<figure>").dropFirst()
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(figure.contains("<figcaption"))
            #expect(figure.contains("role=\"img\"") && figure.contains("<title id=") && figure.contains("<desc id="))
            #expect(figure.contains("<table") && figure.contains("<thead>"), "a data table as the alternative")
        }
        for pattern in ["src=\"http", "href=\"http", "url(", "<script", "<link", "@import"] {
            #expect(!html.contains(pattern), "no external request: \(pattern)")
        }
        #expect(Self.unbalancedTags(html).isEmpty, "\(Self.unbalancedTags(html))")
        if plan == "hainbach-inklusiv" { #expect(html.contains("<span lang=\"de\">Hainbach inklusiv")) }
    }

    /// Open tags not closed in order (void elements and the SVG's self-closed ones aside).
    static func unbalancedTags(_ html: String) -> [String] {
        let void: Set<String> = ["meta", "br", "img", "input", "link", "hr", "!DOCTYPE"]
        var stack: [String] = [], problems: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasSuffix("/") || tag.hasPrefix("!") { continue }
            let name = String(tag.split(whereSeparator: { $0 == " " || $0 == "\n" }).first ?? "")
            if name.hasPrefix("/") {
                if stack.last == String(name.dropFirst()) { stack.removeLast() } else { problems.append(name) }
            } else if !void.contains(name) {
                stack.append(name)
            }
        }
        return problems + stack
    }

    @Test func theSummaryIsShortAndNeverCalledEasyRead() {
        let session = session()
        for format in ["md", "html"] {
            let whole = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--format", format).out
            let summary = session.run(
                "annual-report", "aldermoor-2023", "--year", "2025", "--format", format, "--summary"
            ).out
            #expect(summary.contains("Summary 2025: Aldermoor Human Rights Action Plan 2023–2027"))
            #expect(summary.contains("Measures implemented: 2 of 40"))
            #expect(summary.utf8.count * 4 < whole.utf8.count, "a fraction of the whole report")
            #expect(!summary.lowercased().contains("easy read"))
        }
    }

    @Test func aCityDirectoryReplacesATemplateAndMayExtendTheLayout() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hrap-city-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try """
        {{<layout.html}}{{$title}}Stadt Hainbach{{/title}}{{$content}}<p>Unser Bericht: {{measures.summary}}</p>{{/content}}{{/layout.html}}
        """.write(to: directory.appendingPathComponent("annual.html.mustache"), atomically: true, encoding: .utf8)
        let html = session().run(
            "annual-report", "hainbach-inklusiv", "--year", "2025", "--templates", directory.path, "--lang", "de"
        ).out
        #expect(html.contains("<title>Stadt Hainbach</title>"))
        #expect(html.contains("<p>Unser Bericht: 18 von 35 Maßnahmen umgesetzt (51\u{00A0}%)</p>"))
        #expect(
            html.contains("<a class=\"skip\" href=\"#main\">Zum Bericht springen</a>"), "the standard layout around it")
    }

    @Test func aBrokenCityTemplateIsAnErrorAndWritesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hrap-city-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "<h1>{{#fields}}{{title.text}}</h1>\n".write(
            to: directory.appendingPathComponent("annual.html.mustache"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("report.html").path
        let result = session().run(
            "annual-report", "aldermoor-2023", "--year", "2025", "--templates", directory.path, "-o", output)
        #expect(result.code == 65)
        #expect(result.err.contains("annual.html:1:5: the section 'fields' is opened here and never closed"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A report written to a file is rendered into it as it goes (in pieces of 64 KiB): the same bytes as on standard
    /// output; a template that fails half-way leaves no file.
    @Test func aReportFileHoldsWhatStandardOutputShowsOrNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hrap-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let session = session(), output = directory.appendingPathComponent("report.html").path
        let shown = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--lang", "de")
        let written = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--lang", "de", "-o", output)
        #expect(shown.code == 0 && written.code == 0)
        #expect(shown.out.utf8.count > 3 << 16, "long enough to be written in several pieces")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == shown.out)
        let templates = directory.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#fields}}{{title.text}} {{/fields}}{{> no-such-part}}\n".write(
            to: templates.appendingPathComponent("annual.html.mustache"), atomically: true, encoding: .utf8)
        let failed = directory.appendingPathComponent("failed.html").path
        let result = session.run(
            "annual-report", "aldermoor-2023", "--year", "2025", "--templates", templates.path, "-o", failed)
        #expect(result.code == 65 && result.err.contains("no-such-part"))
        #expect(!FileManager.default.fileExists(atPath: failed))
    }

    @Test func badInputGetsAClearErrorOrAnExplicitNoData() {
        let session = session()
        let outside = session.run("annual-report", "aldermoor-2023", "--year", "2031")
        #expect(outside.code == 64 && outside.err.contains("2031 is outside the plan period (2023–2027)"))
        #expect(session.run("annual-report", "aldermoor-2023", "--year", "2025", "--lang", "it").code == 64)
        #expect(session.run("annual-report", "aldermoor-2023").code == 64, "--year is required")
        #expect(session.run("annual-report", "aldermoor-2023", "--year", "20x5").code == 64)
        #expect(
            session.run("annual-report", "aldermoor-2023", "--year", "2025", "--templates", "/no/such/dir").code == 66)
        session.run(
            "government", "create", "--code", "XX-empty", "--name", "Empty", "--country", "AT", "--level",
            "municipality")
        session.run(
            "plan", "create", "--code", "empty", "--government", "XX-empty", "--title", "Nothing yet",
            "--kind", "comprehensive", "--period-start", "2025-01-01", "--status", "draft")
        let empty = session.run("annual-report", "empty", "--year", "2025", "--format", "md")
        #expect(empty.code == 0, "\(empty.err)")
        #expect(empty.out.contains("0 of 0 measures implemented"))
        #expect(empty.out.contains("No budget lines are recorded."))
        #expect(empty.out.contains("Draft: this plan is not marked as published"))
    }
}
