import CLIKit
import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import JSONCoding
import Mustache

/// `hrap annual-report`: the plan's annual accountability report, from its data, in a format and a language.
enum AnnualReportCommand {
    static let languages = ["en", "fr", "de", "es"]

    static func command(_ context: CommandContext) -> Command {
        Command(
            "annual-report", abstract: "Write the annual accountability report of a plan (HTML, Markdown or JSON).",
            discussion: """
                Built from the recorded data at 31 December of the year (or --as-of): measures, indicators with \
                charts, where the plan went backwards, budget, participation, recommendations, data quality and the \
                methodology. Only public values appear. Not to be confused with 'hrap report', which records the \
                reports a city has published.
                """,
            examples: [
                "hrap annual-report aldermoor-2023 --year 2025 --format html -o report-2025.html",
                "hrap annual-report hainbach-inklusiv --year 2025 --format md --lang de",
            ],
            options: reportOptions + [
                .value(
                    "format", short: "f", valueName: "FORMAT", help: "Output format.", default: "html",
                    allowed: AnnualReport.Format.allCases.map(\.rawValue)),
                .flag(
                    "summary", help: "Write the short plain-language summary (2–4 pages) instead of the whole report."),
                .value("output", short: "o", valueName: "FILE", help: "Write to a file instead of standard output."),
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let (report, templates, _) = try build(parsed, context)
            let format = AnnualReport.Format(rawValue: parsed.value("format") ?? "html") ?? .html
            let summary = parsed.flag("summary")
            // Standard output gets the report whole or, on a template error, nothing; a file is written as the
            // report is rendered, and only kept when it is whole.
            guard let output = parsed.value("output") else {
                return context.io.out(try render(report, format, summary: summary, templates))
            }
            try PlanFileCommands.write(to: output, parsed, context: context) { emit in
                var failure: (any Error)?
                try render(report, format, summary: summary, templates) { text in
                    guard failure == nil else { return }
                    do { try emit(Array(text.utf8)) } catch { failure = error }
                }
                if let failure { throw failure }
            }
        }
    }

    /// The options every report command shares.
    static let reportOptions: [Option] = [
        .value("year", valueName: "YYYY", help: "The reporting year."),
        .value("as-of", valueName: "DATE", help: "Reference date (default: 31 December of the year)."),
        .value("lang", valueName: "LANG", help: "Language of the report's labels.", default: "en", allowed: languages),
        .value("framework", valueName: "ID", help: "The framework: ID or ID@VERSION.", default: "hrgl-2024"),
        .value("templates", valueName: "DIR", help: "A directory of templates that replace the standard ones by name."),
    ]

    /// The report of the plan named in the arguments, its templates, and the data it was built from.
    static func build(
        _ parsed: ParsedArguments, _ context: CommandContext
    ) throws -> (AnnualReport, ReportTemplates, AnnualReportData) {
        let year = try Self.year(parsed)
        let asOf =
            try parsed.value("as-of").map { _ in try ScoreCommand.referenceDate(parsed, context: context) }
            ?? CalendarDate.endOfYear(year)
        let templates = try ReportTemplates.load(context, overrides: parsed.value("templates"))
        let locale = try templates.locale(parsed.value("lang") ?? "en")
        let data = try context.service(parsed, .read).annualReportData(
            plan: parsed.argument("PLAN") ?? "", year: year, asOf: asOf,
            framework: parsed.value("framework") ?? "hrgl-2024", as: context.principal(parsed))
        let report = AnnualReport(
            .init(
                facts: data.facts, values: data.values, year: year, asOf: asOf, card: data.card,
                previousLevels: data.previousLevels,
                previousAsOf: data.previousAsOf, peer: data.peer), locale: locale)
        return (report, templates, data)
    }

    /// The report in a format, handed to `emit` as it is rendered (``AnnualReport/render(_:summary:templates:emit:)``);
    /// a template's error names the template, line and column (bad data, exit 65).
    static func render(
        _ report: AnnualReport, _ format: AnnualReport.Format, summary: Bool, _ templates: ReportTemplates,
        emit: (String) -> Void
    ) throws {
        do { try report.render(format, summary: summary, templates: templates.sources, emit: emit) } catch {
            throw CLIFailure("template \(error)", exitCode: ExitCode.dataError)
        }
    }

    /// The report in a format; a template's error names the template, line and column (bad data, exit 65).
    static func render(
        _ report: AnnualReport, _ format: AnnualReport.Format, summary: Bool, _ templates: ReportTemplates
    ) throws -> String {
        do { return try report.render(format, summary: summary, templates: templates.sources) } catch {
            throw CLIFailure("template \(error)", exitCode: ExitCode.dataError)
        }
    }

    private static func year(_ parsed: ParsedArguments) throws -> Int {
        guard let text = parsed.value("year") else { throw UsageError("Missing expected option '--year <yyyy>'.") }
        guard let year = Int(text), (1900...2200).contains(year) else {
            throw UsageError("The value '\(text)' is invalid for '--year'. Expected a year such as 2025.")
        }
        return year
    }
}
