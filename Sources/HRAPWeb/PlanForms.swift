import HRAPCore
import HRAPReports
import HRAPService
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
        let plan = try ProgressForms.writablePlan(request)
        return try request.site.page("manage.html", model(plan, request), request)
    }

    static func model(_ plan: Plan, _ request: WebRequest) -> MustacheValue {
        let base = "/plans/" + PublicPage.escape(plan.code)
        return .object([
            "code": .string(plan.code), "title": .string(plan.title), "published": .bool(plan.published),
            "csrf": .string(request.session?.csrf ?? ""),
            "version": .string(HRAPService.etag(Plan.schema.encode(plan))),
            "publish_action": .string(base + "/publish" + request.languageSuffix),
            "public_href": .string(base + request.languageSuffix),
        ])
    }

    /// Publishes or withdraws the plan; refused when the plan changed since the page was shown.
    private static func publish(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request)
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
            if let session = request.session { request.site.sessions.say(request.label("web.manage.changed"), to: session) }
            return WebSite.redirect("/plans/\(PublicPage.escape(plan.code))/manage" + request.languageSuffix)
        }
        if let session = request.session {
            request.site.sessions.say(request.label(wanted ? "web.manage.now_published" : "web.manage.now_withdrawn"),
                                      link: wanted ? "/plans/\(PublicPage.escape(plan.code))" : nil, to: session)
        }
        return WebSite.redirect("/plans/\(PublicPage.escape(plan.code))/manage" + request.languageSuffix)
    }
}
