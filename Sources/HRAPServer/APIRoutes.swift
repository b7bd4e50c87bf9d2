import HRAPCore
import HRAPUseCases
import JSONCoding

/// Every operation of the REST API, in the order the OpenAPI document lists them.
enum APIRoutes {
    static let base = "/api/v1"

    static func all() -> [APIRoute] {
        MetaRoutes.routes() + planRoutes() + ProgressRoutes.routes() + ApprovalRoutes.routes() + ScoreRoutes.routes()
            + AssessmentRoutes.routes() + AdminRoutes.routes()
    }

    /// Governments, plans and the records of a plan.
    static func planRoutes() -> [APIRoute] {
        let plan = base + "/plans/{plan}"
        func scoped<R: PlanRecord>(_ type: R.Type, _ path: String, _ name: String) -> RecordRoutes<R> {
            RecordRoutes<R>(collection: plan + "/" + path, name: name, tag: "Plan records", planScoped: true)
        }
        return RecordRoutes<Government>(
            collection: base + "/governments", name: "Government", tag: "Plans", planScoped: false
        ).byCode()
            + RecordRoutes<Plan>(collection: base + "/plans", name: "Plan", tag: "Plans", planScoped: false).byCode()
            + scoped(OrgUnit.self, "units", "OrgUnit").byCode()
            + scoped(StandardReference.self, "standards", "Standard").byCode()
            + scoped(FieldOfAction.self, "fields", "FieldOfAction").byCode()
            + scoped(Objective.self, "objectives", "Objective").byCode()
            + scoped(Action.self, "actions", "Action").byCode()
            + scoped(Indicator.self, "indicators", "Indicator").byCode()
            + scoped(ParticipationEvent.self, "events", "ParticipationEvent").byCode()
            + scoped(Body.self, "bodies", "Body").byCode()
            + scoped(ProgressReport.self, "reports", "ProgressReport").byCode()
            + scoped(Evaluation.self, "evaluations", "Evaluation").byCode()
            + scoped(BudgetLine.self, "budget-lines", "BudgetLine")
            .byIdentity(["action", "field", "fiscal_year", "funding_source", "budget_code"])
            + scoped(NotApplicable.self, "not-applicable", "NotApplicable")
            .byIdentity(["framework", "encouragement", "criterion"])
            + [standardLink(plan)]
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
