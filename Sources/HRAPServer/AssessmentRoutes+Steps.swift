import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

extension AssessmentRoutes {
    /// The reviewer a sheet belongs to: the one named (an admin enters a reviewer's sheet), else the token's own
    /// identity; the access policy decides whether the token may write it.
    private static func reviewer(_ request: APIRequest, named given: String?) -> String {
        given ?? request.principal.identity
    }

    static func rate() -> APIRoute {
        let body: JSONValue = .object([
            ("type", .string("object")),
            (
                "description",
                .string(
                    "A rating sheet: {\"format\": \"hrap-rating-sheet/1\", "
                        + "\"reviewer\": CODE (admins only), \"ratings\": [...], \"follow_ups\": [...]}")
            ),
        ])
        return .write(
            "POST", round + "/ratings", "rate",
            "Record ratings on the reviewer's draft sheet, all or nothing; every bad rating is listed.",
            tag: "Assessments", body: body, status: 201,
            schema: .object([
                (
                    "type",
                    .string("object")
                )
            ])
        ) { request in
            let json = try request.json()
            let (sheet, problems) = RatingSheetFile.decode(json: json)
            let reviewer = reviewer(request, named: json["reviewer"]?.string)
            let (outcome, _) = try request.service.rate(
                sheet, readProblems: problems, reviewer: reviewer, round: request.path("round"),
                plan: request.path("plan"),
                supersede: false, source: "the rating sheet", as: request.principal)
            return Reply.json(
                .object([
                    ("sheet", .integer(Int64(outcome.sheet))), ("recorded", .integer(Int64(outcome.recorded))),
                    ("unchanged", .integer(Int64(outcome.unchanged))),
                ]), status: .created)
        }
    }

    static func submit() -> APIRoute {
        let body: JSONValue = .object([
            ("type", .string("object")), ("additionalProperties", .bool(false)),
            ("properties", .object([("reviewer", .object([("type", .string("string"))]))])),
        ])
        return .write(
            "POST", round + "/submissions", "submitSheet",
            "Submit the reviewer's draft sheet; it is never edited afterwards.", tag: "Assessments",
            body: body, status: 201, schema: .object([("type", .string("object"))])
        ) { request in
            let members = request.http.body.isEmpty ? [] : try request.jsonObject()
            if let unknown = members.first(where: { $0.0 != "reviewer" }) {
                throw APIError.badBody("unknown field '\(unknown.0)'")
            }
            let reviewer = reviewer(request, named: members.first?.1.string)
            let number = try request.service.submitSheet(
                reviewer: reviewer, round: request.path("round"), plan: request.path("plan"), as: request.principal)
            return Reply.json(
                .object([("reviewer", .string(reviewer)), ("sheet", .integer(Int64(number)))]),
                status: .created)
        }
    }

    /// Closing (finalising) or reopening a round.
    static func step(_ name: String) -> APIRoute {
        .write(
            "POST", round + "/" + name, name + "Round",
            name == "close" ? "Finalise the round for good." : "Start the next version of a finalised round.",
            tag: "Assessments", body: nil, schema: .object([("type", .string("object"))])
        ) { request in
            let (code, plan) = (request.path("round"), request.path("plan"))
            let round =
                name == "close"
                ? try request.service.closeAssessment(code, plan: plan, as: request.principal)
                : try request.service.reopenAssessment(code, plan: plan, as: request.principal)
            return Reply.json(Assessment.schema.encode(round))
        }
    }

    static func recommend() -> APIRoute {
        .write(
            "POST", round + "/recommendations", "recommend", "Add a recommendation to the round.",
            tag: "Assessments",
            body: Schemas.ref("Recommendation"), status: 201, schema: Schemas.ref("Recommendation")
        ) { request in
            let (recommendation, problems) = Recommendation.schema.decode(try request.json(), path: "")
            guard problems.isEmpty else { throw ValidationError(source: "the recommendation", problems: problems) }
            try request.service.recommend(
                recommendation, round: request.path("round"), plan: request.path("plan"), as: request.principal)
            return Reply.json(Recommendation.schema.encode(recommendation), status: .created)
        }
    }

    static func respond() -> APIRoute {
        .write(
            "POST", APIRoutes.base + "/plans/{plan}/recommendation-responses", "respond",
            "Record the city's response to a recommendation (the latest counts; all are kept).", tag: "Assessments",
            body: Schemas.ref("RecommendationResponse"), status: 201,
            schema: Schemas.ref("RecommendationResponse")
        ) { request in
            let json = try request.json()
            let (response, problems) = RecommendationResponse.schema.decode(json, path: "")
            let stamped = ["recorded_at", "recorded_by"].filter { json[$0] != nil }.map {
                ValidationProblem(
                    path: $0, code: .notAllowed,
                    message: "is set by the server from the token and the time")
            }
            guard problems.isEmpty, stamped.isEmpty else {
                throw ValidationError(source: "the response", problems: problems + stamped)
            }
            try request.service.respond(response, plan: request.path("plan"), as: request.principal)
            return Reply.json(RecommendationResponse.schema.encode(response), status: .created)
        }
    }
}
