import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Writes one record of a plan by its identity, then checks the plan's references; all in one transaction.
    @discardableResult
    package func put<R: PlanRecord>(_ record: R, plan: String, mode: WriteMode, by author: Authorship) throws
        -> WriteOutcome
    {
        try put(R.self, plan: plan, mode: mode, by: author, matching: R.table.identityValues(of: record)) { _ in record
        }.outcome
    }

    /// The record with this code (of the plan, for plan records), or nil.
    package func record<R: IdentifiedRecord>(_ type: R.Type, plan: String?, code: String) throws -> R? {
        try reading { db in
            let ref = try plan.map { try Self.plan($0, in: db).ref }
            return try R.table.fetch(db, identity: [.text(code)], plan: ref)
        }
    }

    /// Writes a government by code.
    @discardableResult
    package func put(_ government: Government, mode: WriteMode, by author: Authorship) throws -> WriteOutcome {
        let identity = Government.table.identityValues(of: government)
        return try put(Government.self, plan: nil, mode: mode, by: author, matching: identity) { _ in government }
            .outcome
    }

    /// Writes a plan by code; its government and predecessor must exist.
    @discardableResult
    package func put(_ plan: Plan, mode: WriteMode, by author: Authorship) throws -> WriteOutcome {
        try put(Plan.self, plan: nil, mode: mode, by: author, matching: Plan.table.identityValues(of: plan)) { _ in plan
        }.outcome
    }

    /// Reads the record with these identity values, builds the record to write from it (nil when there is none; for
    /// `.update` there always is one, or the write fails as not found), writes it and checks the plan's references:
    /// one transaction, so a change made by someone else in between cannot be lost.
    ///
    /// - Parameters:
    ///   - plan: the plan's code for plan records; nil for governments and plans.
    ///   - identity: the identity values, in the order of the table's `identity`.
    ///   - naming: which other plans a plan written here may name as its predecessor.
    package func put<R: IdentifiedRecord>(
        _ type: R.Type, plan: String?, mode: WriteMode, by author: Authorship, matching identity: [SQLiteValue],
        naming: PlanReferenceRule = { _ in true }, build: (R?) throws -> R
    ) throws -> (record: R, outcome: WriteOutcome) {
        let table = R.table
        return try writing { db in
            let ref = try plan.map { try Self.plan($0, in: db).ref }
            let all = try table.fetchAll(db, plan: ref)
            let existing = all.first { table.identityValues(of: $0.record) == identity }?.record
            let label = identity.map { $0.text ?? $0.integer.map(String.init) ?? "" }.joined(separator: " ")
            try Self.check(mode: mode, exists: existing != nil, entity: R.schema.entity, label: label) {
                all.map { table.label(of: $0.record) }
            }
            let record = try build(existing)
            if table.identityValues(of: record) != identity, try table.current(db, matching: record, plan: ref) != nil {
                throw StoreError.duplicate(entity: R.schema.entity, code: table.label(of: record))
            }
            if let plan = record as? Plan { try Self.checkReferences(of: plan, naming: naming, db) }
            let outcome = try table.save(db, record, plan: ref, by: author)
            if let plan = record as? Plan {
                try Self.auditSuccession(of: plan, before: (existing as? Plan)?.predecessor, db, by: author)
            }
            if case .conflict(let message, let field, let code) = outcome {
                let problem = ValidationProblem(
                    path: field ?? table.identity.joined(separator: ", "), code: code, message: message)
                throw StoreError.invalid(
                    ValidationError(source: "the \(R.schema.entity.replacing("_", with: " "))", problems: [problem]))
            }
            if let ref {
                try Self.checkIntegrity(db, plan: ref)
            } else if let plan = record as? Plan, mode != .create {
                try Self.checkIntegrity(db, plan: try Self.plan(plan.code, in: db).ref)
            }
            return (record, outcome)
        }
    }

    private static func checkReferences(of plan: Plan, naming: PlanReferenceRule, _ db: Database) throws {
        let governments = try Government.table.fetchAll(db, plan: nil).map(\.record.code)
        var problems: [ValidationProblem] = []
        if !governments.contains(plan.government) {
            problems.append(
                .init(
                    path: "government", code: .unknownReference, message: "no government with code '\(plan.government)'"
                ))
        }
        problems += try predecessorProblems(of: plan, path: "predecessor", naming: naming, db)
        guard problems.isEmpty else {
            throw StoreError.invalid(ValidationError(source: "plan \(plan.code)", problems: problems))
        }
    }

    /// A predecessor that is the plan itself, not in the database, or a plan the writer may not name: all three
    /// answered alike, so that the answer tells nothing of a plan the writer may not see.
    static func predecessorProblems(
        of plan: Plan, path: String, naming: PlanReferenceRule, _ db: Database
    ) throws -> [ValidationProblem] {
        guard let predecessor = plan.predecessor else { return [] }
        if predecessor != plan.code, let access = try access(predecessor, db), naming(access) { return [] }
        let message = "no other plan with code '\(predecessor)'"
        return [ValidationProblem(path: path, code: .unknownReference, message: message)]
    }

    /// Writes an audit row on each plan whose successor changed: naming a predecessor changes that plan's figures
    /// (its open-ended period ends where the successor starts), so its own log says who did it and when.
    static func auditSuccession(of plan: Plan, before: String?, _ db: Database, by author: Authorship) throws {
        guard before != plan.predecessor else { return }
        for (code, named) in [(before, false), (plan.predecessor, true)] {
            guard let code, let id = try db.scalar("SELECT id FROM plans WHERE code = ?", [.text(code)])?.integer
            else { continue }
            let successor: JSONValue = .object([("successor", .string(plan.code))])
            try AuditLog.record(
                db, .update, entity: Plan.schema.entity, id: id, plan: code, label: code,
                before: named ? nil : successor, after: named ? successor : nil, by: author)
        }
    }

    /// Records a measurement: appended, superseding the current value for its key, unless the value is unchanged.
    ///
    /// `valueGivenAsYesNo` says the value was typed as a yes/no word, which only a yes/no indicator takes.
    @discardableResult
    public func record(
        _ measurement: Measurement, valueGivenAsYesNo: Bool = false, plan: String, by author: Authorship
    ) throws -> ProgressOutcome {
        try writing { db in
            let plan = try Self.plan(plan, in: db).ref
            try Self.check(measurement, valueGivenAsYesNo: valueGivenAsYesNo, in: db, plan: plan)
            return try ProgressOutcome(Measurement.table.save(db, measurement, plan: plan, by: author))
        }
    }

    /// Records a progress update: appended, superseding the current update for that action and date, unless unchanged.
    @discardableResult
    public func record(_ update: ProgressUpdate, plan: String, by author: Authorship) throws -> ProgressOutcome {
        try writing { db in
            let plan = try Self.plan(plan, in: db).ref
            try Self.check(update, in: db, plan: plan)
            return try ProgressOutcome(ProgressUpdate.table.save(db, update, plan: plan, by: author))
        }
    }

    /// Appends a version of an append-only record of a plan (the city's words), checked already: it supersedes the
    /// current version of its identity, unless unchanged.
    package func append<R: PlanRecord>(_ record: R, plan: String, by author: Authorship) throws -> ProgressOutcome {
        precondition(R.isAppendOnly, "\(R.collection) keeps one row per identity")
        return try writing { db in
            try ProgressOutcome(R.table.save(db, record, plan: try Self.plan(plan, in: db).ref, by: author))
        }
    }

    /// Throws with every problem of a measurement against its indicator (which must exist).
    static func check(_ measurement: Measurement, valueGivenAsYesNo: Bool, in db: Database, plan: PlanRef) throws {
        let indicator = try Indicator.table.fetch(db, identity: [.text(measurement.indicator)], plan: plan)
        let problems = PlanValidator.problems(
            of: measurement, indicator: indicator, valueGivenAsYesNo: valueGivenAsYesNo
        ) { $0 }
        guard problems.isEmpty else {
            throw StoreError.invalid(ValidationError(source: "measurement", problems: problems))
        }
    }

    /// Throws when the action a progress update is for does not exist.
    static func check(_ update: ProgressUpdate, in db: Database, plan: PlanRef) throws {
        guard try Action.table.fetch(db, identity: [.text(update.action)], plan: plan) != nil else {
            let actions = try Action.table.fetchAll(db, plan: plan).map(\.record.code)
            throw StoreError.notFound(entity: "action", code: update.action, known: actions)
        }
    }

    private static func check(
        mode: WriteMode, exists: Bool, entity: String, label: String, known: () throws -> [String]
    ) throws {
        switch mode {
        case .create where exists: throw StoreError.duplicate(entity: entity, code: label)
        case .update where !exists: throw StoreError.notFound(entity: entity, code: label, known: try known())
        default: break
        }
    }
}

extension ProgressOutcome {
    /// The outcome of an append, or the problem of a refused one.
    init(_ outcome: WriteOutcome) throws {
        switch outcome {
        case .unchanged: self = .unchanged
        case .conflict(let message, let field, let code):
            let problem = ValidationProblem(path: field ?? "recorded_at", code: code, message: message)
            throw StoreError.invalid(ValidationError(source: "record", problems: [problem]))
        default: self = .appended
        }
    }
}
