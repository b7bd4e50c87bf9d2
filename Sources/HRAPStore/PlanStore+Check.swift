import HRAPCore
import SQLiteStore

extension PlanStore {
    /// The tables whose every row must be accounted for by an audit row, with the entity the audit log names.
    private static var auditedTables: [(table: String, entity: String)] {
        [(Government.table.name, Government.schema.entity), (Plan.table.name, Plan.schema.entity)]
            + PlanFile.recordSections.map { ($0.collection, entity(of: $0)) }
            + [
                ("accounts", "account"), ("account_links", "account_link"), ("sessions", "session"),
                ("report_publications", "report_publication"),
            ]
    }

    private static func entity<R: PlanRecord>(of type: R.Type) -> String { R.schema.entity }

    /// Checks the whole database: SQLite's integrity and foreign keys, and an audit row for every stored record; in
    /// time linear in the database. Nothing is changed. (Two versions of one key recorded in the same second are no
    /// finding: the one stored last counts, by the one supersession rule every surface applies.)
    public func check() throws -> [CheckFinding] {
        try reading { db in
            var findings: [CheckFinding] = []
            for row in try db.rows("PRAGMA integrity_check") where row.first?.text != "ok" {
                findings.append(CheckFinding(kind: .integrity, detail: row.first?.text ?? "unreadable"))
            }
            for row in try db.rows("PRAGMA foreign_key_check") {
                let table = row[0].text ?? "?", rowID = row[1].integer.map(String.init) ?? "?",
                    parent = row[2].text ?? "?"
                findings.append(
                    CheckFinding(kind: .foreignKey, detail: "\(table) row \(rowID) refers to a missing \(parent) row"))
            }
            for (table, entity) in Self.auditedTables {
                findings += try Self.unaudited(db, table: table, entity: entity)
            }
            return findings
        }
    }

    /// Copies the database into one file at `path` while others go on reading and writing (SQLite's online backup).
    public func backup(to path: String) throws {
        try reading { db in try db.backup(to: path) }
    }

    /// The rows of `table` that no audit row accounts for: one merge of the table's ids, in order, with the ids its
    /// audit rows name (read in order on the `(entity, entity_id)` index) and the id ranges of its bulk imports.
    private static func unaudited(_ db: Database, table: String, entity: String) throws -> [CheckFinding] {
        var ranges: [ClosedRange<Int64>] = []
        try db.forEachRow(
            """
            SELECT json_extract(after, '$.first_id'), json_extract(after, '$.last_id') FROM audit_log
            WHERE entity = ? AND operation = 'import'
            """, [.text(entity)]
        ) { row in
            guard let first = row.integer(at: 0), let last = row.integer(at: 1), first <= last else { return }
            ranges.append(first...last)
        }
        ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }.reduce(into: []) { merged, range in
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var audited: [Int64] = []
        try db.forEachRow(
            "SELECT entity_id FROM audit_log WHERE entity = ? AND operation IN ('create', 'append') ORDER BY entity_id",
            [.text(entity)]
        ) { row in audited.append(row.integer(at: 0) ?? 0) }
        var (nextAudited, nextRange) = (0, 0)
        var ids: [Int64] = []
        var count = 0
        try db.forEachRow("SELECT id FROM \(table) ORDER BY id") { row in
            let id = row.integer(at: 0) ?? 0
            while nextAudited < audited.count, audited[nextAudited] < id { nextAudited += 1 }
            while nextRange < ranges.count, ranges[nextRange].upperBound < id { nextRange += 1 }
            let inRange = nextRange < ranges.count && ranges[nextRange].contains(id)
            guard !(nextAudited < audited.count && audited[nextAudited] == id), !inRange else { return }
            count += 1
            if ids.count < 10 { ids.append(id) }
        }
        guard count > 0 else { return [] }
        let shown = ids.map(String.init).joined(separator: ", ") + (count > 10 ? ", …" : "")
        return [CheckFinding(kind: .unaudited, detail: "\(count) \(table) row(s) without an audit row: ids \(shown)")]
    }
}
