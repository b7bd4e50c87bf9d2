import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import HRAPStore
import JSONCoding
import Mustache

/// The annual HTML report of a plan, end to end from the database: gathering the data (the plan's export, scoring),
/// building the model, rendering the templates; each part timed for where the time goes.
struct ReportBenchmark {
    let service: HRAPService
    let templates: [String: String]
    let locale: ReportLocale
    let plan: String

    init(database: String, plan: String) throws {
        let root = FileManager.default.currentDirectoryPath + "/templates"
        service = try HRAPService.open(
            path: database, mode: .read, catalogue: FrameworkCatalogue(directory: root + "/frameworks"),
            clock: { Timestamp(secondsSince1970: 1_767_225_600) })
        var templates: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/reports")
        where name.hasSuffix(".mustache") {
            templates[String(name.dropLast(".mustache".count))] = try String(
                contentsOfFile: root + "/reports/" + name, encoding: .utf8)
        }
        self.templates = templates
        locale = try ReportLocale(
            language: "en", json: JSONParser.parse(String(contentsOfFile: root + "/locales/en.json", encoding: .utf8)))
        self.plan = plan
    }

    /// Renders the report once; returns its size and the milliseconds of data, model and templates.
    func run(year: Int) throws -> (bytes: Int, data: Double, model: Double, render: Double) {
        let asOf = CalendarDate(year: year, month: 12, day: 31) ?? CalendarDate(daysSince1970: 0)
        let start = DispatchTime.now()
        let data = try service.annualReportData(
            plan: plan, year: year, asOf: asOf, framework: "hrgl-2024", as: Principal.commandLine("bench"))
        let gathered = DispatchTime.now()
        let report = AnnualReport(
            .init(facts: data.facts, values: data.values, year: year, asOf: asOf, card: data.card), locale: locale)
        let model = report.model()
        let built = DispatchTime.now()
        let html = try TemplateLibrary(sources: templates).render("annual.html", model)
        let rendered = DispatchTime.now()
        func milliseconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
            Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e6
        }
        return (
            html.utf8.count, milliseconds(start, gathered), milliseconds(gathered, built), milliseconds(built, rendered)
        )
    }
}
