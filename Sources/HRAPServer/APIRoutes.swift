import HRAPCore
import HRAPUseCases
import JSONCoding

/// Every operation of the REST API, in the order the OpenAPI document lists them.
enum APIRoutes {
    static let base = "/api/v1"

    static func all() -> [APIRoute] {
        (MetaRoutes.routes() + planRoutes() + ProgressRoutes.routes() + ApprovalRoutes.routes() + ScoreRoutes.routes()
            + AssessmentRoutes.routes() + AdminRoutes.routes()).map { route in
                guard !route.answersWithLocation, let location = createdLocations[route.operationID] else {
                    return route
                }
                return route.withLocation(location)
            }
    }

    /// Where a 201 of the assessment and token routes points: the round the rating, sheet, reviewer or
    /// recommendation joined, the plan's rounds for a new round or a response, the tokens for a token (whose
    /// secret is never listed). A test checks that every 201 of the API is documented with its `Location`.
    static let createdLocations: [String: String] = [
        "rate": AssessmentRoutes.round, "submitSheet": AssessmentRoutes.round, "recommend": AssessmentRoutes.round,
        "inviteReviewer": AssessmentRoutes.round, "openRound": AssessmentRoutes.rounds,
        "respond": AssessmentRoutes.rounds, "createToken": base + "/tokens",
    ]

    /// The API's path segment and component name of each section of a plan's structure, in the document's order
    /// (measurements and progress updates have routes of their own; a test checks every section has a row).
    static let sectionPaths: [(type: any PlanRecord.Type, path: String, name: String)] = [
        (OrgUnit.self, "units", "OrgUnit"), (StandardReference.self, "standards", "Standard"),
        (FieldOfAction.self, "fields", "FieldOfAction"), (Objective.self, "objectives", "Objective"),
        (Action.self, "actions", "Action"), (Indicator.self, "indicators", "Indicator"),
        (ParticipationEvent.self, "events", "ParticipationEvent"), (Body.self, "bodies", "Body"),
        (ProgressReport.self, "reports", "ProgressReport"), (Evaluation.self, "evaluations", "Evaluation"),
        (BudgetLine.self, "budget-lines", "BudgetLine"), (NotApplicable.self, "not-applicable", "NotApplicable"),
    ]

    /// Governments, plans and the records of a plan: by code where the section's records have one, else by the
    /// identity the core declares.
    static func planRoutes() -> [APIRoute] {
        let plan = base + "/plans/{plan}"
        let governments = RecordRoutes<Government>(
            collection: base + "/governments", name: "Government", tag: "Plans", planScoped: false)
        let plans = RecordRoutes<Plan>(collection: base + "/plans", name: "Plan", tag: "Plans", planScoped: false)
        var sections: [APIRoute] = []
        for section in sectionPaths {
            sections += routes(section.type, plan + "/" + section.path, section.name)
        }
        return governments.byCode() + plans.byCode() + sections + [standardLink(plan)]
    }

    private static func routes<R: PlanRecord>(_ type: R.Type, _ collection: String, _ name: String) -> [APIRoute] {
        let routes = RecordRoutes<R>(collection: collection, name: name, tag: "Plan records", planScoped: true)
        return R.identity == ["code"] ? routes.byCode() : routes.byIdentity(R.identity)
    }

    private static func standardLink(_ plan: String) -> APIRoute {
        let body: JSONValue = .object([
            ("type", .string("object")), ("required", .array([.string("to")])), ("additionalProperties", .bool(false)),
            (
                "properties",
                .object([
                    (
                        "to",
                        .object([
                            ("type", .string("string")),
                            (
                                "description",
                                .string("field:CODE, objective:CODE, action:CODE or indicator:CODE")
                            ),
                        ])
                    )
                ])
            ),
        ])
        return .write(
            "POST", plan + "/standards/{code}/citations", "citeStandard",
            "Cite a standard from a field of action, objective, action or indicator.", tag: "Plan records",
            body: body, schema: Schemas.ref("Standard")
        ) { request in
            let members = try request.jsonObject()
            guard members.count == 1, let target = members.first(where: { $0.0 == "to" })?.1.string else {
                throw APIError.badBody("the body is {\"to\": \"objective:1.1\"}")
            }
            try request.service.linkStandard(
                request.path("code"), to: try StandardCitation(target), plan: request.path("plan"),
                as: request.principal)
            let standards = try request.service.records(
                StandardReference.self, plan: request.path("plan"),
                as: request.principal)
            guard let standard = standards.first(where: { $0.code == request.path("code") }) else {
                throw ServiceError.notFound(entity: "standard", label: request.path("code"), known: [])
            }
            return Reply.json(StandardReference.schema.encode(standard))
        }
    }
}
