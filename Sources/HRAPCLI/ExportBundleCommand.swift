import CLIKit
import FileSystem
import Foundation
import HRAPReports

/// `hrap export-bundle`: the annual report in every format plus the plan's open data, as one new directory.
enum ExportBundleCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "export-bundle",
            abstract: "Write the annual report in every format and the plan's open data into a new directory.",
            discussion: """
                The directory holds report.html, report.md, report.json and summary.html; CSV files of indicators, \
                measurements (public, current), measures, budget lines and recommendations (UTF-8, comma, ISO dates, \
                decimal point, an empty cell for an unknown value); plan.json with public records only; a Frictionless \
                datapackage.json, a DCAT-AP dcat.jsonld and a README. It appears whole or not at all.
                """,
            examples: ["hrap export-bundle aldermoor-2023 --year 2025 --out open-data-2025"],
            options: AnnualReportCommand.reportOptions + [
                .value("out", valueName: "DIR", help: "The directory to create (it must not exist)."),
                .value("licence", valueName: "LICENCE", help: "The data's licence.", default: "CC-BY-4.0"),
                .value(
                    "base-url", valueName: "URL",
                    help: "Where the directory will be published (https://…/), for absolute links in dcat.jsonld."),
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            guard let out = parsed.value("out") else { throw UsageError("Missing expected option '--out <dir>'.") }
            let (report, templates, data) = try AnnualReportCommand.build(parsed, context)
            var reports: [String: String] = [:]
            for (name, format, summary) in [
                ("report.html", AnnualReport.Format.html, false), ("report.md", .md, false),
                ("report.json", .json, false), ("summary.html", .html, true),
            ] {
                reports[name] = try AnnualReportCommand.render(report, format, summary: summary, templates)
            }
            let bundle = OpenDataBundle(
                publicFile: data.publicFile(), facts: data.facts, year: report.year, asOf: report.asOf,
                locale: report.locale, peer: data.peer, licence: parsed.value("licence") ?? "CC-BY-4.0",
                location: try baseURL(parsed))
            let files = bundle.files(reports: reports).mapValues { Array($0.utf8) }
            do throws(FileSystemError) { try AtomicDirectory.write(files, to: context.absolutePath(out)) } catch {
                if error.errno == EEXIST {
                    throw CLIFailure("\(out) already exists; choose a new directory", exitCode: ExitCode.usage)
                }
                throw CLIFailure(
                    "cannot write \(out): \(error.reason); nothing was written", exitCode: ExitCode.ioError)
            }
            context.say("Wrote \(files.count) files to \(out).")
        }
    }

    /// The `--base-url` with a trailing slash, or empty (the catalogue record's links are then relative to it).
    private static func baseURL(_ parsed: ParsedArguments) throws -> String {
        try OptionValue.webAddress(parsed, "base-url").map { $0 + "/" } ?? ""
    }
}
