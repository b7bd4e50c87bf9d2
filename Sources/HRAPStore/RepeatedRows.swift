import HRAPCore

/// Finds the rows of a spreadsheet of measurements whose key an earlier row of the file has (a sheet gives each key
/// once), as they come, in memory that hardly grows with the file.
///
/// Into a plan that held values, every key seen is kept in a ``MeasurementKeyIndex`` (16 bytes a key): an earlier
/// row left unchanged wrote nothing the store could show. Into a plan that held none, every row of the file was
/// written, so a ``KeyFilter`` of the keys written (fixed memory) says when a key may repeat, the store is asked
/// then only, and the row ids written tell the earlier row's line (``WrittenLines``, four bytes a row).
struct RepeatedRows {
    let planHeldValues: Bool
    /// Seeks a key's current version on the key index.
    let seek: (Measurement, Timestamp?) throws -> MeasurementRow.Stored
    private var seen = MeasurementKeyIndex()
    private var written = KeyFilter()
    private var lines = WrittenLines()

    init(planHeldValues: Bool, seek: @escaping (Measurement, Timestamp?) throws -> MeasurementRow.Stored) {
        (self.planHeldValues, self.seek) = (planHeldValues, seek)
    }

    /// The problem of the row at `line` when an earlier row of the file has its key.
    mutating func problem(of measurement: Measurement, line: Int) throws -> ValidationProblem? {
        if planHeldValues {
            guard let earlier = seen.insert(measurement.key, line: line) else { return nil }
            return SheetImporter.repeated(line: line, earlier: earlier, Measurement.table)
        }
        guard written.mayContain(measurement.key.filterHash),
            let id = try seek(measurement, nil).current?.stamp.sequence
        else { return nil }
        guard let earlier = lines.line(of: id) else {
            return ValidationProblem(
                path: "line \(line)", code: .duplicate, message: "repeats an earlier row of the file (row \(id))")
        }
        return SheetImporter.repeated(line: line, earlier: earlier, Measurement.table)
    }

    /// Notes that the row at `line` was written with row id `id`.
    mutating func wrote(_ measurement: Measurement, line: Int, id: Int64) {
        guard !planHeldValues else { return }
        written.insert(measurement.key.filterHash)
        lines.append(line: line, id: id)
    }

    /// The lines of the rows an import wrote, by row id: row ids in one write transaction run on without gaps, so
    /// four bytes a row hold them.
    private struct WrittenLines {
        private var firstID: Int64?
        private var lines: [Int32] = []
        /// False once an id did not follow the one before (SQLite's largest row id was taken): lines are then unknown.
        private var runOn = true

        mutating func append(line: Int, id: Int64) {
            firstID = firstID ?? id
            runOn = runOn && id - (firstID ?? id) == Int64(lines.count)
            lines.append(Int32(clamping: line))
        }

        /// The line that wrote a row, or nil when it is not known.
        func line(of id: Int64) -> Int? {
            guard runOn, let firstID, id >= firstID, id - firstID < Int64(lines.count) else { return nil }
            return Int(lines[Int(id - firstID)])
        }
    }
}
