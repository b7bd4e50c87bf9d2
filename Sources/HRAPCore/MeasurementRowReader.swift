import JSONCoding

/// Reads spreadsheet rows straight into measurements: the bulk path of `import-csv measurements`.
///
/// It gives the same measurements and the same problems, in the same order, as `Sheet<Measurement>.record`
/// (a test holds the two together), using the same codecs, but without the generic field machinery, which
/// costs several times more per row.
public struct MeasurementRowReader: Sendable {
    private enum Column: String, Sendable {
        case indicator, periodStart = "period_start", date, disaggregation, value, source, note
        case evidenceURL = "evidence_url", isPublic = "public", judgedStatus = "judged_status"
        case isNewMethod = "new_method"
    }

    private let columns: [Column]
    private let conventions: FieldKind.TextConventions
    private let code = FieldCodec<String>.code
    private let text = FieldCodec<String>.text
    private let url = FieldCodec<String>.url
    private let date = FieldCodec<CalendarDate>.date
    private let number = FieldCodec<Double>.number(acceptsYesNo: true)
    private let dictionary = FieldCodec<[String: String]>.dictionary
    private let flag = FieldCodec<Bool>.bool
    private let judged = FieldCodec<Measurement.JudgedStatus>.choice
    private let dictionaryKind = FieldKind.dictionary

    /// A reader for files with this header (as checked by `SheetFormats.measurements.header`).
    public init(header: Sheet<Measurement>.Header, _ conventions: FieldKind.TextConventions) {
        columns = header.fields.map { field in
            guard let column = Column(rawValue: field.name) else {
                preconditionFailure("no measurement column \(field.name)")
            }
            return column
        }
        self.conventions = conventions
    }

    /// Whether the row's value cell is a yes/no word (which only yes/no indicators take).
    public func valueIsYesNoWord(_ cells: [String]) -> Bool {
        guard let index = columns.firstIndex(of: .value), index < cells.count else { return false }
        return FieldKind.isYesNoWord(cells[index])
    }

    /// The measurement of one row, or its problems (paths `line N, field`).
    public func read(_ cells: [String], line: Int) -> (Measurement, [ValidationProblem]) {
        var measurement = Measurement()
        guard cells.count == columns.count else {
            return (
                measurement,
                [
                    .init(
                        path: "line \(line)", code: .malformed,
                        message: "has \(cells.count) cells, the header has \(columns.count)")
                ]
            )
        }
        var problems: [ValidationProblem] = []
        for (column, cell) in zip(columns, cells) {
            do throws(FieldError) {
                try assign(cell, to: column, of: &measurement)
            } catch {
                problems.append(
                    .init(path: "line \(line), \(column.rawValue)", code: error.code, message: error.message))
            }
        }
        guard problems.isEmpty else { return (measurement, problems) }
        return (
            measurement,
            Measurement.schema.check(measurement, path: "").map {
                ValidationProblem(path: "line \(line), \($0.path)", code: $0.code, message: $0.message)
            }
        )
    }

    private func assign(_ cell: String, to column: Column, of measurement: inout Measurement) throws(FieldError) {
        let trimmed = column == .value ? cell.trimmingWhitespace : SpreadsheetCell.restored(cell.trimmingWhitespace)
        let absent = trimmed.isEmpty
        switch column {
        case .indicator:
            guard !absent else { throw FieldError("is required", code: .required) }
            if let message = SpreadsheetCell.mangledCode(trimmed) { throw FieldError(message, code: .invalidValue) }
            measurement.indicator = try code.decode(.string(trimmed))
        case .periodStart:
            measurement.periodStart =
                absent ? nil : try date.decode(FieldKind.date.json(fromText: trimmed, conventions))
        case .date:
            guard !absent else { throw FieldError("is required", code: .required) }
            measurement.date = try date.decode(FieldKind.date.json(fromText: trimmed, conventions))
        case .value:
            measurement.value = absent ? nil : try number.decode(FieldKind.number.json(fromText: trimmed, conventions))
        case .judgedStatus:
            measurement.judgedStatus = absent ? nil : try judged.decode(.string(trimmed))
        case .disaggregation:
            measurement.disaggregation =
                absent ? [:] : try dictionary.decode(dictionaryKind.json(fromText: trimmed, conventions))
        case .source:
            measurement.source = absent ? nil : try text.decode(.string(trimmed))
        case .note:
            measurement.note = absent ? nil : try text.decode(.string(trimmed))
        case .evidenceURL:
            measurement.evidenceURL = absent ? nil : try url.decode(.string(trimmed))
        case .isPublic:
            measurement.isPublic = absent ? true : try flag.decode(FieldKind.bool.json(fromText: trimmed, conventions))
        case .isNewMethod:
            measurement.isNewMethod =
                absent ? false : try flag.decode(FieldKind.bool.json(fromText: trimmed, conventions))
        }
    }
}
