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
        let writable: [MustacheValue] = try plans.map { plan in
            let base = "/plans/" + escape(plan.code)
            let todo = try todo(plan, request)
            return .object([
                "todo": .list(todo), "has_todo": .bool(!todo.isEmpty),
                "code": .string(plan.code), "title": .string(plan.title), "published": .bool(plan.published),
                "public_href": .string(base + suffix), "measurement_href": .string(base + "/measurements/new" + suffix),
                "update_href": .string(base + "/updates/new" + suffix),
                "upload_href": .string(base + "/upload" + suffix),
                "manage_href": .string(base + "/manage" + suffix), "edit_href": .string(base + "/edit" + suffix),
                "rounds_href": .string(base + "/rounds" + suffix),
            ])
        }
        return try request.site.page(
            "workspace.html",
            .object([
                "plans": .list(writable), "has_plans": .bool(!writable.isEmpty), "rounds": .list(try rounds(request)),
                "may_create": .bool(principal.grants.contains { $0.role == .admin || $0.role == .officer }),
            ]), request)
    }

    /// What is due or overdue in a plan, the most overdue first, each linked to the form that settles it (the same
    /// due list as `hrap due` and the API, with the plan's reporting rhythm).
    private static func todo(_ plan: Plan, _ request: WebRequest) throws -> [MustacheValue] {
        let (due, names) = try request.service.due(
            plan: plan.code, asOf: request.today, horizonDays: 30, updateDays: nil, as: request.principal)
        let items: [(unit: String?, item: DueList.Item)] = due.byUnit.flatMap { unit, items in
            items.map { (unit, $0) }
        }
        let ordered = items.sorted { first, second in
            let (a, b) = (first.item.daysOverdue ?? -1, second.item.daysOverdue ?? -1)
            if a != b { return a > b }
            return (first.item.dueDate?.description ?? "~") < (second.item.dueDate?.description ?? "~")
        }
        let base = "/plans/" + escape(plan.code)
        return ordered.prefix(20).map { unit, item in
            let value = item.kind == DueList.Item.Kind.indicatorValue
            return .object([
                "what": .string(
                    request.label(value ? "web.todo.value" : "web.todo.update") + " " + item.code + " " + item.title),
                "unit": .string(unit.map { names[$0] ?? $0 } ?? request.label("web.todo.no_unit")),
                "when": .string(
                    item.daysOverdue.map { request.label("web.todo.overdue", ["days": String($0)]) }
                        ?? item.dueDate.map { request.label("web.todo.due", ["date": request.locale.date($0)]) } ?? ""),
                "overdue": .bool((item.daysOverdue ?? 0) > 0),
                "href": .string(
                    base + (value ? "/measurements/new?indicator=" : "/updates/new?action=") + escape(item.code)
                        + (request.explicitLanguage ? "&lang=\(request.language)" : "")),
            ])
        }
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
