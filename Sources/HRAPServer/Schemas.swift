import HRAPCore
import JSONCoding

/// The OpenAPI document's component schemas: every record from its one declaration (``RecordSchema``), and the
/// shapes of the computed results.
enum Schemas {
    /// A reference to a component schema.
    static func ref(_ name: String) -> JSONValue {
        .object([("$ref", .string("#/components/schemas/\(name)"))])
    }

    /// A reference to the component that changes some fields of a record.
    static func patch(_ name: String) -> JSONValue { ref(name + "Changes") }

    /// The records, by component name; the stamps the service writes are read-only.
    static let records: [(String, JSONValue)] = [
        ("Government", Government.schema.jsonSchema()), ("Plan", Plan.schema.jsonSchema()),
        ("OrgUnit", OrgUnit.schema.jsonSchema()), ("Standard", StandardReference.schema.jsonSchema()),
        ("FieldOfAction", FieldOfAction.schema.jsonSchema()), ("Objective", Objective.schema.jsonSchema()),
        ("Action", Action.schema.jsonSchema()), ("Indicator", Indicator.schema.jsonSchema()),
        ("BudgetLine", BudgetLine.schema.jsonSchema()), ("ParticipationEvent", ParticipationEvent.schema.jsonSchema()),
        ("Body", Body.schema.jsonSchema()), ("ProgressReport", ProgressReport.schema.jsonSchema()),
        ("Evaluation", Evaluation.schema.jsonSchema()), ("NotApplicable", NotApplicable.schema.jsonSchema()),
        ("Measurement", Measurement.schema.jsonSchema()), ("ProgressUpdate", ProgressUpdate.schema.jsonSchema()),
        ("ReportNarrative", ReportNarrative.schema.jsonSchema()),
        ("YearlyCommitment", YearlyCommitment.schema.jsonSchema()),
        ("Reviewer", Reviewer.schema.jsonSchema()), ("Recommendation", Recommendation.schema.jsonSchema()),
        ("RecommendationResponse", RecommendationResponse.schema.jsonSchema()),
    ].map { ($0.0, stampsReadOnly($0.1)) }

    /// A record's schema with the fields the service stamps (`recorded_at`, `recorded_by`, `created_at`,
    /// `invited_at`) marked `readOnly`: answers carry them; requests leave them out.
    static func stampsReadOnly(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema, let index = members.firstIndex(where: { $0.0 == "properties" }),
            case .object(var properties) = members[index].1
        else { return schema }
        let stamps: Set = ["recorded_at", "recorded_by", "created_at", "invited_at"]
        for position in properties.indices where stamps.contains(properties[position].0) {
            if case .object(var property) = properties[position].1 {
                property.append(("readOnly", .bool(true)))
                properties[position].1 = .object(property)
            }
        }
        members[index].1 = .object(properties)
        return .object(members)
    }

    /// Records that are changed field by field (PATCH): the same members, none required.
    static let patchable = [
        "Government", "Plan", "OrgUnit", "Standard", "FieldOfAction", "Objective", "Action", "Indicator",
        "ParticipationEvent", "Body", "ProgressReport", "Evaluation",
    ]

    /// Every component schema.
    static func components() -> [(String, JSONValue)] {
        var result = records
        for name in patchable {
            guard case .object(var members)? = records.first(where: { $0.0 == name })?.1 else { continue }
            members.removeAll { $0.0 == "required" }
            result.append((name + "Changes", .object(members)))
        }
        return result + computed
    }

    private static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        .object([
            ("type", .string("object")), ("properties", .object(properties)),
            ("required", .array(required.map(JSONValue.string))),
        ])
    }

    private static let anyObject: JSONValue = .object([("type", .string("object"))])
    private static let string: JSONValue = .object([("type", .string("string"))])
    private static let integer: JSONValue = .object([("type", .string("integer"))])
    /// A count (a spreadsheet's unchanged rows) or a yes/no (a plan file left unchanged).
    private static let anyScalar: JSONValue = .object([("type", .array([.string("integer"), .string("boolean")]))])
    private static let nullableString: JSONValue = .object([("type", .array([.string("string"), .string("null")]))])

    /// Results computed by the service, as the surfaces render them (free-form where the report layer owns the shape).
    static let computed: [(String, JSONValue)] = [
        (
            "Problem",
            object(
                [
                    ("type", string), ("title", string), ("status", integer), ("code", string), ("detail", string),
                    (
                        "errors",
                        .object([
                            ("type", .string("array")),
                            (
                                "items",
                                object([
                                    ("pointer", string), ("location", string), ("code", string), ("detail", string),
                                ])
                            ),
                        ])
                    ),
                ], required: ["type", "title", "status", "code", "detail"])
        ),
        ("ScoreCard", ScoreCard.jsonSchema), ("Progress", anyObject), ("DueList", anyObject), ("PlanFile", anyObject),
        ("AssessmentSummary", anyObject), ("Framework", anyObject),
        (
            "WriteResult",
            object(
                [
                    ("outcome", .object([("enum", .array([.string("appended"), .string("unchanged")]))]))
                ], required: ["outcome"])
        ),
        (
            "SubmissionResult",
            object(
                [
                    ("outcome", .object([("enum", .array([.string("awaiting_approval")]))])),
                    ("submission", ref("Submission")),
                ], required: ["outcome", "submission"])
        ),
        (
            "Submission",
            object(
                [
                    ("id", integer), ("plan", string),
                    (
                        "entity",
                        .object([
                            (
                                "enum",
                                .array([
                                    .string("measurement"), .string("progress_update"),
                                ])
                            )
                        ])
                    ), ("label", string), ("record", anyObject), ("submitted_at", string), ("submitted_by", string),
                    ("decision", .object([("enum", .array([.string("approved"), .string("rejected"), .null]))])),
                    ("reason", nullableString), ("decided_at", nullableString), ("decided_by", nullableString),
                    ("entry_id", .object([("type", .array([.string("integer"), .string("null")]))])),
                ], required: ["id", "plan", "entity", "label", "record", "submitted_at", "submitted_by", "decision"])
        ),
        (
            "Decision",
            .object([
                ("type", .string("object")), ("properties", .object([("reason", string)])),
                ("additionalProperties", .bool(false)),
            ])
        ),
        (
            "ImportResult",
            .object([
                ("type", .string("object")),
                (
                    "description",
                    .string(
                        "What an import did: a spreadsheet's rows, inserted, corrected and unchanged, and the dialect "
                            + "read; a plan file's plan, whether it was unchanged, and counts by section.")
                ),
                (
                    "properties",
                    .object([
                        ("rows", integer), ("inserted", integer), ("corrected", integer), ("unchanged", anyScalar),
                        ("dialect", .object([("enum", .array([.string("comma"), .string("semicolon")]))])),
                        ("plan", string), ("sections", .object([("type", .string("object"))])),
                    ])
                ),
            ])
        ),
        (
            "MeasurementVersion",
            object(
                [
                    ("id", integer), ("current", .object([("type", .string("boolean"))])),
                    ("measurement", ref("Measurement")),
                ], required: ["id", "current", "measurement"])
        ),
        ("Snapshot", anyObject), ("RoundStatus", anyObject), ("AuditEntry", anyObject), ("Token", anyObject),
        ("CreatedToken", object([("token", string), ("record", ref("Token"))], required: ["token", "record"])),
    ]
}
