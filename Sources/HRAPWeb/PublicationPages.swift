import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// Publishing a year's annual report: its files in every language and its open-data bundle, rendered from public
/// values as any visitor would see them, frozen by the service; withdrawing one with a reason; and serving the frozen
/// files.
enum PublicationPages {
    static func all() -> [WebRoute] {
        [
            WebRoute("POST", "/plans/{plan}/publications", .signedIn, handler: publish),
            WebRoute("POST", "/plans/{plan}/publications/withdraw", .signedIn, handler: withdraw),
            WebRoute("GET", "/plans/{plan}/published/{year}/{folder}/{file}", handler: file),
        ]
    }

    /// Every file of a year's report as a visitor would get it today.
    static func files(plan: String, year: Int, _ request: WebRequest) throws -> (CalendarDate, [ReportPublication.File])
    {
        let (analysed, shown, asOf) = try request.site.reportData(plan: plan, year: year, request.asVisitor)
        var files: [ReportPublication.File] = []
        for (language, locale) in request.site.options.locales.sorted(by: { $0.key < $1.key }) {
            let report = AnnualReport(analysed.input, analysis: analysed.analysis, locale: locale)
            for file in ReportRoutes.reportFiles {
                let text = try ReportRoutes.render(report, file.format, summary: file.summary, request.site)
                files.append(.init(path: language + "/" + file.name, contentType: file.type, body: Array(text.utf8)))
            }
        }
        let english = AnnualReport(analysed.input, analysis: analysed.analysis, locale: request.site.english)
        var reports: [String: String] = [:]
        for file in ReportRoutes.reportFiles where file.name != "summary.md" {
            reports[file.name] = try ReportRoutes.render(english, file.format, summary: file.summary, request.site)
        }
        let data = analysed.data
        let bundle = OpenDataBundle(
            publicFile: data.publicFile(), facts: data.facts, year: shown, asOf: asOf, locale: request.site.english,
            peer: data.peer,
            location: request.site.options.publicURL.map {
                $0 + "/plans/" + PublicPage.escape(plan) + "/published/\(shown)/open-data/"
            } ?? "")
        for (name, text) in bundle.files(reports: reports).sorted(by: { $0.key < $1.key }) {
            files.append(
                .init(path: "open-data/" + name, contentType: OpenDataFiles.type(of: name), body: Array(text.utf8)))
        }
        return (asOf, files)
    }

    private static func publish(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .plan)
        let form = try FormData(request.http)
        guard let year = form.value("year").flatMap({ Int($0) }) else { throw WebError.badRequest("web.error.form") }
        let message: String
        do {
            let (asOf, files) = try files(plan: plan.code, year: year, request)
            _ = try request.service.publishReport(
                plan: plan.code, year: year, asOf: asOf, files: files, as: request.principal)
            message = request.label("web.publish.done", ["year": String(year)])
        } catch WebError.notFound {
            message = request.label("web.publish.unpublished_plan")
        } catch ServiceError.notFound {
            message = request.label("web.publish.unpublished_plan")
        } catch ServiceError.duplicate {
            message = request.label("web.publish.already", ["year": String(year)])
        }
        return back(request, plan, message)
    }

    private static func withdraw(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .plan)
        let form = try FormData(request.http)
        guard let year = form.value("year").flatMap({ Int($0) }) else { throw WebError.badRequest("web.error.form") }
        let message: String
        do {
            _ = try request.service.withdrawReport(
                plan: plan.code, year: year, reason: form.value("reason") ?? "", as: request.principal)
            message = request.label("web.publish.withdrawn", ["year": String(year)])
        } catch ServiceError.invalid {
            message = request.label("web.publish.reason_required")
        }
        return back(request, plan, message)
    }

    private static func back(_ request: WebRequest, _ plan: Plan, _ message: String) -> HTTPResponse {
        if let session = request.session { request.site.sessions.say(message, to: session) }
        return WebSite.redirect("/plans/" + PublicPage.escape(plan.code) + "/check" + request.languageSuffix)
    }

    /// A frozen file of a year's published report, exactly as it was published.
    private static func file(_ request: WebRequest) throws -> HTTPResponse {
        guard let year = Int(request.path("year")) else { throw WebError.notFound }
        let stored = try request.service.publishedFile(
            plan: request.path("plan"), year: year, path: request.path("folder") + "/" + request.path("file"),
            as: WebSite.publicVisitor)
        var response = HTTPResponse(status: .ok, body: stored.body)
        response.headers.set("Content-Type", stored.contentType)
        return response
    }

    /// The publications of a plan as its pages list them: the live ones with their files, the withdrawn with why.
    static func model(_ plan: String, _ request: WebRequest) throws -> [MustacheValue] {
        let base = "/plans/" + PublicPage.escape(plan) + "/published/"
        return try request.service.reportPublications(plan: plan, as: request.principal).map { publication in
            .object([
                "year": .string(String(publication.year)), "live": .bool(publication.isLive),
                "published": .string(AccountPages.time(publication.published, request)),
                "withdrawn": publication.withdrawn.map { .string(AccountPages.time($0, request)) } ?? .null,
                "reason": publication.withdrawalReason.map { .string($0) } ?? .null,
                "files": .list(
                    publication.paths.filter { $0.hasPrefix(request.language + "/") || $0.hasPrefix("open-data/") }.map
                    {
                        .object(["name": .string($0), "href": .string(base + "\(publication.year)/" + $0)])
                    }),
            ])
        }
    }
}
