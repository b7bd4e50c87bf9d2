import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// The record commands of hrap, one per record type, built from the schemas.
enum EntityCatalog {
    static func commands(_ context: CommandContext) -> [Command] {
        [
            EntityCommands<Government>(
                name: "government", abstract: "Record the local or regional governments that adopt plans.",
                context: context, isPlanScoped: false, identity: ["code"],
                columns: ["code", "name", "country", "level", "population"],
                examples: [
                    "create":
                        "hrap government create --code AT-graz --name 'City of Graz' --country AT --level municipality"
                ],
                load: { service, parsed in try service.governments(as: context.principal(parsed)) }
            ).command(),
            EntityCommands<Plan>(
                name: "plan", abstract: "Record human rights action plans.",
                context: context, isPlanScoped: false, identity: ["code"],
                columns: ["code", "government", "title", "period_start", "period_end", "status", "published"],
                examples: [
                    "create":
                        "hrap plan create --code graz-2024 --government AT-graz --title 'Action plan' --kind comprehensive --period-start 2024-01-01 --period-end 2028-12-31 --status draft",
                    "update":
                        "hrap plan update --code graz-2024 --status adopted --adoption-date 2024-03-14 --adopted-by council",
                ],
                load: { service, parsed in try service.plans(as: context.principal(parsed)) }
            ).command(),
            planScoped(
                OrgUnit.self, "unit", "Record the departments, agencies and partners that lead actions.", context,
                columns: ["code", "name", "kind"],
                example: "hrap unit create --plan graz-2024 --code SOC --name 'Social Services' --kind department"),
            planScoped(
                StandardReference.self, "standard", "Record the human rights standards the plan cites.", context,
                columns: ["code", "type", "label"],
                example:
                    "hrap standard create --plan graz-2024 --code 'SDG 11.1' --type sdg_target --label 'Adequate housing'",
                extra: [StandardLink.command(context)]),
            planScoped(
                FieldOfAction.self, "field", "Record the fields of action (top level of the plan).", context,
                columns: ["code", "title"], example: "hrap field create --plan graz-2024 --code 1 --title Housing"),
            planScoped(
                Objective.self, "objective", "Record the objectives of each field of action.", context,
                columns: ["code", "field", "title", "standards"],
                example: "hrap objective create --plan graz-2024 --code 1.1 --field 1 --title 'End rough sleeping'"),
            planScoped(
                Action.self, "action", "Record the actions that pursue each objective.", context,
                columns: ["code", "objective", "title", "lead_unit", "start_date", "end_date", "status"],
                example:
                    "hrap action create --plan graz-2024 --code 1.1.1 --objective 1.1 --title 'Housing First' --status ongoing --competence own --lead-unit SOC",
                annotate: { service, parsed in try currentStatuses(service, parsed, context) }),
            planScoped(
                Indicator.self, "indicator", "Record the indicators of the plan, its objectives and actions.", context,
                columns: ["code", "objective", "action", "name", "type", "unit", "baseline_value", "target_value"],
                example:
                    "hrap indicator create --plan graz-2024 --code 1.1.a --objective 1.1 --name 'People sleeping rough' --type outcome --value-type number --direction decrease --baseline-value 41 --baseline-date 2023-11-15 --target-value 5 --target-date 2028-11-15"
            ),
            planScoped(
                BudgetLine.self, "budget",
                "Set the budget lines of actions, fields or the plan (planned, allocated, spent).",
                context, identity: ["action", "field", "fiscal_year", "funding_source", "budget_code"],
                columns: [
                    "action", "field", "fiscal_year", "planned", "allocated", "spent", "currency", "funding_source",
                    "budget_code",
                ],
                example:
                    "hrap budget set --plan graz-2024 --action 1.1.1 --fiscal-year 2025 --planned 120000 --allocated 110000 --spent 64000 --currency EUR --funding-source own"
            ),
            planScoped(
                ParticipationEvent.self, "event", "Record participation events with rights-holders.", context,
                columns: ["code", "date", "title", "phase", "format", "participants"],
                example:
                    "hrap event create --plan graz-2024 --code P1 --title 'Hearing' --date 2024-02-01 --phase drafting --format hearing --stakeholder-groups 'residents,NGOs'"
            ),
            planScoped(
                Body.self, "body", "Record the coordinating, monitoring and advisory bodies.", context,
                columns: ["code", "name", "role", "internal_members", "external_members"],
                example:
                    "hrap body create --plan graz-2024 --code HRMB --name 'Monitoring board' --role monitoring --external-members 6"
            ),
            planScoped(
                ProgressReport.self, "report", "Record the published progress reports.", context,
                columns: ["code", "date", "type", "title", "presented_to_council"],
                example:
                    "hrap report create --plan graz-2024 --code R2024 --title 'Annual report 2024' --date 2025-04-24 --type annual --presented-to-council true"
            ),
            planScoped(
                NotApplicable.self, "not-applicable",
                "Mark encouragements or criteria of a framework as outside the plan's competence.", context,
                identity: ["framework", "encouragement", "criterion"],
                columns: ["framework", "encouragement", "criterion", "reason"],
                example:
                    "hrap not-applicable set --plan graz-2024 --framework hrgl-2024 --encouragement 4 --criterion national --reason 'No national action plan exists to align with'"
            ),
            planScoped(
                Evaluation.self, "evaluation", "Record evaluations, their recommendations and the city's responses.",
                context,
                columns: ["code", "date", "stage", "evaluator", "title"],
                example:
                    "hrap evaluation create --plan graz-2024 --code EV1 --title 'Mid-term evaluation' --stage mid_term --evaluator external --date 2026-06-30"
            ),
        ]
    }

    private static func planScoped<R: PlanRecord>(
        _ type: R.Type, _ name: String, _ abstract: String, _ context: CommandContext, identity: [String] = ["code"],
        columns: [String], example: String, extra: [Command] = [],
        annotate: (@Sendable (HRAPService, ParsedArguments) throws -> [String: [(String, JSONValue)]])? = nil
    ) -> Command {
        let word = identity == ["code"] ? "create" : "set"
        return EntityCommands<R>(
            name: name, abstract: abstract, context: context, isPlanScoped: true, identity: identity, columns: columns,
            examples: [word: example],
            load: { service, parsed in
                try service.records(R.self, plan: try context.plan(parsed), as: context.principal(parsed))
            },
            annotate: annotate,
            retire: { service, parsed, record in
                try service.retireRecord(
                    R.self, plan: try context.plan(parsed),
                    identity: R.identity.map { R.schema.field(named: $0)?.get(record) },
                    expecting: HRAPService.etag(R.schema.encode(record)), as: context.principal(parsed))
            }
        ).command(extra: extra)
    }

    /// An action's current status today (from its latest progress update, else as recorded), the recorded one, and
    /// where the current one comes from: what `action list|show` print, so that they agree with `hrap progress`.
    private static func currentStatuses(
        _ service: HRAPService, _ parsed: ParsedArguments, _ context: CommandContext
    ) throws -> [String: [(String, JSONValue)]] {
        let today = context.clock().date
        let statuses = try service.actionStatuses(
            plan: try context.plan(parsed), asOf: today, as: context.principal(parsed))
        let recorded = Dictionary(
            try service.records(Action.self, plan: try context.plan(parsed), as: context.principal(parsed)).map {
                ($0.code, $0.status)
            },
            uniquingKeysWith: { first, _ in first })
        var annotations: [String: [(String, JSONValue)]] = [:]
        for (code, current) in statuses {
            annotations[code] = [
                ("status", .string(current.status.rawValue)),
                ("recorded_status", .string(recorded[code]?.rawValue ?? "")),
                ("status_source", .string(current.since.map { "update \($0)" } ?? "as recorded")),
            ]
        }
        return annotations
    }
}
