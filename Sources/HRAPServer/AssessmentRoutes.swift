import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding

/// Self-, peer- and external assessment rounds: what each principal may see follows the blind-review rules.
enum AssessmentRoutes {
    static let rounds = APIRoutes.base + "/plans/{plan}/assessments"
    static let round = rounds + "/{round}"

    static func routes() -> [APIRoute] {
        [list(), open(), view(), invite(), rate(), submit(), step("close"), step("reopen"), recommend(), respond()]
    }

    private static func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        .object([
            ("type", .string("object")), ("properties", .object(properties)),
            ("required", .array(required.map(JSONValue.string))), ("additionalProperties", .bool(false)),
        ])
    }

    private static let text: JSONValue = .object([("type", .string("string"))])

    private static func list() -> APIRoute {
        .get(
            rounds, "listRounds", "The plan's rounds, every version, with who has submitted (no ratings).",
            tag: "Assessments",
            schema: .object([
                ("type", .string("array")),
                (
                    "items",
                    Schemas.ref("RoundStatus")
                ),
            ])
        ) { request in
            let statuses = try request.service.roundStatuses(plan: request.path("plan"), as: request.principal)
            return Reply.json(.array(statuses.map(json)))
        }
    }

    static func json(_ status: RoundStatus) -> JSONValue {
        .object([
            ("round", Assessment.schema.encode(status.round)), ("submitted", .integer(Int64(status.submitted))),
            (
                "reviewers",
                .array(
                    status.reviewers.map { reviewer in
                        .object([
                            ("code", .string(reviewer.reviewer.code)),
                            (
                                "sheet",
                                reviewer.sheet.map { .integer(Int64($0)) } ?? .null
                            ),
                            ("rated", .integer(Int64(reviewer.rated))),
                            ("submitted_at", reviewer.submittedAt.map { .string($0.description) } ?? .null),
                        ])
                    })
            ),
        ])
    }

    private static func open() -> APIRoute {
        let body = object(
            [
                ("code", text), ("title", text),
                (
                    "kind",
                    .object([
                        (
                            "enum",
                            .array(
                                [
                                    "self", "peer",
                                    "external",
                                ].map(JSONValue.string))
                        )
                    ])
                ),
                ("framework", text), ("as_of", .object([("type", .string("string")), ("format", .string("date"))])),
                (
                    "automatic_weight",
                    .object([
                        ("type", .string("number")), ("minimum", .integer(0)),
                        (
                            "maximum",
                            .integer(1)
                        ),
                    ])
                ),
                ("blind", .object([("type", .string("boolean"))])), ("self_assessment", text),
            ], required: ["code", "kind", "as_of"])
        return .write(
            "POST", rounds, "openRound", "Open a round; the token's holder becomes its coordinator.",
            tag: "Assessments", body: body, status: 201, schema: Schemas.ref("RoundStatus")
        ) { request in
            let members = try request.jsonObject()
            let allowed = [
                "code", "title", "kind", "framework", "as_of", "automatic_weight", "blind",
                "self_assessment",
            ]
            if let unknown = members.first(where: { !allowed.contains($0.0) }) {
                throw ValidationError(
                    source: "the round",
                    problems: [
                        ValidationProblem(path: unknown.0, code: .unknownName, message: "unknown field '\(unknown.0)'")
                    ])
            }
            func value(_ name: String) -> JSONValue? { members.last { $0.0 == name }?.1 }
            guard let code = value("code")?.string, let kind = value("kind")?.string,
                let asOf = value("as_of")?.string.flatMap({ CalendarDate($0) })
            else {
                throw APIError.badBody("code, kind and as_of (a date) are required")
            }
            let opening = RoundOpening(
                code: code, title: value("title")?.string, kind: kind,
                framework: value("framework")?.string ?? "hrgl-2024",
                asOf: asOf, automaticWeight: value("automatic_weight") ?? .number(0.5),
                blind: value("blind") != .bool(false), selfAssessment: value("self_assessment")?.string)
            let (round, _) = try request.service.openAssessment(
                opening, plan: request.path("plan"),
                as: request.principal)
            return Reply.json(Assessment.schema.encode(round), status: .created)
        }
    }

    private static func view() -> APIRoute {
        .get(
            round, "getRound", "A round as the token may see it: blind rounds hide others' sheets until allowed.",
            tag: "Assessments", schema: Schemas.ref("AssessmentSummary")
        ) { request in
            let view = try request.service.roundView(
                request.path("round"), plan: request.path("plan"),
                as: request.principal)
            return Reply.json(
                .object([
                    ("summary", view.summary.json()), ("hidden_sheets", .integer(Int64(view.hiddenSheets))),
                    ("viewer", .string(String(describing: view.viewer))),
                ]))
        }
    }

    private static func invite() -> APIRoute {
        .write(
            "POST", round + "/reviewers", "inviteReviewer", "Invite a reviewer to the round.", tag: "Assessments",
            body: Schemas.ref("Reviewer"), status: 201, schema: Schemas.ref("Reviewer")
        ) { request in
            let (reviewer, problems) = Reviewer.schema.decode(try request.json(), path: "")
            guard problems.isEmpty else { throw ValidationError(source: "the reviewer", problems: problems) }
            try request.service.invite(
                reviewer, to: request.path("round"), plan: request.path("plan"),
                as: request.principal)
            return Reply.json(Reviewer.schema.encode(reviewer), status: .created)
        }
    }
}
