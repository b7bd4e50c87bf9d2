import CSVParsing
import HRAPCore
import JSONCoding

/// Prints records as a table of chosen columns (for people), or every field as JSON or CSV (for scripts).
///
/// `annotations` adds or overrides values per record (by its label): derived values such as an action's current status,
/// so that every command shows the same status.
struct RecordRenderer<R: Record> {
    /// The fields shown as table columns.
    let columns: [String]
    /// Derived values by record label: replace a field of the same name, or follow the fields.
    var annotations: [String: [(String, JSONValue)]] = [:]
    var label: (R) -> String = { _ in "" }

    /// The record's members with its annotations laid over them.
    func members(_ record: R) -> [(String, JSONValue)] {
        var members = R.schema.encode(record).members ?? []
        for (name, value) in annotations[label(record)] ?? [] {
            if let index = members.firstIndex(where: { $0.0 == name }) {
                members[index].1 = value
            } else {
                members.append((name, value))
            }
        }
        return members
    }

    private var extraNames: [String] {
        (annotations.values.first ?? []).map(\.0).filter { name in R.schema.field(named: name) == nil }
    }

    func render(_ records: [R], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONWriter.pretty(.array(records.map { .object(members($0)) })) + "\n"
        case .csv:
            let names = R.schema.fields.map(\.name) + extraNames
            return CSVWriter().text(
                [names]
                    + records.map { record in
                        let values = Dictionary(members(record), uniquingKeysWith: { first, _ in first })
                        return names.map { cellText(values[$0] ?? R.schema.field(named: $0)?.defaultValue) }
                    })
        case .table:
            guard !records.isEmpty else { return "No \(R.schema.entity.replacing("_", with: " "))s.\n" }
            let names = columns + extraNames
            let rows = records.map { record in
                let values = Dictionary(members(record), uniquingKeysWith: { first, _ in first })
                return names.map { cellText(values[$0] ?? R.schema.field(named: $0)?.defaultValue) }
            }
            return TableRenderer.render(header: names, rows: rows)
        }
    }
}
