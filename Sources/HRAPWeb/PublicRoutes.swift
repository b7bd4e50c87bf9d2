import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// The pages anyone may read: published plans, their indicators and actions, reports, open data, and the
/// accessibility statement.
enum PublicRoutes {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/", handler: plans),
            WebRoute("GET", "/plans/{plan}", handler: plan),
            WebRoute("GET", "/plans/{plan}/indicators/{indicator}", handler: indicator),
            WebRoute("GET", "/plans/{plan}/indicators/{indicator}/values.csv", handler: indicatorCSV),
            WebRoute("GET", "/plans/{plan}/actions/{action}", handler: action),
            WebRoute("GET", "/accessibility", handler: accessibility),
        ] + ReportRoutes.all()
    }

    /// Published plans with their headline figures.
    private static func plans(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let plans = try request.service.plans(as: WebSite.publicVisitor).filter(\.published)
            let lines = try plans.map { plan in
                try request.site.publicPage(plan: plan.code, request.asVisitor).headline()
            }
            return try request.site.page(
                "plans.html", .object(["plans": .list(lines), "none": .bool(lines.isEmpty)]),
                request)
        }
    }

    private static func plan(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let page = try request.site.publicPage(plan: request.path("plan"), request.asVisitor)
            return try request.site.page("plan.html", page.plan(filter: .init(query: request.query)), request)
        }
    }

    private static func indicator(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let page = try request.site.publicPage(plan: request.path("plan"), request.asVisitor)
            guard let model = page.indicator(request.path("indicator")) else { throw WebError.notFound }
            return try request.site.page("indicator.html", model, request)
        }
    }

    private static func indicatorCSV(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let page = try request.site.publicPage(plan: request.path("plan"), request.asVisitor)
            guard let csv = page.indicatorCSV(request.path("indicator")) else { throw WebError.notFound }
            var response = HTTPResponse(status: .ok, contentType: "text/csv; charset=utf-8", body: csv)
            response.headers.set("Content-Disposition", "attachment; filename=\"values.csv\"")
            return response
        }
    }

    private static func action(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.cachedPage(request) {
            let page = try request.site.publicPage(plan: request.path("plan"), request.asVisitor)
            guard let model = page.action(request.path("action")) else { throw WebError.notFound }
            return try request.site.page("action.html", model, request)
        }
    }

    /// The accessibility statement: conformance state, known gaps, and who to contact.
    private static func accessibility(_ request: WebRequest) throws -> HTTPResponse {
        try request.site.page(
            "accessibility.html",
            .object([
                "contact": .string(request.site.options.accessibilityContact)
            ]), request)
    }
}

extension WebRequest {
    /// The same request read as the public visitor: public pages never show private values, whoever is signed in.
    var asVisitor: WebRequest {
        WebRequest(
            http: http, site: site, parameters: parameters, query: query, locale: locale,
            explicitLanguage: explicitLanguage, session: nil, today: today)
    }
}
