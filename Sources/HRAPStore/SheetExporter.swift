import CSVParsing
import HRAPCore
import JSONCoding
import SQLiteStore

/// Writes a sheet straight from the database rows (no decoding into records): stored values are already valid.
struct SheetExporter {
    let db: Database
    let plan: PlanRef
    let writer: CSVWriter
    let conventions: FieldKind.TextConventions

    func export<R: PlanRecord>(_ sheet: Sheet<R>, since: (column: String, value: SQLiteValue)?) throws -> String {
        let table = R.table
        let fields = sheet.columns.compactMap(R.schema.field(named:))
        let columns = fields.map { "\"\($0.name)\"" }.joined(separator: ", ")
        var filter = ""
        var arguments: [SQLiteValue] = [.integer(plan.id)]
        if let since {
            filter = " AND \"\(since.column)\" >= ?"
            arguments.append(since.value)
        }
        let sql: String
        if table.isAppendOnly {
            let key = table.identity.map { "\"\($0)\"" }.joined(separator: ", ")
            sql = """
                SELECT \(columns) FROM (
                  SELECT *, row_number() OVER (PARTITION BY \(key) ORDER BY recorded_at DESC, id DESC) AS version,
                    min(id) OVER (PARTITION BY \(key)) AS first_id
                  FROM \(table.name) WHERE plan_id = ?\(filter))
                WHERE version = 1 ORDER BY first_id
                """
        } else {
            sql = "SELECT \(columns) FROM \(table.name) WHERE plan_id = ?\(filter) ORDER BY id"
        }
        var output = writer.line(sheet.columns)
        var cells = [String](repeating: "", count: fields.count)
        try db.forEachRow(sql, arguments) { row in
            for (index, field) in fields.enumerated() {
                cells[index] = cell(row.value(at: Int32(index)), field.kind)
            }
            output += writer.line(cells)
        }
        return output
    }

    private func cell(_ value: SQLiteValue, _ kind: FieldKind) -> String {
        switch (value, kind) {
        case (.null, _): return ""
        case (.text(let text), .list), (.text(let text), .dictionary), (.text(let text), .records):
            return kind.text(from: ColumnValue.json(.text(text), kind: kind), conventions)
        case (.text(let text), _): return text
        case (.integer(let number), .bool): return number != 0 ? "yes" : "no"
        case (.integer(let number), _): return String(number)
        case (.real(let number), _): return kind.text(from: .number(number), conventions)
        case (.blob, _): return ""
        }
    }
}
