import HRAPUseCases
import HTTPServing
import JSONCoding

/// Approval before publication: the queue of a plan's submissions, approve, and reject with a reason.
enum ApprovalRoutes {
    static let submissions = ProgressRoutes.plan + "/submissions"

    static func routes() -> [APIRoute] {
        [list(), show(), decide(approve: true), decide(approve: false)]
    }

    private static func list() -> APIRoute {
        .get(
            submissions, "listSubmissions",
            "Officers' entries waiting for approval (oldest first), "
                + "or with state=all every submission (newest first).",
            tag: "Approval",
            query: [
                .init(
                    name: "state", description: "pending (default) or all.",
                    schema: .object([("enum", .array([.string("pending"), .string("all")]))]))
            ]
                + Reply.pageQuery,
            schema: Reply.pageSchema(Schemas.ref("Submission"))
        ) { request in
            let state = request.query["state"] ?? "pending"
            guard state == "pending" || state == "all" else {
                throw APIError.badQuery("state must be pending or all")
            }
            let page = try request.service.submissions(
                plan: request.path("plan"), pendingOnly: state == "pending",
                after: request.query["cursor"] == nil ? nil : try Cursor.key(request.query["cursor"]),
                limit: try Reply.limit(request), as: request.principal)
            return Reply.page(page) { $0.json() }
        }
    }

    private static func show() -> APIRoute {
        .get(
            submissions + "/{id}", "getSubmission", "One submission with its decision.", tag: "Approval",
            schema: Schemas.ref("Submission")
        ) { request in
            Reply.json(
                try request.service.submission(
                    try id(request), plan: request.path("plan"),
                    as: request.principal
                ).json())
        }
    }

    private static func decide(approve: Bool) -> APIRoute {
        let verb = approve ? "approve" : "reject"
        let summary =
            approve
            ? "Approve a waiting entry: it is appended and counts everywhere (not by its submitter)."
            : "Reject a waiting entry with a reason: it stays in the history of submissions and counts nowhere."
        return .write(
            "POST", submissions + "/{id}/" + verb, verb + "Submission", summary, tag: "Approval",
            body: Schemas.ref("Decision"), schema: Schemas.ref("Submission")
        ) { request in
            let members = try request.jsonObject()
            if let unknown = members.first(where: { $0.0 != "reason" }) {
                throw APIError.badBody("unknown member '\(unknown.0)': a decision takes only a reason")
            }
            let reason = members.first { $0.0 == "reason" }?.1
            guard reason == nil || reason?.string != nil else {
                throw APIError.badBody("reason must be a string")
            }
            let decided = try request.service.decide(
                try id(request), plan: request.path("plan"), approve: approve, reason: reason?.string,
                as: request.principal)
            return Reply.json(decided.json())
        }
    }

    private static func id(_ request: APIRequest) throws -> Int64 {
        guard let id = Int64(request.path("id")) else {
            throw APIError.notFound("no submission '\(request.path("id"))'")
        }
        return id
    }
}
