import HRAPCore
import SQLiteStore

/// One thing `hrap check` found wrong with a database.
public struct CheckFinding: Equatable, Sendable, CustomStringConvertible {
    /// What kind of check found it.
    public enum Kind: String, Sendable {
        /// SQLite's `integrity_check`: the file's structure.
        case integrity
        /// SQLite's `foreign_key_check`: a reference to a row that does not exist.
        case foreignKey = "foreign_key"
        /// A row that no audit row accounts for.
        case unaudited
        /// Two versions of one key recorded at the same instant: which one is current depends on row order alone.
        case ambiguousVersion = "ambiguous_version"
    }

    public let kind: Kind
    /// What and where, in words.
    public let detail: String

    public var description: String { "\(kind.rawValue): \(detail)" }
}

extension PlanStore {
    /// The tables whose every row must be accounted for by an audit row, with the entity the audit log names.
    private static var auditedTables: [(table: String, entity: String)] {
        [
            (Government.table.name, Government.schema.entity), (Plan.table.name, Plan.schema.entity),
            (OrgUnit.table.name, OrgUnit.schema.entity), (StandardReference.table.name, StandardReference.schema.entity),
            (FieldOfAction.table.name, FieldOfAction.schema.entity), (Objective.table.name, Objective.schema.entity),
            (Action.table.name, Action.schema.entity), (Indicator.table.name, Indicator.schema.entity),
            (BudgetLine.table.name, BudgetLine.schema.entity),
            (ParticipationEvent.table.name, ParticipationEvent.schema.entity), (Body.table.name, Body.schema.entity),
            (ProgressReport.table.name, ProgressReport.schema.entity), (Evaluation.table.name, Evaluation.schema.entity),
            (NotApplicable.table.name, NotApplicable.schema.entity), (Measurement.table.name, Measurement.schema.entity),
            (ProgressUpdate.table.name, ProgressUpdate.schema.entity),
        ]
    }

    /// Checks the whole database: SQLite's integrity and foreign keys, an audit row for every stored record, and one
    /// unambiguous current version per key of the append-only tables. Nothing is changed.
    public func check() throws -> [CheckFinding] {
        try reading { db in
            var findings: [CheckFinding] = []
            for row in try db.rows("PRAGMA integrity_check") where row.first?.text != "ok" {
                findings.append(CheckFinding(kind: .integrity, detail: row.first?.text ?? "unreadable"))
            }
            for row in try db.rows("PRAGMA foreign_key_check") {
                let table = row[0].text ?? "?", rowID = row[1].integer.map(String.init) ?? "?", parent = row[2].text ?? "?"
                findings.append(CheckFinding(kind: .foreignKey, detail: "\(table) row \(rowID) refers to a missing \(parent) row"))
            }
            for (table, entity) in Self.auditedTables {
                findings += try Self.unaudited(db, table: table, entity: entity)
            }
            findings += try Self.ambiguousVersions(db, Measurement.table)
            findings += try Self.ambiguousVersions(db, ProgressUpdate.table)
            return findings
        }
    }

    /// Copies the database into one file at `path` while others go on reading and writing (SQLite's online backup).
    public func backup(to path: String) throws {
        try reading { db in try db.backup(to: path) }
    }

    private static func unaudited(_ db: Database, table: String, entity: String) throws -> [CheckFinding] {
        let ids = try db.rows(
            """
            SELECT id FROM \(table) AS row WHERE NOT EXISTS (
              SELECT 1 FROM audit_log AS audit WHERE audit.entity = ? AND (
                (audit.operation IN ('create', 'append') AND audit.entity_id = row.id)
                OR (audit.operation = 'import'
                    AND row.id BETWEEN json_extract(audit.after, '$.first_id') AND json_extract(audit.after, '$.last_id'))))
            ORDER BY id
            """, [.text(entity)]
        ).compactMap { $0.first?.integer }
        guard !ids.isEmpty else { return [] }
        let shown = ids.prefix(10).map(String.init).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        return [CheckFinding(kind: .unaudited, detail: "\(ids.count) \(table) row(s) without an audit row: ids \(shown)")]
    }

    private static func ambiguousVersions<R: PlanRecord>(_ db: Database, _ table: RecordTable<R>) throws -> [CheckFinding] {
        let key = table.identity.map { "\"\($0)\"" }.joined(separator: ", ")
        return try db.rows(
            "SELECT \(key), recorded_at, count(*) FROM \(table.name) GROUP BY plan_id, \(key), recorded_at HAVING count(*) > 1"
        ).map { row in
            let text = row.dropLast().map { $0.text ?? $0.integer.map(String.init) ?? "–" }.joined(separator: " ")
            return CheckFinding(kind: .ambiguousVersion, detail: "\(table.name): \(row.last?.integer ?? 0) versions of \(text)")
        }
    }
}
