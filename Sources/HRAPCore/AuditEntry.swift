import JSONCoding

/// One row of the audit log: who changed which record when, with the record before and after.
public struct AuditEntry: Equatable, Sendable {
    /// What kind of write it was.
    public enum Operation: String, CaseIterable, Sendable {
        /// A new record.
        case create
        /// A record changed in place (plan structure, budget lines).
        case update
        /// A measurement or progress update added; `before` holds the one it supersedes, if any.
        case append
        /// A spreadsheet of measurements or progress updates; `after` holds the counts and the ids written.
        case `import`
        /// A record removed from its plan (nothing named it any more); `before` holds its last version.
        case retire
    }

    public var id: Int64
    public var time: Timestamp
    public var actor: String
    public var operation: Operation
    public var entity: String
    public var entityID: Int64
    /// The plan's code, for records of a plan.
    public var plan: String?
    /// The record's code, or its key for records without a code.
    public var label: String
    public var before: JSONValue?
    public var after: JSONValue?

    /// The row as JSON, the same on every surface.
    public func json() -> JSONValue {
        .object([
            ("id", .integer(id)), ("at", .string(time.description)), ("actor", .string(actor)),
            ("operation", .string(operation.rawValue)), ("entity", .string(entity)), ("entity_id", .integer(entityID)),
            ("plan", plan.map(JSONValue.string) ?? .null), ("label", .string(label)), ("before", before ?? .null),
            ("after", after ?? .null),
        ])
    }

    /// Creates the value from its parts.
    public init(
        id: Int64, time: Timestamp, actor: String, operation: Operation, entity: String, entityID: Int64,
        plan: String? = nil, label: String, before: JSONValue? = nil, after: JSONValue? = nil
    ) {
        self.id = id
        self.time = time
        self.actor = actor
        self.operation = operation
        self.entity = entity
        self.entityID = entityID
        self.plan = plan
        self.label = label
        self.before = before
        self.after = after
    }
}

/// Which audit rows to list.
public struct AuditFilter: Sendable {
    public var plan: String?
    public var entity: String?
    public var actor: String?
    /// Only rows about this record (a code, a token's or a person's name).
    public var label: String?
    /// Only rows of this operation (the retired records: `.retire`).
    public var operation: AuditEntry.Operation?
    /// Only rows at or after this time.
    public var since: Timestamp?
    /// The most rows to return, newest first.
    public var limit: Int

    /// A filter; all criteria optional.
    public init(
        plan: String? = nil, entity: String? = nil, actor: String? = nil, label: String? = nil,
        operation: AuditEntry.Operation? = nil, since: Timestamp? = nil, limit: Int = 100
    ) {
        self.operation = operation
        self.label = label
        self.plan = plan
        self.entity = entity
        self.actor = actor
        self.since = since
        self.limit = limit
    }
}
