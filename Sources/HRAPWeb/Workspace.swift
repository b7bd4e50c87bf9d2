import HRAPCore
import HRAPUseCases
import HTTPServing
import HRAPReports
import Mustache

/// The signed-in user's start page: the plans they may write with their forms, and the rounds they review.
enum Workspace {
    static func page(_ request: WebRequest) throws -> HTTPResponse {
        let principal = request.principal
        let plans = try request.service.plans(as: principal).filter { principal.writes(for: $0.government) }
        let suffix = request.languageSuffix
        let writable: [MustacheValue] = plans.map { plan in
            let base = "/plans/" + escape(plan.code)
            return .object([
                "code": .string(plan.code), "title": .string(plan.title), "published": .bool(plan.published),
                "public_href": .string(base + suffix), "measurement_href": .string(base + "/measurements/new" + suffix),
                "update_href": .string(base + "/updates/new" + suffix),
                "upload_href": .string(base + "/upload" + suffix),
                "manage_href": .string(base + "/manage" + suffix), "edit_href": .string(base + "/edit" + suffix),
            ])
        }
        return try request.site.page(
            "workspace.html",
            .object([
                "plans": .list(writable), "has_plans": .bool(!writable.isEmpty), "rounds": .list(try rounds(request)),
                "may_create": .bool(principal.grants.contains { $0.role == .admin || $0.role == .officer }),
            ]), request)
    }

    /// The open rounds the signed-in reviewer is invited to, with a link to their rating sheet.
    private static func rounds(_ request: WebRequest) throws -> [MustacheValue] {
        guard let identity = request.principal.reviewer else { return [] }
        var found: [MustacheValue] = []
        for plan in try request.service.plans(as: request.principal) {
            for status in try request.service.roundStatuses(plan: plan.code, as: request.principal)
            where status.round.status == .open && status.reviewers.contains(where: { $0.reviewer.code == identity }) {
                found.append(
                    .object([
                        "plan": .string(plan.title), "title": .string(status.round.title),
                        "href": .string(
                            "/plans/\(escape(plan.code))/rounds/\(escape(status.round.code))/sheet"
                                + request.languageSuffix),
                    ]))
            }
        }
        return found
    }

    static func escape(_ text: String) -> String { PublicPage.escape(text) }
}
