import CSVParsing
import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Imports a spreadsheet (CSV) of one kind into a plan, all or nothing.
    ///
    /// Every row is checked first (cells, references, repeated keys); any problem throws with all of them and nothing
    /// is written. Measurements and progress updates are appended only where new or changed (a correction supersedes
    /// the stored value; both are kept) and the import leaves one audit row; budget lines and indicators are created or
    /// updated by their identity with an audit row each.
    public func importSheet(
        _ kind: SheetKind, bytes: [UInt8], source: String, plan: String, delimiter: UInt8? = nil, by author: Authorship,
        allowingMoves: Bool = false, progress: ProgressHandler? = nil
    ) throws -> SheetImportSummary {
        var offset = 0
        let stream = CSVStream(delimiter: delimiter) {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 << 20 }
            return Array(bytes[offset..<min(bytes.count, offset + 1 << 20)])
        }
        return try importSheet(
            kind, stream: stream, source: source, plan: plan, by: author, allowingMoves: allowingMoves,
            progress: progress)
    }

    /// Imports a spreadsheet read from a stream of chunks (a file read piece by piece), with the same rules as
    /// ``importSheet(_:bytes:source:plan:delimiter:by:progress:)``. Measurements are checked and written batch by
    /// batch, so memory does not grow with the file; the other kinds, small by nature, are read whole first.
    /// During a streamed measurement import `progress` is given the rows done and a total of 0 (not known yet).
    /// An indicator whose objective or measure differs from the stored one is refused unless `allowingMoves`: a
    /// spreadsheet that turned `1.10` into `1.1` must not move it silently.
    public func importSheet(
        _ kind: SheetKind, stream: CSVStream, source: String, plan: String, by author: Authorship,
        allowingMoves: Bool = false, progress: ProgressHandler? = nil
    ) throws -> SheetImportSummary {
        var stream = stream
        var summary = try writing { db in
            let plan = try Self.plan(plan, in: db).ref
            var importer = SheetImporter(db: db, plan: plan, source: source, author: author, progress: progress)
            func whole() throws -> ([CSVReader.Record], FieldKind.TextConventions) {
                let (delimiter, records) = try Self.readCSV(&stream, source: source)
                return (records, Self.conventions(delimiter))
            }
            switch kind {
            case .measurements:
                let indicators = Dictionary(
                    try Indicator.table.fetchAll(db, plan: plan).map { ($0.record.code, $0.record) },
                    uniquingKeysWith: { $1 })
                return try Self.syntaxChecked(source) {
                    try importer.measurements(&stream, indicators: indicators)
                }
            case .progress:
                let (records, conventions) = try whole()
                let actions = Set(try Action.table.fetchAll(db, plan: plan).map(\.record.code))
                return try importer.progressUpdates(records, conventions) { update, line in
                    Self.unknown(update.action, in: actions, "action", "line \(line), action")
                }
            case .commitments:
                let (records, conventions) = try whole()
                let actions = Dictionary(
                    try Action.table.fetchAll(db, plan: plan).map { ($0.record.code, $0.record) },
                    uniquingKeysWith: { $1 })
                return try importer.commitments(records, conventions) { commitment, line in
                    commitment.problems(actions: actions, path: "").map {
                        ValidationProblem(path: "line \(line), \($0.path)", code: $0.code, message: $0.message)
                    }
                }
            case .budget:
                let (records, conventions) = try whole()
                let actions = Set(try Action.table.fetchAll(db, plan: plan).map(\.record.code))
                return try importer.updatable(SheetFormats.budget, records, conventions) { line, row in
                    Self.unknown(line.action, in: actions, "action", "line \(row), action")
                }
            case .indicators:
                let (records, conventions) = try whole()
                let check = try Self.indicatorCheck(db, plan: plan, allowingMoves: allowingMoves)
                return try importer.updatable(SheetFormats.indicators, records, conventions, check: check)
            }
        }
        summary.semicolons = stream.delimiter == UInt8(ascii: ";")
        return summary
    }

    /// The spreadsheet of one kind for a plan: current values only (superseded corrections left out), in the columns
    /// `importSheet` reads, so an exported file imports back unchanged. `since` keeps rows dated on or after it
    /// (for budget lines: fiscal years from its year on). A semicolon file starts with a UTF-8 byte order mark, which
    /// Excel needs to read UTF-8 on a double click (imports skip it).
    public func exportSheet(
        _ kind: SheetKind, plan: String, since: CalendarDate? = nil, delimiter: UInt8 = UInt8(ascii: ",")
    ) throws -> String {
        var bytes: [UInt8] = []
        try exportSheet(kind, plan: plan, since: since, delimiter: delimiter) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same sheet, emitted in chunks that each end at the end of a row (valid UTF-8), so that a large plan's
    /// sheet is never whole in memory; a `;` sheet starts with a byte order mark.
    public func exportSheet(
        _ kind: SheetKind, plan: String, since: CalendarDate? = nil, delimiter: UInt8 = UInt8(ascii: ","),
        emit: ([UInt8]) throws -> Void
    ) throws {
        try reading { db in
            let plan = try Self.plan(plan, in: db).ref
            if delimiter == UInt8(ascii: ";") { try emit(Array("\u{FEFF}".utf8)) }
            let exporter = SheetExporter(
                db: db, plan: plan, writer: CSVWriter(delimiter: delimiter), conventions: Self.conventions(delimiter))
            let dateFilter = since.map { ("date", SQLiteValue.text($0.description)) }
            switch kind {
            case .measurements: try exporter.export(SheetFormats.measurements, since: dateFilter, emit: emit)
            case .progress: try exporter.export(SheetFormats.progress, since: dateFilter, emit: emit)
            case .budget:
                try exporter.export(
                    SheetFormats.budget, since: since.map { ("fiscal_year", .integer(Int64($0.year))) }, emit: emit)
            case .indicators: try exporter.export(SheetFormats.indicators, since: nil, emit: emit)
            case .commitments:
                try exporter.export(
                    SheetFormats.commitments, since: since.map { ("year", .integer(Int64($0.year))) }, emit: emit)
            }
        }
    }

    /// Spreadsheet conventions for a delimiter: `;` files (German, French, Spanish offices) use a decimal comma and
    /// may write dates day first; list items are separated by `;`.
    static func conventions(_ delimiter: UInt8) -> FieldKind.TextConventions {
        let semicolon = delimiter == UInt8(ascii: ";")
        return FieldKind.TextConventions(listSeparator: ";", decimalComma: semicolon, dayFirstDates: semicolon)
    }

    /// The checks of an indicator row against the plan: the codes it names exist, and it moves no stored indicator
    /// to another objective or measure unless `allowingMoves`.
    private static func indicatorCheck(_ db: Database, plan: PlanRef, allowingMoves: Bool) throws
        -> (Indicator, Int) -> [ValidationProblem]
    {
        let structure = try planFile(plan.code, in: db, progress: false)
        let objectives = Set(structure.objectives.map(\.code)), actions = Set(structure.actions.map(\.code))
        let standards = Set(structure.standards.map(\.code))
        let stored = Dictionary(structure.indicators.map { ($0.code, $0) }, uniquingKeysWith: { $1 })
        return { indicator, line in
            (allowingMoves ? [] : moved(indicator, from: stored[indicator.code], line: line))
                + unknown(indicator.objective, in: objectives, "objective", "line \(line), objective")
                + unknown(indicator.action, in: actions, "action", "line \(line), action")
                + indicator.standards.flatMap { unknown($0, in: standards, "standard", "line \(line), standards") }
        }
    }

    /// The problem of an indicator row that would move the indicator to another objective or measure.
    static func moved(_ indicator: Indicator, from stored: Indicator?, line: Int) -> [ValidationProblem] {
        guard let stored else { return [] }
        var problems: [ValidationProblem] = []
        for (name, old, new) in [
            ("objective", stored.objective, indicator.objective), ("action", stored.action, indicator.action),
        ] where old != new {
            problems.append(
                ValidationProblem(
                    path: "line \(line), \(name)", code: .notAllowed,
                    message: "indicator \(indicator.code): \(name) changed from \(old ?? "none") to \(new ?? "none"); "
                        + "did a spreadsheet turn a code into a number? A move must be asked for (allow moves)"))
        }
        return problems
    }

    /// Every record of the stream; throws for an empty input or text that is not CSV.
    static func readCSV(_ stream: inout CSVStream, source: String) throws -> (UInt8, [CSVReader.Record]) {
        try syntaxChecked(source) {
            var records: [CSVReader.Record] = []
            while let batch = try stream.nextBatch() { records += batch }
            guard !records.isEmpty else { throw emptyFile(source) }
            return (stream.delimiter ?? 0x2C, records)
        }
    }

    /// What `body` returns, with a CSV syntax error turned into the file's validation error at its line.
    static func syntaxChecked<T>(_ source: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CSVReader.SyntaxError {
            throw ValidationError(
                source: source, problems: [.init(path: "line \(error.line)", code: .malformed, message: error.reason)])
        }
    }

    /// The error of a file with no header row.
    static func emptyFile(_ source: String) -> ValidationError {
        ValidationError(
            source: source,
            problems: [.init(path: "line 1", code: .malformed, message: "the file is empty; it needs a header row")])
    }

    static func unknown(_ code: String?, in known: Set<String>, _ what: String, _ path: String) -> [ValidationProblem] {
        guard let code, !known.contains(code) else { return [] }
        return [
            ValidationProblem(
                path: path, code: .unknownReference, message: "no \(what) with code '\(code)' in the plan")
        ]
    }
}
