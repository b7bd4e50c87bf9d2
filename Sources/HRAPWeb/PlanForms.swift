import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// A coordinator's page of a plan: whether it is published (and the form that changes it).
enum PlanForms {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/manage", .signedIn, handler: manage),
            WebRoute("POST", "/plans/{plan}/publish", .signedIn, handler: publish),
        ]
    }

    private static func manage(_ request: WebRequest) throws -> HTTPResponse {
        try manage(try ProgressForms.writablePlan(request, .plan), request)
    }

    /// The page: publication, and the approval queue with a refused rejection's reason shown again.
    static func manage(
        _ plan: Plan, _ request: WebRequest, refusal: ApprovalForms.Refusal? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var model = try ApprovalForms.model(plan, request, refusal: refusal)
        model.merge(self.model(plan, request)) { _, new in new }
        return try request.site.page("manage.html", .object(model), request, status: status)
    }

    private static func model(_ plan: Plan, _ request: WebRequest) -> [String: MustacheValue] {
        let base = "/plans/" + PublicPage.escape(plan.code)
        return [
            "code": .string(plan.code), "title": .string(plan.title), "published": .bool(plan.published),
            "csrf": .string(request.session?.csrf ?? ""),
            "version": .string(HRAPService.etag(Plan.schema.encode(plan))),
            "publish_action": .string(base + "/publish" + request.languageSuffix),
            "public_href": .string(base + request.languageSuffix),
        ]
    }

    /// Publishes or withdraws the plan; refused when the plan changed since the page was shown.
    private static func publish(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .plan)
        let form = try FormData(request.http)
        guard let wanted = form.value("published").flatMap({ ["true": true, "false": false][$0] }) else {
            throw WebError.badRequest("web.error.form")
        }
        do {
            try request.service.saveRecord(
                Plan.self, plan: nil, mode: .update, identity: [.string(plan.code)],
                changes: [("published", .bool(wanted))], expecting: .some(form.value("version")),
                as: request.principal)
        } catch ServiceError.changedSinceRead {
            if let session = request.session {
                request.site.sessions.say(request.label("web.manage.changed"), to: session)
            }
            return WebSite.redirect("/plans/\(PublicPage.escape(plan.code))/manage" + request.languageSuffix)
        }
        if let session = request.session {
            request.site.sessions.say(
                request.label(wanted ? "web.manage.now_published" : "web.manage.now_withdrawn"),
                link: wanted ? "/plans/\(PublicPage.escape(plan.code))" : nil, to: session)
        }
        return WebSite.redirect("/plans/\(PublicPage.escape(plan.code))/manage" + request.languageSuffix)
    }
}
