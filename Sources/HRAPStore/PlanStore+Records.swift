import HRAPCore
import SQLiteStore

/// Whether a write must create a new record, change an existing one, or may do either.
package enum WriteMode: Sendable {
    case create, update, upsert
}

extension PlanStore {
    /// Writes one record of a plan by its identity, then checks the plan's references; all in one transaction.
    @discardableResult
    package func put<R: PlanRecord>(_ record: R, plan: String, mode: WriteMode, by author: Authorship) throws -> WriteOutcome {
        precondition(!R.table.isAppendOnly, "use record(_:plan:by:) for \(R.self)")
        return try pool.write { db in
            try db.transaction {
                let plan = try Self.plan(plan, in: db).ref
                let existing = try R.table.current(db, matching: record, plan: plan)
                try Self.check(mode: mode, exists: existing != nil, entity: R.schema.entity, label: R.table.label(of: record)) {
                    try R.table.fetchAll(db, plan: plan).map { R.table.label(of: $0.record) }
                }
                let outcome = try R.table.save(db, record, plan: plan, by: author)
                try Self.checkIntegrity(db, plan: plan)
                return outcome
            }
        }
    }

    /// Writes a government by code.
    @discardableResult
    package func put(_ government: Government, mode: WriteMode, by author: Authorship) throws -> WriteOutcome {
        try pool.write { db in
            try db.transaction {
                let existing = try Government.table.current(db, matching: government, plan: nil)
                try Self.check(mode: mode, exists: existing != nil, entity: "government", label: government.code) {
                    try Government.table.fetchAll(db, plan: nil).map(\.record.code)
                }
                return try Government.table.save(db, government, plan: nil, by: author)
            }
        }
    }

    /// Writes a plan by code; its government and predecessor must exist.
    @discardableResult
    package func put(_ plan: Plan, mode: WriteMode, by author: Authorship) throws -> WriteOutcome {
        try pool.write { db in
            try db.transaction {
                let plans = try Plan.table.fetchAll(db, plan: nil).map(\.record.code)
                try Self.check(mode: mode, exists: plans.contains(plan.code), entity: "plan", label: plan.code) { plans }
                let governments = try Government.table.fetchAll(db, plan: nil).map(\.record.code)
                var problems: [ValidationProblem] = []
                if !governments.contains(plan.government) {
                    problems.append(.init(path: "government", message: "no government with code '\(plan.government)'"))
                }
                if let predecessor = plan.predecessor, predecessor == plan.code || !plans.contains(predecessor) {
                    problems.append(.init(path: "predecessor", message: "no other plan with code '\(predecessor)'"))
                }
                guard problems.isEmpty else {
                    throw StoreError.invalid(ValidationError(source: "plan \(plan.code)", problems: problems))
                }
                let outcome = try Plan.table.save(db, plan, plan: nil, by: author)
                if mode != .create { try Self.checkIntegrity(db, plan: try Self.plan(plan.code, in: db).ref) }
                return outcome
            }
        }
    }

    /// Records a measurement: appended, superseding the current value for its key, unless the value is unchanged.
    @discardableResult
    public func record(_ measurement: Measurement, plan: String, by author: Authorship) throws -> ProgressOutcome {
        try pool.write { db in
            try db.transaction {
                let plan = try Self.plan(plan, in: db).ref
                let indicator = try Indicator.table.fetchAll(db, plan: plan).first { $0.record.code == measurement.indicator }
                let problems = PlanValidator.problems(of: measurement, indicator: indicator?.record) { "--" + $0.replacing("_", with: "-") }
                guard problems.isEmpty else {
                    throw StoreError.invalid(ValidationError(source: "measurement", problems: problems))
                }
                return try ProgressOutcome(Measurement.table.save(db, measurement, plan: plan, by: author))
            }
        }
    }

    /// Records a progress update: appended, superseding the current update for that action and date, unless unchanged.
    @discardableResult
    public func record(_ update: ProgressUpdate, plan: String, by author: Authorship) throws -> ProgressOutcome {
        try pool.write { db in
            try db.transaction {
                let plan = try Self.plan(plan, in: db).ref
                let actions = try Action.table.fetchAll(db, plan: plan).map(\.record.code)
                guard actions.contains(update.action) else {
                    throw StoreError.notFound(entity: "action", code: update.action, known: actions)
                }
                return try ProgressOutcome(ProgressUpdate.table.save(db, update, plan: plan, by: author))
            }
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

/// What recording a measurement or progress update did.
public enum ProgressOutcome: Equatable, Sendable {
    /// A new value was stored (a first value, or a correction that supersedes the previous one).
    case appended
    /// The same value was already current; nothing was written.
    case unchanged

    init(_ outcome: WriteOutcome) throws {
        switch outcome {
        case .unchanged: self = .unchanged
        case .conflict(let message): throw StoreError.invalid(ValidationError(source: "record", problems: [.init(path: "recorded_at", message: message)]))
        default: self = .appended
        }
    }
}
