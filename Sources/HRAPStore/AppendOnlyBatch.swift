import HRAPCore
import JSONCoding
import SQLiteStore

/// Writes a plan file's section of measurements or progress updates through the table's ``AppendOnlyWriter``:
/// one pass over the stored rows, one audit row for the section, conflicts as problems at their JSON path.
struct AppendOnlyBatch<R: PlanRecord & RecordedVersion> {
    let db: Database
    let plan: PlanRef
    let author: Authorship
    let source: String

    /// Writes the records; returns the counts and the conflicts (paths into the plan file's section).
    func write(_ records: [R]) throws -> (ImportSummary.Counts, [ValidationProblem]) {
        let table = R.table
        let stored = try table.fetchAll(db, plan: plan).map { (sequence: $0.id, version: $0.record) }
        var writer = table.appendWriter(
            db, plan: plan, author: author, stored: stored, expected: records.count, acceptsHistory: true,
            key: table.identityValues(of:),
            audit: .batch(entity: table.schema.entity, source: source), recordedAt: { $0.recordedAt }, stamp: { $0.stamped(by: author) })
        var problems: [ValidationProblem] = []
        for (index, record) in records.enumerated() {
            if case .conflict(let message) = try writer.append(record) {
                problems.append(.init(path: "$.\(R.sectionName)[\(index)]", code: .historyConflict, message: message))
            }
        }
        try writer.finish(counts: [("rows", records.count), ("appended", writer.appended), ("unchanged", writer.unchanged)])
        var counts = ImportSummary.Counts()
        (counts.appended, counts.unchanged) = (writer.appended, writer.unchanged)
        return (counts, problems)
    }
}
