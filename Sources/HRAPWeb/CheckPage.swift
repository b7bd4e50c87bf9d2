import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// "Check before publishing": what the annual report's data-quality section and the score would flag today, each
/// record linked to the form that fixes it. The same analysis as the report's (``DataQuality``, the score card).
enum CheckPage {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/check", .signedIn, handler: page),
            WebRoute("POST", "/plans/{plan}/snapshots", .signedIn, handler: saveSnapshot),
        ]
    }

    private static func page(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .planRecord)
        let (analysed, year, asOf) = try request.site.reportData(plan: plan.code, request)
        let base = "/plans/" + PublicPage.escape(plan.code) + "/edit/"
        func links(_ codes: [String], _ collection: String?) -> MustacheValue {
            .list(
                codes.map { code in
                    .object([
                        "code": .string(code),
                        "href": collection.map {
                            .string(base + $0 + "/record?code=" + PublicPage.escape(code) + request.languageSuffix)
                        } ?? .null,
                    ])
                })
        }
        let quality: [MustacheValue] = analysed.analysis.quality.items.map { item in
            .object([
                "label": .string(request.label(item.key)), "count": .string(String(item.codes.count)),
                "ok": .bool(item.codes.isEmpty), "records": links(item.codes, item.collection),
            ])
        }
        let criteria: [MustacheValue] = analysed.data.card.encouragements.flatMap { encouragement in
            encouragement.criteria.filter { $0.counts && $0.level < 4 && !$0.result.failing.isEmpty }.map { score in
                let metric = Metric(rawValue: score.criterion.metric)
                return .object([
                    "encouragement": .string(
                        "\(encouragement.encouragement.number). \(encouragement.encouragement.shortTitle)"),
                    "criterion": .string(score.criterion.description), "level": .string(String(score.level)),
                    "records": links(score.result.failing, metric?.subject),
                ])
            }
        }
        return try request.site.page(
            "check.html",
            .object([
                "title": .string(plan.title), "code": .string(plan.code),
                "as_of": .string(request.locale.date(asOf)), "year": .string(String(year)),
                "hub": .string("/plans/" + PublicPage.escape(plan.code) + "/edit" + request.languageSuffix),
                "quality": .list(quality), "criteria": .list(criteria), "has_criteria": .bool(!criteria.isEmpty),
                "csrf": .string(request.session?.csrf ?? ""),
                "publish_action": .string("/plans/" + PublicPage.escape(plan.code) + "/publications"),
                "withdraw_action": .string("/plans/" + PublicPage.escape(plan.code) + "/publications/withdraw"),
                "years": .list(
                    (plan.periodStart.first.year...max(plan.periodStart.first.year, year)).reversed().map {
                        .object(["year": .string(String($0)), "selected": .bool($0 == year)])
                    }),
                "publications": .list(try PublicationPages.model(plan.code, request)),
                "published": .bool(plan.published),
                "snapshot_action": .string("/plans/" + PublicPage.escape(plan.code) + "/snapshots"),
                "snapshots": .list(
                    try request.service.snapshots(plan: plan.code, as: request.principal).reversed().prefix(10).map {
                        .object([
                            "as_of": .string(request.locale.date($0.asOf)), "framework": .string($0.framework),
                            "index": .string($0.index.map { request.locale.number($0, decimals: 2) } ?? "–"),
                            "saved": .string(AccountPages.time($0.savedAt, request) + " · " + $0.savedBy),
                        ])
                    }),
            ]), request)
    }

    /// Saves today's score of the plan, against the site's framework, as a snapshot: what later reports compare with.
    private static func saveSnapshot(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .score)
        let card = try request.service.score(
            plan: plan.code, framework: request.site.options.framework, asOf: request.today, as: request.principal)
        _ = try request.service.saveSnapshot(card, as: request.principal)
        if let session = request.session {
            request.site.sessions.say(request.label("web.check.snapshot_saved"), to: session)
        }
        return WebSite.redirect("/plans/" + PublicPage.escape(plan.code) + "/check" + request.languageSuffix)
    }
}
