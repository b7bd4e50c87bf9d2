import HRAPCore
import JSONCoding
import SQLiteStore

/// Writes a plan file's section of measurements or progress updates in bulk, keeping history honest:
/// a row with `recorded_at` is history (added if absent, refused if it differs from what was recorded then);
/// a row without it is added, stamped with the author, unless it equals the current value for its key.
///
/// One pass over the stored rows, one prepared insert, one audit row for the section.
struct AppendOnlyBatch<R: PlanRecord> {
    let db: Database
    let plan: PlanRef
    let author: Authorship
    let source: String

    /// Writes the records; returns the counts and the conflicts (paths into the plan file's section).
    func write(_ records: [R]) throws -> (ImportSummary.Counts, [ValidationProblem]) {
        let table = R.table
        let fields = table.schema.fields
        guard let recordedAt = table.schema.field(named: "recorded_at"), let recordedBy = table.schema.field(named: "recorded_by"),
            let atIndex = table.schema.position(of: "recorded_at"), let byIndex = table.schema.position(of: "recorded_by")
        else { preconditionFailure("\(R.self) has no recorded_at and recorded_by") }
        var versions: [[SQLiteValue]: R] = [:]
        var current: [[SQLiteValue]: (record: R, recordedAt: String)] = [:]
        for (_, record) in try table.fetchAll(db, plan: plan) {
            let key = table.identityValues(of: record), time = recordedAt.get(record)?.string ?? ""
            versions[key + [.text(time)]] = record
            if (current[key]?.recordedAt ?? "") <= time { current[key] = (record, time) }
        }
        let placeholders = Array(repeating: "?", count: fields.count + 5).joined(separator: ", ")
        let insert = try db.statement(
            "INSERT INTO \(table.name) (plan_id, \(table.columnList), created_at, created_by, updated_at, updated_by) VALUES (\(placeholders))")
        let stamp: [SQLiteValue] = [.text(author.time.description), .text(author.actor)]
        var counts = ImportSummary.Counts()
        var problems: [ValidationProblem] = []
        var firstID: Int64?
        for (index, record) in records.enumerated() {
            let key = table.identityValues(of: record)
            var time = recordedAt.get(record)?.string
            if let given = time {
                if let stored = versions[key + [.text(given)]] {
                    if stored == record {
                        counts.unchanged += 1
                    } else {
                        problems.append(.init(
                            path: "$.\(R.sectionName)[\(index)]",
                            message: "differs from the value recorded at \(given); history cannot be rewritten: omit recorded_at to record a correction"))
                    }
                    continue
                }
            } else if let stored = current[key] {
                if table.hasSameContent(stored.record, record) {
                    counts.unchanged += 1
                    continue
                }
                if let problem = RecordTable<R>.clockProblem(current: stored.record, at: author.time, schema: table.schema) {
                    problems.append(.init(path: "$.\(R.sectionName)[\(index)]", message: problem))
                    continue
                }
            }
            var values = [SQLiteValue.integer(plan.id)] + table.values(of: record) + stamp + stamp
            if time == nil {
                time = author.time.description
                values[atIndex + 1] = stamp[0]
                if recordedBy.get(record) == nil { values[byIndex + 1] = stamp[1] }
            }
            try insert.bind(values)
            try insert.run()
            firstID = firstID ?? db.lastInsertedRowID
            counts.appended += 1
            if let time, (current[key]?.recordedAt ?? "") <= time { current[key] = (record, time) }
        }
        if let firstID {
            try AuditLog.recordImport(
                db, entity: table.schema.entity, plan: plan, source: source,
                counts: [("rows", records.count), ("appended", counts.appended), ("unchanged", counts.unchanged)],
                firstID: firstID, by: author)
        }
        return (counts, problems)
    }
}
