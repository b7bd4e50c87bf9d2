import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// "Check before publishing": what the annual report's data-quality section and the score would flag today, each
/// record linked to the form that fixes it. The same analysis as the report's (``DataQuality``, the score card).
enum CheckPage {
    static func all() -> [WebRoute] {
        [WebRoute("GET", "/plans/{plan}/check", .signedIn, handler: page)]
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
            ]), request)
    }
}
