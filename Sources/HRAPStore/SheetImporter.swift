import CSVParsing
import HRAPCore
import JSONCoding
import SQLiteStore

/// Checks and writes the rows of one spreadsheet inside the caller's transaction.
struct SheetImporter {
    let db: Database
    let plan: PlanRef
    let source: String
    let author: Authorship
    let progress: ProgressHandler?

    /// SQLite's page cache during a bulk import, in KiB (as `PRAGMA cache_size` takes it, negative): large enough that
    /// the key index's pages stay in memory instead of spilling to the write-ahead log mid-transaction. Measured at a
    /// million rows: SQLite's default (2 MiB) took a third longer; 32 MiB was no faster than 16 and used 16 more.
    static let bulkCacheKiB = -16_384

    /// Raises SQLite's page cache to ``bulkCacheKiB`` for a bulk write; returns what sets it back.
    static func raiseCache(_ db: Database) throws -> () -> Void {
        let cacheSize = try db.scalar("PRAGMA cache_size")?.integer ?? -2_000
        try db.execute("PRAGMA cache_size = \(bulkCacheKiB)")
        return { try? db.execute("PRAGMA cache_size = \(cacheSize)") }
    }

    /// How often progress is reported, in rows.
    static let progressInterval = 5_000

    /// Progress updates: read through the generic sheet, then appended where new or changed; one audit row.
    mutating func progressUpdates(
        _ records: [CSVReader.Record], _ conventions: FieldKind.TextConventions,
        check: (ProgressUpdate, Int) -> [ValidationProblem]
    ) throws -> SheetImportSummary {
        let (rows, problems) = try decode(SheetFormats.progress, records, conventions, base: { _ in nil }, check: check)
        return try append(rows, problems: problems, key: { $0.key }, insert: nil)
    }

    /// Continuing measures' yearly commitments, checked against the plan's measures and appended like progress
    /// updates (a changed row supersedes the stored one, which is kept). One audit row.
    mutating func commitments(
        _ records: [CSVReader.Record], _ conventions: FieldKind.TextConventions,
        check: (YearlyCommitment, Int) -> [ValidationProblem]
    ) throws -> SheetImportSummary {
        let (rows, problems) = try decode(
            SheetFormats.commitments, records, conventions, base: { _ in nil }, check: check)
        return try append(rows, problems: problems, key: { $0.key }, insert: nil)
    }

    /// Measurements, the bulk path: rows read from the stream batch by batch by ``MeasurementRowReader``, checked,
    /// and appended at once through the table's ``AppendOnlyWriter`` (bound column by column), so memory holds one
    /// batch and the problems, never the file; repeated rows are found by ``RepeatedRows``. Checking goes on after a
    /// problem, so every bad row is listed; any problem throws, and the caller's transaction writes nothing. One
    /// audit row.
    mutating func measurements(
        _ stream: inout CSVStream, indicators: [String: Indicator]
    ) throws -> SheetImportSummary {
        var batch: [CSVReader.Record] = []
        guard try Self.nextRecords(&stream, into: &batch), let header = batch.first else {
            throw PlanStore.emptyFile(source)
        }
        let (columns, headerProblems) = SheetFormats.measurements.header(header.fields, line: header.line)
        try throwIfAny(Self.log(headerProblems))
        let reader = MeasurementRowReader(header: columns, PlanStore.conventions(stream.delimiter ?? 0x2C))
        let author = author
        let planHasValues =
            try db.scalar(
                "SELECT 1 FROM measurements WHERE plan_id = ? LIMIT 1", [.integer(plan.id)]) != nil
        let seek = try MeasurementRow.lookup(db, plan: plan)
        var writer = AppendOnlyWriter<Measurement, MeasurementKey>(
            db: db, plan: plan, author: author, lookup: planHasValues ? seek : { _, _ in (nil, nil) },
            recordedAt: { $0.recordedAt }, sameContent: Measurement.sameContent, stamp: { $0.stamped(by: author) },
            insert: try MeasurementRow.insert(db, plan: plan, author: author),
            audit: .batch(entity: Measurement.schema.entity, source: source))
        let restoreCache = try Self.raiseCache(db)
        defer { restoreCache() }
        var problems = ProblemLog(), rows = 0, repeated = RepeatedRows(planHeldValues: planHasValues, seek: seek)
        batch.removeFirst()
        let pipeline = Self.readRows(of: batch, then: stream, reader: reader)
        defer { pipeline.finish() }
        while let read = try pipeline.next() {
            for row in read {
                rows += 1
                guard row.problems.isEmpty else {
                    problems += row.problems
                    continue
                }
                let measurement = row.measurement, indicator = indicators[measurement.indicator]
                if indicator?.valueType != .number || !measurement.disaggregation.isEmpty
                    || measurement.judgedStatus != nil || row.valueIsYesNoWord
                {
                    problems += PlanValidator.problems(
                        of: measurement, indicator: indicator, valueGivenAsYesNo: row.valueIsYesNoWord
                    ) { "line \(row.line), \($0)" }
                }
                if let problem = try repeated.problem(of: measurement, line: row.line) {
                    problems.append(problem)
                } else {
                    switch try writer.append(measurement) {
                    case .conflict(let message):
                        problems.append(.init(path: "line \(row.line)", code: .historyConflict, message: message))
                    case .appended: repeated.wrote(measurement, line: row.line, id: db.lastInsertedRowID)
                    case .unchanged: break
                    }
                }
                if rows % Self.progressInterval == 0 { progress?(rows, 0) }
            }
        }
        try throwIfAny(problems)
        return try finish(writer, rows: rows)
    }

    /// A row as read from the file, before the checks that need the plan.
    struct ReadRow: Sendable {
        let line: Int
        let measurement: Measurement
        /// The problems of its cells and of the measurement's own rules; the row is written only without any.
        let problems: [ValidationProblem]
        let valueIsYesNoWord: Bool
    }

    /// How many rows the reading thread hands over at a time, and how many such parts may wait: a few thousand rows
    /// in memory beside the batch being read.
    static let rowsPerPart = 2_000, partsWaiting = 2

    /// Reads the rows of `first` and of the rest of the stream on a thread of their own (``Pipeline``), so reading
    /// and checking cells overlaps with writing; the rows come in file order, a read error in its place.
    private static func readRows(
        of first: [CSVReader.Record], then stream: CSVStream, reader: MeasurementRowReader
    ) -> Pipeline<[ReadRow]> {
        var stream = stream
        return Pipeline(capacity: partsWaiting) { send in
            var batch = first
            repeat {
                for start in stride(from: 0, to: batch.count, by: rowsPerPart) {
                    try send(
                        batch[start..<min(start + rowsPerPart, batch.count)].map { row in
                            let (measurement, found) = reader.read(row.fields, line: row.line)
                            return ReadRow(
                                line: row.line, measurement: measurement, problems: found,
                                valueIsYesNoWord: found.isEmpty && reader.valueIsYesNoWord(row.fields))
                        })
                }
            } while try nextRecords(&stream, into: &batch)
        }
    }

    /// The next batch holding a record (batches of blank lines are passed over); false at the end of the input.
    private static func nextRecords(_ stream: inout CSVStream, into batch: inout [CSVReader.Record]) throws -> Bool {
        while let next = try stream.nextBatch() {
            guard next.isEmpty else {
                batch = next
                return true
            }
        }
        return false
    }

    /// The problem of a row whose key an earlier row of the file has.
    static func repeated<R: PlanRecord>(line: Int, earlier: Int, _ table: RecordTable<R>) -> ValidationProblem {
        let key = table.identity.joined(separator: ", ")
        return ValidationProblem(
            path: "line \(line)", code: .duplicate, message: "repeats the row of line \(earlier) (same \(key))")
    }

    /// The summary of an append-only import, and its one audit row.
    private func finish<R, Key>(_ writer: AppendOnlyWriter<R, Key>, rows: Int) throws -> SheetImportSummary {
        progress?(rows, rows)
        var summary = SheetImportSummary(rows: rows)
        (summary.inserted, summary.corrected, summary.unchanged) =
            (writer.appended - writer.corrections, writer.corrections, writer.unchanged)
        try writer.finish(counts: [
            ("rows", summary.rows), ("inserted", summary.inserted), ("corrected", summary.corrected),
            ("unchanged", summary.unchanged),
        ])
        return summary
    }

    /// Appends the rows that are new or changed through the table's ``AppendOnlyWriter``, after refusing repeated
    /// keys; any refused row (a correction older than the value it would supersede) fails the whole file. One audit row.
    private mutating func append<R: PlanRecord & RecordedVersion, Key: Hashable>(
        _ rows: [(line: Int, record: R)], problems: ProblemLog, key: @escaping (R) -> Key,
        insert: ((R) throws -> Void)?
    ) throws -> SheetImportSummary {
        let table = R.table
        var problems = problems
        var firstLine: [Key: Int] = [:]
        firstLine.reserveCapacity(rows.count)
        for (line, record) in rows {
            if let earlier = firstLine.updateValue(line, forKey: key(record)) {
                problems.append(Self.repeated(line: line, earlier: earlier, table))
            }
        }
        try throwIfAny(problems)
        let stored = try table.fetchCurrent(db, plan: plan).map { (sequence: $0.id, version: $0.record) }
        let author = author
        var writer = table.appendWriter(
            db, plan: plan, author: author, stored: stored, acceptsHistory: false, key: key,
            audit: .batch(entity: table.schema.entity, source: source), recordedAt: { $0.recordedAt },
            stamp: { $0.stamped(by: author) }, insert: insert)
        for (index, (line, record)) in rows.enumerated() {
            if case .conflict(let message) = try writer.append(record) {
                problems.append(.init(path: "line \(line)", code: .historyConflict, message: message))
            }
            if index % Self.progressInterval == 0 { progress?(index, rows.count) }
        }
        try throwIfAny(problems)
        return try finish(writer, rows: rows.count)
    }

    /// Budget lines and indicators: rows are laid over the stored record with the same identity; each write is audited.
    mutating func updatable<R: PlanRecord>(
        _ sheet: Sheet<R>, _ records: [CSVReader.Record], _ conventions: FieldKind.TextConventions,
        check: (R, Int) -> [ValidationProblem]
    ) throws -> SheetImportSummary {
        let table = R.table
        let stored = try table.fetchAll(db, plan: plan).map(\.record)
        let identity = table.identity.compactMap(R.schema.field(named:))
        var (rows, problems) = try decode(
            sheet, records, conventions,
            base: { cells in
                stored.first { record in
                    identity.allSatisfy { field in
                        let given = cells[field.name].flatMap { $0 == .null ? nil : $0 }
                        return given == field.storedValue(of: record)
                    }
                }
            }, check: check)
        var seen: [String: Int] = [:]
        for (line, record) in rows {
            if let earlier = seen.updateValue(line, forKey: table.label(of: record)) {
                problems.append(
                    .init(
                        path: "line \(line)", code: .duplicate,
                        message: "repeats the row of line \(earlier) (\(table.label(of: record)))"))
            }
        }
        try throwIfAny(problems)
        var summary = SheetImportSummary(rows: rows.count)
        for (index, (line, record)) in rows.enumerated() {
            switch try table.save(db, record, plan: plan, by: author) {
            case .created: summary.inserted += 1
            case .updated: summary.corrected += 1
            case .unchanged, .appended: summary.unchanged += 1
            case .conflict(let message, let field, let code):
                problems.append(
                    .init(path: "line \(line)" + (field.map { ", \($0)" } ?? ""), code: code, message: message))
            }
            if index % Self.progressInterval == 0 { progress?(index, rows.count) }
        }
        try throwIfAny(problems)
        progress?(rows.count, rows.count)
        try PlanStore.checkIntegrity(db, plan: plan)
        return summary
    }

    /// The rows that read as records, and the problems of those that do not (cells, rules and `check`);
    /// throws at once only for a bad header, which leaves the rows unreadable.
    private func decode<R: Record>(
        _ sheet: Sheet<R>, _ records: [CSVReader.Record], _ conventions: FieldKind.TextConventions,
        base: ([String: JSONValue]) -> R?, check: (R, Int) -> [ValidationProblem]
    ) throws -> (rows: [(line: Int, record: R)], problems: ProblemLog) {
        guard let header = records.first else { return ([], ProblemLog()) }
        let (columns, headerProblems) = sheet.header(header.fields, line: header.line)
        try throwIfAny(Self.log(headerProblems))
        var rows: [(Int, R)] = []
        rows.reserveCapacity(records.count - 1)
        var problems = ProblemLog()
        for row in records.dropFirst() {
            var identity: [String: JSONValue] = [:]
            for (field, cell) in zip(columns.fields, row.fields) {
                identity[field.name] = field.kind.json(fromText: cell, conventions)
            }
            let (record, found) = sheet.record(
                cells: row.fields, header: columns, base: base(identity), line: row.line, conventions)
            if found.isEmpty {
                problems += check(record, row.line)
                rows.append((row.line, record))
            } else {
                problems += found
            }
        }
        return (rows, problems)
    }

    private static func log(_ problems: [ValidationProblem]) -> ProblemLog {
        var log = ProblemLog()
        log += problems
        return log
    }

    /// Throws every problem kept, in line order (problems of one line in the order found), with the count of the rest.
    private func throwIfAny(_ log: ProblemLog) throws {
        guard !log.isEmpty else { return }
        let problems = log.problems
        func line(_ problem: ValidationProblem) -> Int {
            Int(problem.path.dropFirst("line ".count).prefix { $0.isNumber }) ?? 0
        }
        let ordered = problems.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }
            .map(\.element)
        throw ValidationError(source: source, problems: ordered, omitted: log.omitted)
    }
}
