import JSONCoding

/// A record type with an identity of its own: a government, a plan, or a record of one of a plan's sections. What
/// identifies a record, which section of the plan file holds it and whether it is append-only are declared here once;
/// the plan file, the store's tables, the command line's entity commands and the API's routes are derived from them.
public protocol IdentifiedRecord: Record {
    /// The fields that identify a record (within its plan, for a plan's records); for append-only records, the key
    /// that a value and its corrections share.
    static var identity: [String] { get }
    /// The plural name of the records: a plan's section in the plan file, and the store's table.
    static var collection: String { get }
}

extension IdentifiedRecord {
    /// Most records are identified by their code.
    public static var identity: [String] { ["code"] }

    /// A record's identity as text: its identity fields' values, joined by spaces (`1.1.b 2025-12-31`).
    public static func label(of record: Self) -> String {
        label(of: record, fields: identity.compactMap { schema.field(named: $0) })
    }

}

extension Record {
    /// A record's identity as text, from its identity fields found already (a caller labelling many records).
    public static func label(of record: Self, fields: [Field<Self>]) -> String {
        fields.compactMap { field in field.get(record).map { json in json.string ?? JSONWriter.compact(json) } }
            .joined(separator: " ")
    }
}

/// A record type that belongs to a plan and has a section of its own in the plan file.
public protocol PlanRecord: IdentifiedRecord {
    /// Its section of the plan file.
    static var section: WritableKeyPath<PlanFile, [Self]> { get }
    /// Whether a record is never changed in place: a changed value is appended and supersedes the older one (the
    /// progress data), so that history is never lost.
    static var isAppendOnly: Bool { get }
}

extension PlanRecord {
    /// Its section's key in the plan file.
    public static var sectionName: String { collection }
    /// Plan structure is changed in place (and audited).
    public static var isAppendOnly: Bool { false }
}

extension Government: IdentifiedRecord {
    public static var collection: String { "governments" }
}

extension Plan: IdentifiedRecord {
    public static var collection: String { "plans" }
}

extension OrgUnit: PlanRecord {
    public static var collection: String { "org_units" }
    public static var section: WritableKeyPath<PlanFile, [OrgUnit]> { \.orgUnits }
}

extension StandardReference: PlanRecord {
    public static var collection: String { "standards" }
    public static var section: WritableKeyPath<PlanFile, [StandardReference]> { \.standards }
}

extension FieldOfAction: PlanRecord {
    public static var collection: String { "fields" }
    public static var section: WritableKeyPath<PlanFile, [FieldOfAction]> { \.fields }
}

extension Objective: PlanRecord {
    public static var collection: String { "objectives" }
    public static var section: WritableKeyPath<PlanFile, [Objective]> { \.objectives }
}

extension Action: PlanRecord {
    public static var collection: String { "actions" }
    public static var section: WritableKeyPath<PlanFile, [Action]> { \.actions }
}

extension Indicator: PlanRecord {
    public static var collection: String { "indicators" }
    public static var section: WritableKeyPath<PlanFile, [Indicator]> { \.indicators }
}

extension BudgetLine: PlanRecord {
    public static var identity: [String] { ["action", "field", "fiscal_year", "funding_source", "budget_code"] }
    public static var collection: String { "budget_lines" }
    public static var section: WritableKeyPath<PlanFile, [BudgetLine]> { \.budgetLines }
}

extension ParticipationEvent: PlanRecord {
    public static var collection: String { "participation_events" }
    public static var section: WritableKeyPath<PlanFile, [ParticipationEvent]> { \.participationEvents }
}

extension Body: PlanRecord {
    public static var collection: String { "bodies" }
    public static var section: WritableKeyPath<PlanFile, [Body]> { \.bodies }
}

extension ProgressReport: PlanRecord {
    public static var collection: String { "reports" }
    public static var section: WritableKeyPath<PlanFile, [ProgressReport]> { \.reports }
}

extension Evaluation: PlanRecord {
    public static var collection: String { "evaluations" }
    public static var section: WritableKeyPath<PlanFile, [Evaluation]> { \.evaluations }
}

extension Measurement: PlanRecord {
    public static var identity: [String] { ["indicator", "period_start", "date", "disaggregation"] }
    public static var collection: String { "measurements" }
    public static var section: WritableKeyPath<PlanFile, [Measurement]> { \.measurements }
    public static var isAppendOnly: Bool { true }
}

extension ProgressUpdate: PlanRecord {
    public static var identity: [String] { ["action", "date"] }
    public static var collection: String { "progress_updates" }
    public static var section: WritableKeyPath<PlanFile, [ProgressUpdate]> { \.progressUpdates }
    public static var isAppendOnly: Bool { true }
}

extension NotApplicable: PlanRecord {
    public static var identity: [String] { ["framework", "encouragement", "criterion"] }
    public static var collection: String { "not_applicable" }
    public static var section: WritableKeyPath<PlanFile, [NotApplicable]> { \.notApplicable }
}
