import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Saves a score card, never to be changed; returns its id. Leaves an audit row.
    @discardableResult
    public func saveSnapshot(_ card: ScoreCard, by author: Authorship) throws -> Int64 {
        try writing { db in
            let plan = try Self.plan(card.plan, in: db).ref
            let json = card.json()
            try db.run(
                """
                INSERT INTO score_snapshots (plan_id, framework, framework_version, as_of, index_value, card, saved_at, saved_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(plan.id), .text(card.framework.id), .text(card.framework.version),
                    .text(card.asOf.description),
                    card.index.map(SQLiteValue.real) ?? .null, .text(JSONWriter.compact(json)),
                    .text(author.time.description),
                    .text(author.actor),
                ])
            let id = db.lastInsertedRowID
            try AuditLog.record(
                db, .create, entity: "score_snapshot", id: id, plan: plan.code,
                label: "\(card.framework.label) as of \(card.asOf)",
                before: nil,
                after: .object([
                    ("framework", .string(card.framework.label)), ("as_of", .string(card.asOf.description)),
                    ("index", json["index"] ?? .null),
                ]),
                by: author)
            return id
        }
    }

    /// The saved score cards of a plan, oldest reference date first.
    public func snapshots(plan code: String) throws -> [ScoreSnapshot] {
        try reading { db in
            let plan = try Self.plan(code, in: db).ref
            var snapshots: [ScoreSnapshot] = []
            try db.forEachRow(
                """
                SELECT id, framework, framework_version, as_of, index_value, card, saved_at, saved_by FROM score_snapshots
                WHERE plan_id = ? ORDER BY as_of, id
                """, [.integer(plan.id)]
            ) { row in
                guard let asOf = row.text(at: 3).flatMap({ CalendarDate($0) }),
                    let savedAt = row.text(at: 6).flatMap(Timestamp.init),
                    let card = try? JSONParser.parse(row.text(at: 5) ?? "")
                else { throw StoreError.corrupt("score snapshot \(row.integer(at: 0) ?? 0) does not read back") }
                snapshots.append(
                    ScoreSnapshot(
                        id: row.integer(at: 0) ?? 0, plan: code, framework: row.text(at: 1) ?? "",
                        frameworkVersion: row.text(at: 2) ?? "",
                        asOf: asOf, index: row.real(at: 4), savedAt: savedAt, savedBy: row.text(at: 7) ?? "", card: card
                    ))
            }
            return snapshots
        }
    }
}
