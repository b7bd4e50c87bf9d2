/// A measure the government takes towards an objective.
public struct Action: Record {
    /// Where the action stands.
    public enum Status: String, CaseIterable, Sendable { case planned, ongoing, completed, delayed, cancelled }
    /// How far the government's powers reach over the action.
    public enum Competence: String, CaseIterable, Sendable { case own, shared, advocacyOnly = "advocacy_only" }
    /// Principles of the human rights-based approach (PANEL) the action puts into practice.
    public enum Principle: String, CaseIterable, Sendable {
        case participation, accountability, nonDiscrimination = "non_discrimination", empowerment, legality
    }

    public var code = ""
    /// The code of its objective; nil for a measure directly under a field of action (``field``), in a plan without
    /// objectives.
    public var objective: String?
    /// The code of its field of action, for a measure directly under it (a plan of axes and initiatives); nil under
    /// an objective.
    public var field: String?
    public var title = ""
    /// The title in other languages, by language tag (`{"eu": "…"}`): reports and pages in that language show it.
    public var titleTranslations: [String: String] = [:]
    public var description: String?
    /// The code of the org unit that leads the action.
    public var leadUnit: String?
    public var partnerUnits: [String] = []
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var status = Status.planned
    public var competence = Competence.own
    public var principles: [Principle] = []
    public var standards: [String] = []
    /// The action's identifier in the city's budget or ERP system.
    public var externalID: String?
    /// A programme without completion (victims' support, memory, education): judged each year by its commitments
    /// for the year (``YearlyCommitment``), never overdue; when the plan ends it is carried over or not concluded.
    public var isContinuing = false
    /// Why this entry of the plan is not a measure (a budget annex, a reporting duty): it stays in the plan, but no
    /// roll-up or criterion counts it. Nil for a measure.
    public var notAMeasure: String?
    /// For a measure of a successor plan: the code of the predecessor's measure it continues (which then stands as
    /// carried over once the predecessor ends).
    public var continues: String?

    public init() {}

    /// The code of what the measure sits under: its objective, or — in a plan without objectives — its field of action,
    /// which then stands in for an objective (``PlanFacts/objectiveUnits``).
    public var unitCode: String? { objective ?? field }

    public static let schema = RecordSchema<Action>(
        entity: "action",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. '2.1.3'."),
            .optional("objective", \.objective, .code, help: "Code of the objective (or the field, not both)."),
            .optional(
                "field", \.field, .code,
                help: "Code of the field of action, for a measure directly under it (or the objective, not both)."),
            .required("title", \.title, .text, help: "Title."),
            .dictionary(
                "title_translations", \.titleTranslations,
                help: "The title in other languages, by language tag: {\"eu\": \"…\"}."),
            .optional("description", \.description, .longText, help: "Description."),
            .optional("lead_unit", \.leadUnit, .code, help: "Code of the leading org unit."),
            .list("partner_units", \.partnerUnits, .code, help: "Codes of partner org units."),
            .optional("start_date", \.startDate, .date, help: "Planned start."),
            .optional("end_date", \.endDate, .date, help: "Planned end."),
            .required("status", \.status, .choice, help: "Status as planned or last reported."),
            .required("competence", \.competence, .choice, help: "Own, shared or advocacy only."),
            .list("hrba", \.principles, .choice, help: "Human rights-based approach principles applied."),
            .list("standards", \.standards, .code, help: "Codes of the standards it implements."),
            .optional("external_id", \.externalID, .code, help: "Identifier in the budget or ERP system."),
            .flag(
                "continuing", \.isContinuing, default: false,
                help: "A programme without completion, judged by its yearly commitments; never overdue."),
            .optional(
                "not_a_measure", \.notAMeasure, .text,
                help: "Why this entry is not a measure (a budget annex, a reporting duty): no roll-up counts it."),
            .optional(
                "continues", \.continues, .code,
                help: "The code of the predecessor plan's measure this one continues (in a successor plan)."),
        ]
    ) { action in
        var problems: [ValidationProblem] = []
        if (action.objective == nil) == (action.field == nil) {
            problems.append(
                .init(
                    path: "objective", code: action.objective == nil ? .required : .inconsistent,
                    message: "give the objective or, in a plan without objectives, the field of action (not both)"))
        }
        if let start = action.startDate, let end = action.endDate, end < start.first {
            problems.append(
                .init(path: "end_date", code: .inconsistent, message: "must not be before start_date (\(start))"))
        }
        return problems
    }
}
