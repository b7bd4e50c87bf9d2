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

    /// How many bytes of CSV are gathered before they are emitted (always at the end of a row).
    static let chunkSize = 1 << 18

    /// Emits the sheet's header and rows in chunks of about ``chunkSize`` bytes, each ending at the end of a row.
    func export<R: PlanRecord>(
        _ sheet: Sheet<R>, since: (column: String, value: SQLiteValue)?, emit: ([UInt8]) throws -> Void
    ) throws {
        let table = R.table
        let fields = sheet.columns.compactMap(R.schema.field(named:))
        let columns = fields.map { "\"\($0.name)\"" }.joined(separator: ", ")
        var filter = ""
        var arguments: [SQLiteValue] = [.integer(plan.id)]
        if let since {
            filter = " AND \"\(since.column)\" >= ?"
            arguments.append(since.value)
        }
        let superseded = table.isAppendOnly ? try table.supersededIDs(db, plan: plan) : []
        let source = table.name + (try scan(table.name))
        let sql = "SELECT id, \(columns) FROM \(source) WHERE plan_id = ?\(filter) ORDER BY id"
        var output: [UInt8] = []
        for (index, name) in sheet.columns.enumerated() { writer.appendField(name, first: index == 0, to: &output) }
        writer.endRecord(&output)
        let copiesText = fields.map { field in
            switch field.kind {
            case .list, .dictionary, .records, .bool, .number, .integer: false
            default: true
            }
        }
        try db.forEachRow(sql, arguments) { row in
            if !superseded.isEmpty, superseded.contains(row.integer(at: 0) ?? 0) { return }
            for (index, field) in fields.enumerated() {
                let column = Int32(index + 1)
                if copiesText[index], row.isText(at: column) {
                    _ = row.withUTF8(at: column) { bytes in
                        if SpreadsheetCell.startsFormula(bytes) {
                            writer.appendField(
                                SpreadsheetCell.neutralized(String(decoding: bytes, as: UTF8.self)), first: index == 0,
                                to: &output)
                        } else {
                            writer.appendField(bytes, first: index == 0, to: &output)
                        }
                    }
                } else {
                    let text = cell(row.value(at: column), field.kind)
                    writer.appendField(
                        field.kind.isNumeric ? text : SpreadsheetCell.neutralized(text), first: index == 0, to: &output)
                }
            }
            writer.endRecord(&output)
            if output.count >= Self.chunkSize {
                try emit(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { try emit(output) }
    }

    /// How to read a plan's rows in storage order: when the plan holds a large share of the table (a quarter or
    /// more), straight through the table (`NOT INDEXED`: pages in order, no sort), else by the plan's index entries
    /// and a sort of their ids, which reads nothing of other plans.
    private func scan(_ table: String) throws -> String {
        let planRows =
            try db.scalar(
                "SELECT count(*) FROM \(table) WHERE plan_id = ?", [.integer(plan.id)])?.integer ?? 0
        let allRows = try db.scalar("SELECT count(*) FROM \(table)")?.integer ?? 0
        return planRows * 4 >= allRows ? " NOT INDEXED" : ""
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
