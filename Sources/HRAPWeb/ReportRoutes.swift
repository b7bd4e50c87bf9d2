import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// A plan's annual reports in every format and language, and its open-data bundle file by file.
enum ReportRoutes {
    /// The report files a year offers, with their formats.
    static let reportFiles: [(name: String, format: AnnualReport.Format, summary: Bool, type: String)] = [
        ("report.html", .html, false, "text/html; charset=utf-8"),
        ("report.md", .md, false, "text/markdown; charset=utf-8"),
        ("report.json", .json, false, "application/json"), ("summary.html", .html, true, "text/html; charset=utf-8"),
        ("summary.md", .md, true, "text/markdown; charset=utf-8"),
    ]

    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/reports", handler: list),
            WebRoute("GET", "/plans/{plan}/reports/{year}/{language}/{file}", handler: report),
            WebRoute("GET", "/plans/{plan}/open-data/{year}/{file}", handler: openData),
        ]
    }

    private static func list(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let visitor = request.asVisitor
            let page = try request.site.publicPage(plan: request.path("plan"), visitor)
            let plan = try request.service.plan(request.path("plan"), as: WebSite.publicVisitor)
            let last = request.site.period(of: plan, today: request.today).year
            let base = "/plans/" + PublicPage.escape(plan.code)
            let years: [MustacheValue] = (plan.periodStart.first.year...last).reversed().map { year in
                .object([
                    "year": .string(String(year)),
                    "languages": .list(
                        request.site.options.locales.keys.sorted().map { language in
                            .object([
                                "code": .string(language),
                                "name": .string(
                                    request.site.options.locales[language]?.label("web.language.name") ?? language),
                                "files": .list(
                                    reportFiles.map { file in
                                        .object([
                                            "name": .string(file.name),
                                            "href": .string("\(base)/reports/\(year)/\(language)/\(file.name)"),
                                        ])
                                    }),
                            ])
                        }),
                    "open_data": .list(
                        OpenDataFiles.names.map { name in
                            .object(["name": .string(name), "href": .string("\(base)/open-data/\(year)/\(name)")])
                        }),
                ])
            }
            guard case .object(var members) = page.plan(filter: .init(query: [:])) else { throw WebError.notFound }
            members["years"] = .list(years)
            let publications = try PublicationPages.model(plan.code, visitor)
            members["publications"] = .list(publications)
            members["has_publications"] = .bool(!publications.isEmpty)
            return try request.site.page("reports.html", .object(members), request)
        }
    }

    private static func report(_ request: WebRequest) throws -> HTTPResponse {
        guard let year = Int(request.path("year")), let locale = request.site.options.locales[request.path("language")],
            let file = reportFiles.first(where: { $0.name == request.path("file") })
        else { throw WebError.notFound }
        return try request.site.cachedPage(request) {
            let localized = WebRequest(
                http: request.http, site: request.site, parameters: request.parameters,
                query: request.query, locale: locale, explicitLanguage: true, session: nil,
                today: request.today)
            let report = try request.site.report(plan: request.path("plan"), year: year, localized)
            let text = try render(report, file.format, summary: file.summary, request.site)
            return HTTPResponse(status: .ok, contentType: file.type, body: text)
        }
    }

    private static func openData(_ request: WebRequest) throws -> HTTPResponse {
        guard let year = Int(request.path("year")), OpenDataFiles.names.contains(request.path("file")) else {
            throw WebError.notFound
        }
        return try request.site.cachedPage(request) {
            let visitor = request.asVisitor
            let (analysed, shown, asOf) = try request.site.reportData(plan: request.path("plan"), year: year, visitor)
            let data = analysed.data
            let report = AnnualReport(analysed.input, analysis: analysed.analysis, locale: visitor.locale)
            var reports: [String: String] = [:]
            for file in reportFiles where file.name != "summary.md" {
                reports[file.name] = try render(report, file.format, summary: file.summary, request.site)
            }
            let bundle = OpenDataBundle(
                publicFile: data.publicFile(), facts: data.facts, year: shown, asOf: asOf, locale: visitor.locale,
                peer: data.peer)
            guard let text = bundle.files(reports: reports)[request.path("file")] else { throw WebError.notFound }
            return HTTPResponse(status: .ok, contentType: OpenDataFiles.type(of: request.path("file")), body: text)
        }
    }

    static func render(_ report: AnnualReport, _ format: AnnualReport.Format, summary: Bool, _ site: WebSite) throws
        -> String
    {
        do { return try report.render(format, summary: summary, templates: site.options.templates) } catch {
            throw WebError.template(error)
        }
    }
}

/// The files of the open-data bundle the site serves one by one.
enum OpenDataFiles {
    static let names = [
        "README.md", "datapackage.json", "dcat.jsonld", "plan.json", "indicators.csv", "measurements.csv",
        "actions.csv",
        "budget.csv", "recommendations.csv", "report.html", "report.md", "report.json", "summary.html",
    ]

    static func type(of name: String) -> String {
        if name.hasSuffix(".csv") { return "text/csv; charset=utf-8" }
        if name.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if name.hasSuffix(".md") { return "text/markdown; charset=utf-8" }
        if name.hasSuffix(".jsonld") { return "application/ld+json" }
        return "application/json"
    }
}
