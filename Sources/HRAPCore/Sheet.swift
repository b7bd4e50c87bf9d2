import JSONCoding

/// The columns of a spreadsheet of records of one type, and how its rows become records and back.
///
/// Cells are read with the same codecs and rules as plan files; a header names the columns, in any order.
public struct Sheet<R: Record> {
    /// The columns in the order files are written, by field name.
    public let columns: [String]
    /// Columns a file must have (the fields that identify a row and the required values).
    public let requiredColumns: [String]

    /// A sheet of the given fields; every name must be a field of the record.
    public init(columns: [String], requiredColumns: [String]) {
        precondition(columns.allSatisfy { R.schema.field(named: $0) != nil }, "unknown column in \(columns)")
        self.columns = columns
        self.requiredColumns = requiredColumns
    }

    /// The fields a file's header names, and the record's other fields.
    public struct Header: Sendable {
        /// The fields of the columns, in file order.
        public let fields: [Field<R>]
        /// The record's fields that have no column.
        public let missing: [Field<R>]
    }

    /// The fields named by a header row (matched case-insensitively, spaces as underscores), or the problems:
    /// unknown, repeated and missing columns.
    public func header(_ names: [String], line: Int) -> (Header, [ValidationProblem]) {
        var fields: [Field<R>] = []
        var problems: [ValidationProblem] = []
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            let normalized = name.trimmingWhitespace.lowercased().replacing(" ", with: "_").replacing("-", with: "_")
            let path = "line \(line), column \(index + 1)"
            guard columns.contains(normalized), let field = R.schema.field(named: normalized) else {
                problems.append(
                    .init(
                        path: path, code: .unknownName,
                        message: "unknown column '\(name)'; the columns are \(columns.joined(separator: ", "))"))
                continue
            }
            guard seen.insert(normalized).inserted else {
                problems.append(.init(path: path, code: .duplicate, message: "column '\(normalized)' appears twice"))
                continue
            }
            fields.append(field)
        }
        for name in requiredColumns where !seen.contains(name) {
            problems.append(
                .init(path: "line \(line)", code: .required, message: "the required column '\(name)' is missing"))
        }
        return (Header(fields: fields, missing: R.schema.fields.filter { !seen.contains($0.name) }), problems)
    }

    /// A record from one row's cells, laid over `base` (an existing record being changed) when given:
    /// columns the file has replace the base's values, an empty cell clears an optional field. A plan code (the
    /// record's own or one it names) that a spreadsheet turned into a date or a number is refused with words
    /// (``SpreadsheetCell/mangledCode(_:)``); other codes, such as budget codes `31.10.01`, are the office's own.
    public func record(
        cells: [String], header: Header, base: R? = nil, line: Int, _ conventions: FieldKind.TextConventions
    ) -> (R, [ValidationProblem]) {
        guard cells.count == header.fields.count else {
            return (
                R(),
                [
                    .init(
                        path: "line \(line)", code: .malformed,
                        message: "has \(cells.count) cells, the header has \(header.fields.count)")
                ]
            )
        }
        var values = zip(header.fields, cells).map { field, cell in
            (
                field: field,
                value: Optional(
                    field.kind.json(fromText: field.kind.isNumeric ? cell : SpreadsheetCell.restored(cell), conventions)
                )
            )
        }
        var record = base ?? R()
        if base == nil { values += header.missing.map { (field: $0, value: nil) } }
        let mangled = zip(header.fields, cells).compactMap { field, cell -> ValidationProblem? in
            guard field.kind == .code, field.name == "code" || PlanDependants.references[field.name] != nil,
                let message = SpreadsheetCell.mangledCode(cell)
            else { return nil }
            return ValidationProblem(path: field.name, code: .invalidValue, message: message)
        }
        let problems = mangled + R.schema.assign(values, to: &record, path: "")
        return (
            record,
            problems.map { ValidationProblem(path: "line \(line), \($0.path)", code: $0.code, message: $0.message) }
        )
    }

    /// The cells of a record, in column order.
    public func cells(of record: R, _ conventions: FieldKind.TextConventions) -> [String] {
        columns.compactMap(R.schema.field(named:)).map { $0.kind.text(from: $0.get(record), conventions) }
    }
}

/// The spreadsheet formats of hrap: progress data and indicators as officers keep them.
public enum SheetFormats {
    /// Indicator values: one row per indicator, period and group (`disaggregation` as `sex=female`).
    public static var measurements: Sheet<Measurement> {
        Sheet(
            columns: [
                "indicator", "period_start", "date", "disaggregation", "value", "judged_status", "source", "note",
                "evidence_url", "public", "new_method",
            ],
            requiredColumns: ["indicator", "date", "value"])
    }

    /// Continuing measures' yearly commitments: one row per measure and year.
    public static var commitments: Sheet<YearlyCommitment> {
        Sheet(
            columns: ["action", "year", "commitments", "percent_met", "note"],
            requiredColumns: ["action", "year", "commitments"])
    }

    /// Action progress updates: one row per action and date.
    public static var progress: Sheet<ProgressUpdate> {
        Sheet(
            columns: ["action", "date", "status", "percent_complete", "narrative", "evidence_urls", "public"],
            requiredColumns: ["action", "date", "status"])
    }

    /// Budget lines: one row per action, fiscal year, funding source and budget code.
    public static var budget: Sheet<BudgetLine> {
        Sheet(
            columns: [
                "action", "field", "fiscal_year", "planned", "allocated", "spent", "currency", "funding_source",
                "budget_code",
                "external_id", "note",
            ],
            requiredColumns: ["action", "fiscal_year", "currency", "funding_source"])
    }

    /// Indicator definitions (milestones stay in the plan file).
    public static var indicators: Sheet<Indicator> {
        Sheet(
            columns: [
                "code", "objective", "action", "name", "type", "value_type", "unit", "direction", "baseline_value",
                "baseline_date",
                "target_value", "target_date", "target_text", "data_source", "frequency_months", "one_off",
                "disaggregation", "note", "standards", "external_id",
            ],
            requiredColumns: ["code"])
    }
}
