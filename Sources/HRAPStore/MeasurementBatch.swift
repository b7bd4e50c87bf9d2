import HRAPCore
import SQLiteStore

/// Writes a plan file's measurements as the file gives them one at a time (``PlanFileStream``, read on a thread of
/// their own), through the bulk path of the spreadsheet import: each key sought on the key index
/// (``MeasurementRow/lookup(_:plan:)``) instead of holding the plan's values, inserts bound column by column,
/// SQLite's page cache raised for the section. History (versions with their recording time) is kept as the writer's
/// rules say (``AppendOnlyWriter``). Into a plan that held no values, a key the file has not written yet is not
/// sought at all: a ``KeyFilter`` of the keys written tells which keys the store may hold. One audit row.
struct MeasurementBatch {
    let db: Database
    let plan: PlanRef
    let author: Authorship
    let source: String

    /// Writes the measurements that show no problem; returns the counts, adding the problems and conflicts to
    /// `problems`.
    func write(_ stream: PlanFileStream, problems: inout ProblemLog) throws -> ImportSummary.Counts {
        let planHeldValues =
            try db.scalar(
                "SELECT 1 FROM measurements WHERE plan_id = ? LIMIT 1", [.integer(plan.id)]) != nil
        let seek = try MeasurementRow.lookup(db, plan: plan)
        let insert = try MeasurementRow.insert(db, plan: plan, author: author)
        var written = KeyFilter()
        let author = author
        var writer = AppendOnlyWriter<Measurement, MeasurementKey>(
            db: db, plan: plan, author: author,
            lookup: { measurement, time in
                guard planHeldValues || written.mayContain(measurement.key.filterHash) else { return (nil, nil) }
                return try seek(measurement, time)
            },
            recordedAt: { $0.recordedAt }, sameContent: Measurement.sameContent,
            stamp: { $0.stamped(by: author) },
            insert: { measurement in
                try insert(measurement)
                if !planHeldValues { written.insert(measurement.key.filterHash) }
            },
            audit: .batch(entity: Measurement.schema.entity, source: source))
        let restoreCache = try SheetImporter.raiseCache(db)
        defer { restoreCache() }
        var rows = 0
        let pipeline = Self.read(stream)
        defer { pipeline.finish() }
        while let part = try pipeline.next() {
            for (index, measurement, found) in part {
                rows += 1
                problems += found
                guard found.isEmpty else { continue }
                if case .conflict(let message) = try writer.append(measurement) {
                    problems.append(.init(path: "$.measurements[\(index)]", code: .historyConflict, message: message))
                }
            }
        }
        try writer.finish(counts: [("rows", rows), ("appended", writer.appended), ("unchanged", writer.unchanged)])
        var counts = ImportSummary.Counts()
        (counts.appended, counts.unchanged) = (writer.appended, writer.unchanged)
        return counts
    }

    /// A measurement as the file gives it: its index, the measurement, its problems.
    typealias Read = (index: Int, measurement: Measurement, problems: [ValidationProblem])

    /// Reads (parses, decodes and checks) the measurements on a thread of their own, in parts of
    /// ``SheetImporter/rowsPerPart``, so reading overlaps with writing (``Pipeline``).
    private static func read(_ stream: PlanFileStream) -> Pipeline<[Read]> {
        Pipeline(capacity: SheetImporter.partsWaiting) { send in
            var part: [Read] = []
            try stream.forEachMeasurement { index, measurement, found in
                part.append((index, measurement, found))
                guard part.count == SheetImporter.rowsPerPart else { return }
                try send(part)
                part = []
            }
            if !part.isEmpty { try send(part) }
        }
    }
}
