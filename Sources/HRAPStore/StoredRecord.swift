import HRAPCore

/// A record type the store keeps in a table of its own.
package protocol StoredRecord: Record {
    /// Where and how it is stored.
    static var table: RecordTable<Self> { get }
}

/// A record type that belongs to a plan and has a section of its own in the plan file.
package protocol PlanRecord: StoredRecord {
    /// Its section of the plan file.
    static var section: WritableKeyPath<PlanFile, [Self]> { get }
    /// Its section's key in the plan file.
    static var sectionName: String { get }
}

extension Government: StoredRecord {
    package static let table = RecordTable<Government>("governments", planScoped: false)
}

extension Plan: StoredRecord {
    package static let table = RecordTable<Plan>("plans", planScoped: false)
}

extension OrgUnit: PlanRecord {
    package static let table = RecordTable<OrgUnit>("org_units")
    package static var section: WritableKeyPath<PlanFile, [OrgUnit]> { \.orgUnits }
    package static var sectionName: String { "org_units" }
}

extension StandardReference: PlanRecord {
    package static let table = RecordTable<StandardReference>("standards")
    package static var section: WritableKeyPath<PlanFile, [StandardReference]> { \.standards }
    package static var sectionName: String { "standards" }
}

extension FieldOfAction: PlanRecord {
    package static let table = RecordTable<FieldOfAction>("fields")
    package static var section: WritableKeyPath<PlanFile, [FieldOfAction]> { \.fields }
    package static var sectionName: String { "fields" }
}

extension Objective: PlanRecord {
    package static let table = RecordTable<Objective>("objectives")
    package static var section: WritableKeyPath<PlanFile, [Objective]> { \.objectives }
    package static var sectionName: String { "objectives" }
}

extension Action: PlanRecord {
    package static let table = RecordTable<Action>("actions")
    package static var section: WritableKeyPath<PlanFile, [Action]> { \.actions }
    package static var sectionName: String { "actions" }
}

extension Indicator: PlanRecord {
    package static let table = RecordTable<Indicator>("indicators")
    package static var section: WritableKeyPath<PlanFile, [Indicator]> { \.indicators }
    package static var sectionName: String { "indicators" }
}

extension BudgetLine: PlanRecord {
    package static let table = RecordTable<BudgetLine>(
        "budget_lines", identity: ["action", "field", "fiscal_year", "funding_source", "budget_code"])
    package static var section: WritableKeyPath<PlanFile, [BudgetLine]> { \.budgetLines }
    package static var sectionName: String { "budget_lines" }
}

extension ParticipationEvent: PlanRecord {
    package static let table = RecordTable<ParticipationEvent>("participation_events")
    package static var section: WritableKeyPath<PlanFile, [ParticipationEvent]> { \.participationEvents }
    package static var sectionName: String { "participation_events" }
}

extension Body: PlanRecord {
    package static let table = RecordTable<Body>("bodies")
    package static var section: WritableKeyPath<PlanFile, [Body]> { \.bodies }
    package static var sectionName: String { "bodies" }
}

extension ProgressReport: PlanRecord {
    package static let table = RecordTable<ProgressReport>("reports")
    package static var section: WritableKeyPath<PlanFile, [ProgressReport]> { \.reports }
    package static var sectionName: String { "reports" }
}

extension Evaluation: PlanRecord {
    package static let table = RecordTable<Evaluation>("evaluations")
    package static var section: WritableKeyPath<PlanFile, [Evaluation]> { \.evaluations }
    package static var sectionName: String { "evaluations" }
}

extension Measurement: PlanRecord {
    package static let table = RecordTable<Measurement>(
        "measurements", identity: ["indicator", "period_start", "date", "disaggregation"],
        keyIndexOrder: ["indicator", "date", "period_start", "disaggregation"], appendOnly: true)
    package static var section: WritableKeyPath<PlanFile, [Measurement]> { \.measurements }
    package static var sectionName: String { "measurements" }
}

extension ProgressUpdate: PlanRecord {
    package static let table = RecordTable<ProgressUpdate>(
        "progress_updates", identity: ["action", "date"], appendOnly: true)
    package static var section: WritableKeyPath<PlanFile, [ProgressUpdate]> { \.progressUpdates }
    package static var sectionName: String { "progress_updates" }
}

extension NotApplicable: PlanRecord {
    package static let table = RecordTable<NotApplicable>(
        "not_applicable", identity: ["framework", "encouragement", "criterion"])
    package static var section: WritableKeyPath<PlanFile, [NotApplicable]> { \.notApplicable }
    package static var sectionName: String { "not_applicable" }
}
