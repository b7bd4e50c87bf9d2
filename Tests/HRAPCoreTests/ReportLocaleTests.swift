import Foundation
import HRAPCore
import HRAPReports
import JSONCoding
import Testing

/// Numbers, percentages and dates as each report language writes them; every locale file complete.
@Suite struct ReportLocaleTests {
    static func locale(_ language: String) throws -> ReportLocale {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/locales/\(language).json")
        return try ReportLocale(language: language, json: JSONParser.parse(String(contentsOf: url, encoding: .utf8)))
    }

    @Test(arguments: [
        ("en", "1,234.5", "1,234,567", "61 %", "-0.3"),
        ("fr", "1\u{202F}234,5", "1\u{202F}234\u{202F}567", "61\u{202F}%", "-0,3"),
        ("de", "1.234,5", "1.234.567", "61\u{00A0}%", "-0,3"),
        ("es", "1.234,5", "1.234.567", "61\u{00A0}%", "-0,3"),
    ])
    func numbersAndPercentages(language: String, decimal: String, whole: String, percent: String, negative: String)
        throws
    {
        let locale = try Self.locale(language)
        #expect(locale.number(1234.5, decimals: 1) == decimal)
        #expect(locale.number(1_234_567) == whole)
        #expect(locale.percent(0.6149) == percent)
        #expect(locale.number(-0.25, decimals: 1) == negative)
        #expect(locale.number(0.04, decimals: 0) == "0", "no minus sign for a value that rounds to zero")
    }

    /// Placeholders are filled in one pass: a value is never read for placeholders, and a placeholder no parameter
    /// names stays as written.
    @Test func placeholdersAreFilledOnce() throws {
        let locale = try Self.locale("en"), template = locale.label("chart.trajectory.target")
        #expect(template.contains("{target}") && template.contains("{target_date}"))
        let filled = locale.label("chart.trajectory.target", ["target": "{target_date}", "target_date": "2026"])
        let expected = template.replacing("{target_date}", with: "2026").replacing("{target}", with: "{target_date}")
        #expect(filled == expected, "the value {target_date} is not filled in again")
        #expect(locale.label("chart.trajectory.target", ["target": "55"]).contains("{target_date}"))
        #expect(locale.label("chart.trajectory.target", [:]) == template)
    }

    @Test(arguments: [
        ("en", "31 December 2025", "May 2022"), ("fr", "31 décembre 2025", "mai 2022"),
        ("de", "31. Dezember 2025", "Mai 2022"), ("es", "31 de diciembre de 2025", "mayo de 2022"),
    ])
    func datesKeepTheirPrecision(language: String, day: String, month: String) throws {
        let locale = try Self.locale(language)
        #expect(locale.date(try #require(CalendarDate("2025-12-31"))) == day)
        #expect(locale.date(try #require(CalendarDate(partial: "2022-05"))) == month)
        #expect(locale.date(try #require(CalendarDate(partial: "2021"))) == "2021")
    }

    @Test(arguments: ["fr", "de", "es"])
    func everyLocaleHasEveryLabelEnglishHas(language: String) throws {
        let english = try Self.locale("en"), other = try Self.locale(language)
        #expect(Set(other.labels.keys) == Set(english.labels.keys))
        #expect(other.labels.values.allSatisfy { !$0.isEmpty })
    }

    /// Every shipped framework reads in every other report language: its title and each encouragement's short title
    /// and paraphrase, numbered as the framework numbers them, and marked as machine-suggested until someone who
    /// reads the language checks it.
    @Test(arguments: ["fr", "de", "es"])
    func everyShippedFrameworkIsTranslated(language: String) throws {
        let wordings = try Self.locale(language).frameworks
        for id in ["hrgl-2023", "hrgl-2024"] {
            let framework = try shippedFramework(id)
            let wording = try #require(wordings[id], "\(id) in \(language)")
            let numbers = Set(framework.encouragements.map(\.number))
            #expect(Set(wording.shortTitles.keys) == numbers && Set(wording.texts.keys) == numbers)
            #expect(wording.title != framework.title && !wording.title.isEmpty)
            #expect(wording.review == .machineSuggested && wording.checkedBy == nil)
        }
        #expect(try Self.locale("en").frameworks.isEmpty, "English is the frameworks' own language")
    }

    @Test func aFrameworkWordingWithoutItsReviewIsRefused() throws {
        var json = try JSONParser.parse(
            String(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent().appendingPathComponent("templates/locales/de.json"),
                encoding: .utf8))
        guard case .object(var members) = json else { return }
        members.removeAll { $0.0 == "frameworks" }
        members.append(
            (
                "frameworks",
                .object([
                    (
                        "hrgl-2024",
                        .object([
                            ("status", .string("checked")), ("title", .string("T")), ("encouragements", .array([])),
                        ])
                    )
                ])
            ))
        json = .object(members)
        #expect(throws: ReportLocale.Problem.self) { try ReportLocale(language: "de", json: json) }
    }

    @Test func aLocaleFileWithoutItsRulesIsRefusedByName() {
        #expect(throws: ReportLocale.Problem(language: "xx", message: "'decimal_separator' is missing")) {
            try ReportLocale(language: "xx", json: .object([]))
        }
    }
}
