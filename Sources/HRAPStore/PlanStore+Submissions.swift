import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Keeps a measurement for a coordinator's decision, after the checks recording it would make; leaves an audit
    /// row. Nothing counts until it is approved (``decide(_:plan:approve:reason:by:)``).
    public func submit(
        _ measurement: Measurement, valueGivenAsYesNo: Bool = false, plan: String, by author: Authorship
    ) throws -> Submission {
        try writing { db in
            let plan = try Self.plan(plan, in: db).ref
            try Self.check(measurement, valueGivenAsYesNo: valueGivenAsYesNo, in: db, plan: plan)
            return try Self.insertSubmission(
                db, .measurement(measurement), label: Measurement.label(of: measurement), plan: plan, by: author)
        }
    }

    /// Keeps a progress update for a coordinator's decision (see ``submit(_:valueGivenAsYesNo:plan:by:)``).
    public func submit(_ update: ProgressUpdate, plan: String, by author: Authorship) throws -> Submission {
        try writing { db in
            let plan = try Self.plan(plan, in: db).ref
            try Self.check(update, in: db, plan: plan)
            return try Self.insertSubmission(
                db, .progressUpdate(update), label: ProgressUpdate.label(of: update), plan: plan, by: author)
        }
    }

    /// The submissions of a plan: those waiting for a decision (oldest first), or all of them (newest first).
    public func submissions(plan code: String, pendingOnly: Bool) throws -> [Submission] {
        try submissions(plan: code, pendingOnly: pendingOnly, after: nil, limit: nil).items
    }

    /// One page of the submissions of ``submissions(plan:pendingOnly:)``, after the submission `after` in the list's
    /// order (a keyset on the id); `next` is the last one's id when more follow.
    public func submissions(plan code: String, pendingOnly: Bool, after: Int64?, limit: Int?) throws -> (
        items: [Submission], next: Int64?
    ) {
        try reading { db in
            let plan = try Self.plan(code, in: db).ref
            var condition = pendingOnly ? "AND decision IS NULL" : ""
            var values: [SQLiteValue] = []
            if let after {
                condition += pendingOnly ? " AND id > ?" : " AND id < ?"
                values.append(.integer(after))
            }
            condition += pendingOnly ? " ORDER BY id" : " ORDER BY id DESC"
            if let limit {
                condition += " LIMIT ?"
                values.append(.integer(Int64(limit) + 1))
            }
            var found = try Self.submissions(db, plan: plan, where: condition, values)
            guard let limit, found.count > limit else { return (found, nil) }
            found.removeLast()
            return (found, found.last?.id)
        }
    }

    /// One submission of a plan.
    public func submission(_ id: Int64, plan code: String) throws -> Submission {
        try reading { db in try Self.submission(db, id: id, plan: try Self.plan(code, in: db).ref) }
    }

    /// Approves a waiting submission (its entry is appended like any value, in its submitter's name, superseding
    /// the current value of its key unless unchanged) or rejects it (the service checks the reason). Decided once:
    /// a decided submission throws ``StoreError/alreadyDecided(submission:decision:)``. Leaves audit rows.
    public func decide(
        _ id: Int64, plan code: String, approve: Bool, reason: String?, by author: Authorship
    ) throws -> Submission {
        try writing { db in
            let plan = try Self.plan(code, in: db).ref
            let before = try Self.submission(db, id: id, plan: plan)
            if let decision = before.decision { throw StoreError.alreadyDecided(submission: id, decision: decision) }
            let entryID = approve ? try Self.append(before, in: db, plan: plan, by: author) : nil
            try db.run(
                "UPDATE submissions SET decision = ?, reason = ?, decided_at = ?, decided_by = ?, entry_id = ? "
                    + "WHERE id = ?",
                [
                    .text(approve ? "approved" : "rejected"), reason.map(SQLiteValue.text) ?? .null,
                    .text(author.time.description), .text(author.actor), entryID.map(SQLiteValue.integer) ?? .null,
                    .integer(id),
                ])
            let after = try Self.submission(db, id: id, plan: plan)
            try AuditLog.record(
                db, .update, entity: "submission", id: id, plan: plan.code, label: after.label, before: before.json(),
                after: after.json(), by: author)
            return after
        }
    }

    /// Appends an approved entry in its submitter's name at the time of the approval (the approval's own audit row
    /// names the coordinator); returns the new row's id, nil when the value was current already.
    private static func append(_ submission: Submission, in db: Database, plan: PlanRef, by author: Authorship) throws
        -> Int64?
    {
        let submitter = Authorship(actor: submission.submittedBy, time: author.time)
        let outcome: ProgressOutcome
        let table: String
        switch submission.entry {
        case .measurement(let measurement):
            try check(measurement, valueGivenAsYesNo: false, in: db, plan: plan)
            outcome = try ProgressOutcome(Measurement.table.save(db, measurement, plan: plan, by: submitter))
            table = "measurements"
        case .progressUpdate(let update):
            try check(update, in: db, plan: plan)
            outcome = try ProgressOutcome(ProgressUpdate.table.save(db, update, plan: plan, by: submitter))
            table = "progress_updates"
        }
        guard outcome == .appended else { return nil }
        return try db.scalar("SELECT max(id) FROM \(table) WHERE plan_id = ?", [.integer(plan.id)])?.integer
    }

    private static func insertSubmission(
        _ db: Database, _ entry: Submission.Entry, label: String, plan: PlanRef, by author: Authorship
    ) throws -> Submission {
        var submission = Submission(
            id: 0, plan: plan.code, entry: entry, label: label, submittedAt: author.time, submittedBy: author.actor)
        try db.run(
            """
            INSERT INTO submissions (plan_id, entity, label, record, submitted_at, submitted_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(plan.id), .text(submission.entity), .text(label), .text(JSONWriter.compact(submission.record)),
                .text(author.time.description), .text(author.actor),
            ])
        submission.id = db.lastInsertedRowID
        try AuditLog.record(
            db, .create, entity: "submission", id: submission.id, plan: plan.code, label: label, before: nil,
            after: submission.json(), by: author)
        return submission
    }

    private static func submission(_ db: Database, id: Int64, plan: PlanRef) throws -> Submission {
        guard let found = try submissions(db, plan: plan, where: "AND id = ?", [.integer(id)]).first else {
            throw StoreError.notFound(entity: "submission", code: String(id), known: [])
        }
        return found
    }

    private static func submissions(
        _ db: Database, plan: PlanRef, where condition: String, _ values: [SQLiteValue]
    ) throws -> [Submission] {
        var found: [Submission] = []
        try db.forEachRow(
            """
            SELECT id, entity, label, record, submitted_at, submitted_by, decision, reason, decided_at, decided_by,
              entry_id FROM submissions WHERE plan_id = ? \(condition)
            """,
            [.integer(plan.id)] + values
        ) { row in
            found.append(
                Submission(
                    id: row.integer(at: 0) ?? 0, plan: plan.code,
                    entry: try entry(entity: row.text(at: 1) ?? "", record: row.text(at: 3) ?? ""),
                    label: row.text(at: 2) ?? "", submittedAt: try stamp(row.text(at: 4)),
                    submittedBy: row.text(at: 5) ?? "", decision: row.text(at: 6).flatMap(Submission.Decision.init),
                    reason: row.text(at: 7), decidedAt: try row.text(at: 8).map { try stamp($0) },
                    decidedBy: row.text(at: 9), entryID: row.integer(at: 10)))
        }
        return found
    }

    private static func entry(entity: String, record text: String) throws -> Submission.Entry {
        let json = try JSONParser.parse(text)
        if entity == ProgressUpdate.schema.entity {
            let (update, problems) = ProgressUpdate.schema.decode(json, path: "submission")
            guard problems.isEmpty else { throw StoreError.corrupt("a submission holds \(problems[0])") }
            return .progressUpdate(update)
        }
        let (measurement, problems) = Measurement.schema.decode(json, path: "submission")
        guard problems.isEmpty else { throw StoreError.corrupt("a submission holds \(problems[0])") }
        return .measurement(measurement)
    }

    private static func stamp(_ text: String?) throws -> Timestamp {
        guard let text, let time = Timestamp(text) else {
            throw StoreError.corrupt("a submission's time is '\(text ?? "")'")
        }
        return time
    }
}
