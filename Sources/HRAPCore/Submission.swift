import JSONCoding

/// An officer's measurement or progress update on a plan that requires approval before publication: kept here until
/// a coordinator approves it (then it is appended like any value and counts everywhere) or rejects it with a reason
/// (then it stays here, in the plan's history of submissions, and counts nowhere).
public struct Submission: Equatable, Sendable {
    /// What was submitted.
    public enum Entry: Equatable, Sendable {
        case measurement(Measurement)
        case progressUpdate(ProgressUpdate)
    }

    /// A coordinator's decision.
    public enum Decision: String, CaseIterable, Sendable {
        case approved, rejected
    }

    public var id: Int64
    public var plan: String
    public var entry: Entry
    /// The entry's key in words, e.g. `I-1 2025-12-31` or `A-3 2025-06-30`.
    public var label: String
    public var submittedAt: Timestamp
    public var submittedBy: String
    /// Nil while the submission waits for a decision.
    public var decision: Decision?
    /// Why it was rejected (required) or a note on the approval.
    public var reason: String?
    public var decidedAt: Timestamp?
    public var decidedBy: String?
    /// The row appended on approval; nil while pending, when rejected, or when the value was already current.
    public var entryID: Int64?

    /// The entity the entry is (`measurement` or `progress_update`), as in the audit log.
    public var entity: String {
        switch entry {
        case .measurement: Measurement.schema.entity
        case .progressUpdate: ProgressUpdate.schema.entity
        }
    }

    /// The entry as its record's JSON.
    public var record: JSONValue {
        switch entry {
        case .measurement(let measurement): Measurement.schema.encode(measurement)
        case .progressUpdate(let update): ProgressUpdate.schema.encode(update)
        }
    }

    /// The submission as JSON, the same on every surface.
    public func json() -> JSONValue {
        .object([
            ("id", .integer(id)), ("plan", .string(plan)), ("entity", .string(entity)), ("label", .string(label)),
            ("record", record), ("submitted_at", .string(submittedAt.description)),
            ("submitted_by", .string(submittedBy)), ("decision", decision.map { .string($0.rawValue) } ?? .null),
            ("reason", reason.map(JSONValue.string) ?? .null),
            ("decided_at", decidedAt.map { .string($0.description) } ?? .null),
            ("decided_by", decidedBy.map(JSONValue.string) ?? .null),
            ("entry_id", entryID.map(JSONValue.integer) ?? .null),
        ])
    }

    /// Creates the value from its parts.
    public init(
        id: Int64, plan: String, entry: Entry, label: String, submittedAt: Timestamp, submittedBy: String,
        decision: Decision? = nil, reason: String? = nil, decidedAt: Timestamp? = nil, decidedBy: String? = nil,
        entryID: Int64? = nil
    ) {
        self.id = id
        self.plan = plan
        self.entry = entry
        self.label = label
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.decision = decision
        self.reason = reason
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
        self.entryID = entryID
    }
}
