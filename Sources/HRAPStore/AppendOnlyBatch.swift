import HRAPCore
import JSONCoding
import SQLiteStore

/// Writes a plan file's progress updates through the table's ``AppendOnlyWriter``, as the file gives them one at a
/// time: one pass over the stored rows, one audit row for the section, conflicts as problems at their JSON path.
/// The writer holds the plan's stored updates and those of the file (a plan has some per action and report, not
/// millions); measurements take the bulk path (``MeasurementBatch``).
struct AppendOnlyBatch<R: PlanRecord & RecordedVersion> {
    let db: Database
    let plan: PlanRef
    let author: Authorship
    let source: String

    /// The records of a section, each with its index and the problems the file shows in it (``PlanFileStream``).
    typealias Records = ((Int, R, [ValidationProblem]) throws -> Void) throws -> Void

    /// Writes the records that show no problem; returns the counts, adding the problems and conflicts (paths into
    /// the plan file's section) to `problems`.
    func write(_ records: Records, problems: inout ProblemLog) throws -> ImportSummary.Counts {
        let table = R.table
        let stored = try table.fetchAll(db, plan: plan).map { (sequence: $0.id, version: $0.record) }
        var writer = table.appendWriter(
            db, plan: plan, author: author, stored: stored, acceptsHistory: true, key: table.identityValues(of:),
            audit: .batch(entity: table.schema.entity, source: source), recordedAt: { $0.recordedAt },
            stamp: { $0.stamped(by: author) })
        var rows = 0
        try records { index, record, found in
            rows += 1
            problems += found
            guard found.isEmpty else { return }
            if case .conflict(let message) = try writer.append(record) {
                problems.append(.init(path: "$.\(R.sectionName)[\(index)]", code: .historyConflict, message: message))
            }
        }
        try writer.finish(counts: [("rows", rows), ("appended", writer.appended), ("unchanged", writer.unchanged)])
        var counts = ImportSummary.Counts()
        (counts.appended, counts.unchanged) = (writer.appended, writer.unchanged)
        return counts
    }
}
