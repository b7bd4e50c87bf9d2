import HRAPCore
import JSONCoding
import SQLiteStore

enum AuditLog {
    static func record(
        _ db: Database, _ operation: AuditEntry.Operation, entity: String, id: Int64, plan: String?, label: String,
        before: JSONValue?, after: JSONValue?, by author: Authorship
    ) throws {
        try db.run(
            """
            INSERT INTO audit_log (at, actor, operation, entity, entity_id, plan, label, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(author.time.description), .text(author.actor), .text(operation.rawValue), .text(entity),
                .integer(id), plan.map(SQLiteValue.text) ?? .null, .text(label),
                before.map { .text(JSONWriter.compact($0)) } ?? .null,
                after.map { .text(JSONWriter.compact($0)) } ?? .null,
            ])
    }

    /// The one audit row of a bulk import: the counts, and the range of row ids it wrote (from `firstID` to the last
    /// row inserted).
    static func recordImport(
        _ db: Database, entity: String, plan: PlanRef, source: String, counts: [(String, Int)], firstID: Int64,
        by author: Authorship
    ) throws {
        let members =
            counts.map { ($0.0, JSONValue.integer(Int64($0.1))) }
            + [("first_id", .integer(firstID)), ("last_id", .integer(db.lastInsertedRowID))]
        try record(
            db, .import, entity: entity, id: firstID, plan: plan.code, label: source, before: nil,
            after: .object(members), by: author)
    }

    static func entries(_ db: Database, filter: AuditFilter) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        try db.forEachRow(
            """
            SELECT id, at, actor, operation, entity, entity_id, plan, label, before, after FROM audit_log
            WHERE (?1 IS NULL OR plan = ?1) AND (?2 IS NULL OR entity = ?2) AND (?3 IS NULL OR actor = ?3)
              AND (?4 IS NULL OR at >= ?4) AND (?6 IS NULL OR label = ?6)
              AND (?7 IS NULL OR operation = ?7)
            ORDER BY id DESC LIMIT ?5
            """,
            [
                filter.plan.map(SQLiteValue.text) ?? .null, filter.entity.map(SQLiteValue.text) ?? .null,
                filter.actor.map(SQLiteValue.text) ?? .null, filter.since.map { .text($0.description) } ?? .null,
                .integer(Int64(filter.limit)), filter.label.map(SQLiteValue.text) ?? .null,
                filter.operation.map { .text($0.rawValue) } ?? .null,
            ]
        ) { row in
            entries.append(
                AuditEntry(
                    id: row.integer(at: 0) ?? 0,
                    time: row.text(at: 1).flatMap(Timestamp.init) ?? Timestamp(secondsSince1970: 0),
                    actor: row.text(at: 2) ?? "",
                    operation: row.text(at: 3).flatMap(AuditEntry.Operation.init) ?? .create,
                    entity: row.text(at: 4) ?? "", entityID: row.integer(at: 5) ?? 0, plan: row.text(at: 6),
                    label: row.text(at: 7) ?? "", before: row.text(at: 8).flatMap { try? JSONParser.parse($0) },
                    after: row.text(at: 9).flatMap { try? JSONParser.parse($0) }))
        }
        return entries
    }
}
