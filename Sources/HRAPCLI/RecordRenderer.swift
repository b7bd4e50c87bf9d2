import CSVParsing
import HRAPCore
import JSONCoding

/// Prints records as a table of chosen columns (for people), or every field as JSON or CSV (for scripts).
struct RecordRenderer<R: Record> {
    /// The fields shown as table columns.
    let columns: [String]

    func render(_ records: [R], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONWriter.pretty(.array(records.map(R.schema.encode))) + "\n"
        case .csv:
            let fields = R.schema.fields
            return CSVWriter().text([fields.map(\.name)] + records.map { record in fields.map { cellText($0.storedValue(of: record)) } })
        case .table:
            guard !records.isEmpty else { return "No \(R.schema.entity.replacing("_", with: " "))s.\n" }
            let fields = columns.compactMap(R.schema.field(named:))
            let rows = records.map { record in fields.map { cellText($0.storedValue(of: record)) } }
            return TableRenderer.render(header: fields.map(\.name), rows: rows)
        }
    }
}
