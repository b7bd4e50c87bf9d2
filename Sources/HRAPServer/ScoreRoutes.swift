import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding

/// Scores, snapshots, progress trees, due lists and frameworks.
enum ScoreRoutes {
    static let plan = APIRoutes.base + "/plans/{plan}"

    static let asOf = APIRoute.Query(
        name: "as_of", description: "The reference date (default: today).",
        schema: .object([("type", .string("string")), ("format", .string("date"))]))
    static let framework = APIRoute.Query(
        name: "framework", description: "The framework, ID or ID@VERSION (default: hrgl-2024).",
        schema: .object([("type", .string("string"))]))

    static let includePrivate = APIRoute.Query(
        name: "include_private",
        description: "true: the internal card, which counts values marked private (officers of the plan and admins "
            + "only); the default is the published card, from public values only.",
        schema: .object([("type", .string("boolean"))]))

    static func routes() -> [APIRoute] {
        [score(), snapshots(), saveSnapshot(), progress(), due()] + frameworks()
    }

    /// The score card, cached by plan, framework, reference date and data version: a write makes it stale.
    private static func score() -> APIRoute {
        .get(
            plan + "/score", "score", "The plan's score card against a framework, every criterion explained.",
            tag: "Scores", query: [asOf, framework, includePrivate], schema: Schemas.ref("ScoreCard")
        ) { request in
            let code = request.path("plan"), reference = request.query["framework"] ?? "hrgl-2024"
            let date = try request.date("as_of", default: request.today)
            let privateToo = try request.flag("include_private")
            let version = try request.service.scoreVersion(plan: code, as: request.principal)
            // The cache may answer without the service: who may not see private values never reaches it for them.
            if privateToo, try !request.service.allows(request.principal, .read, .privateValues, plan: code) {
                throw ServiceError.forbidden(
                    principal: request.principal.name, request: AccessRequest(.read, .privateValues, plan: code))
            }
            let key = "\(code)\u{1}\(reference)\u{1}\(date)\u{1}\(version)\u{1}\(privateToo)"
            let cached = try request.caches.response(key) {
                let card = try request.service.score(
                    plan: code, framework: reference, asOf: date,
                    includingPrivate: privateToo, as: request.principal)
                let body = Array(JSONWriter.compact(card.json()).utf8)
                return APICaches.CachedResponse(body: body, etag: APIServer.etag(of: body))
            }
            var response = HTTPResponse(
                status: .ok, headers: HTTPHeaders([("Content-Type", "application/json")]),
                body: cached.body)
            response.headers.set("ETag", cached.etag)
            return response
        }
    }

    private static func snapshots() -> APIRoute {
        .get(
            plan + "/snapshots", "listSnapshots", "The saved score cards of the plan, oldest first.", tag: "Scores",
            schema: .object([("type", .string("array")), ("items", Schemas.ref("Snapshot"))])
        ) { request in
            Reply.json(
                .array(
                    try request.service.snapshots(
                        plan: request.path("plan"),
                        as: request.principal
                    ).map(\.card)))
        }
    }

    private static func saveSnapshot() -> APIRoute {
        var route = APIRoute.write(
            "POST", plan + "/snapshots", "saveSnapshot", "Score the plan and save the card for good (a snapshot).",
            tag: "Scores", body: nil, status: 201, schema: Schemas.ref("Snapshot")
        ) { request in
            let card = try request.service.score(
                plan: request.path("plan"), framework: request.query["framework"] ?? "hrgl-2024",
                asOf: try request.date("as_of", default: request.today), as: request.principal)
            let id = try request.service.saveSnapshot(card, as: request.principal)
            return Reply.json(.object([("id", .integer(id)), ("card", card.json())]), status: .created)
        }
        route.query = [asOf, framework]
        return route.withLocation(plan + "/snapshots")
    }

    private static func progress() -> APIRoute {
        let compare = APIRoute.Query(
            name: "compare", description: "An earlier date: also name what became completed or overdue since.",
            schema: .object([("type", .string("string")), ("format", .string("date"))]))
        return .get(
            plan + "/progress", "progress",
            "Measures and indicators with their status, rolled up by objective and field.",
            tag: "Scores", query: [asOf, compare], schema: Schemas.ref("Progress")
        ) { request in
            let earlier = try request.date("compare")
            let result = try request.service.progress(
                plan: request.path("plan"), asOf: try request.date("as_of", default: request.today),
                comparedWith: earlier,
                as: request.principal)
            return Reply.json(result.progress.json(file: result.file, comparedWith: result.earlier))
        }
    }

    private static func due() -> APIRoute {
        let days: JSONValue = .object([
            ("type", .string("integer")), ("minimum", .integer(0)),
            (
                "maximum",
                .integer(36500)
            ),
        ])
        return .get(
            plan + "/due", "due", "Indicator values and action updates due or overdue, by responsible unit.",
            tag: "Scores",
            query: [
                asOf,
                .init(
                    name: "horizon_days",
                    description: "Also what falls due within this many days (default 30).", schema: days),
                .init(
                    name: "update_days",
                    description: "Chase action updates older than this (default: the plan's rhythm).",
                    schema: days),
            ], schema: Schemas.ref("DueList")
        ) { request in
            let date = try request.date("as_of", default: request.today)
            let updateDays = try request.query["update_days"].map { _ in
                try request.integer(
                    "update_days",
                    in: 0...36500, default: 0)
            }
            let (list, _) = try request.service.due(
                plan: request.path("plan"), asOf: date,
                horizonDays: try request.integer(
                    "horizon_days",
                    in: 0...36500, default: 30),
                updateDays: updateDays, as: request.principal)
            return Reply.json(list.json(asOf: date))
        }
    }
}
