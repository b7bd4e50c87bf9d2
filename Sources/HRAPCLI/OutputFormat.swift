import CLIKit
import CSVParsing
import JSONCoding

/// How list and show commands print: an aligned table for people, stable JSON or CSV for scripts.
enum OutputFormat: String, CaseIterable {
    case table, json, csv

    /// The `--format` option of commands that print all three formats.
    static var option: Option {
        .value(
            "format", short: "f", valueName: "FORMAT", help: "Output format.", default: "table",
            allowed: allCases.map(\.rawValue))
    }

    /// The `--format` option of commands whose output is a tree or a report, not rows: a table or JSON.
    static var tableOrJSON: Option {
        .value(
            "format", short: "f", valueName: "FORMAT", help: "Output format.", default: "table",
            allowed: [table, json].map(\.rawValue))
    }
}

/// Renders rows of text as a table with aligned columns and a header rule; control characters in cells are shown as
/// escapes (``TerminalText``), so stored text cannot move the cursor or forge lines on the reader's terminal.
enum TableRenderer {
    /// The longest cell shown in a table; longer text is cut with an ellipsis.
    static let maximumCellWidth = 60

    static func render(header: [String], rows: [[String]]) -> String {
        let cells = rows.map { $0.map(shorten) }
        var widths = header.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ") + "\n"
        }
        var text = line(header)
        text += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { text += line(row) }
        return text
    }

    private static func shorten(_ text: String) -> String {
        let flat = TerminalText.escaped(text.replacing("\n", with: " "))
        return flat.count > maximumCellWidth ? String(flat.prefix(maximumCellWidth - 1)) + "…" : flat
    }
}

/// Cell text for a JSON value: text as is, lists joined with "; ", nested values as compact JSON, absent as "".
func cellText(_ value: JSONValue?) -> String {
    switch value {
    case nil, .null?: return ""
    case .string(let text)?: return text
    case .integer(let number)?: return String(number)
    case .number(let number)?: return JSONWriter.format(number)
    case .bool(let flag)?: return flag ? "yes" : "no"
    case .array(let values)? where values.allSatisfy({ $0.string != nil }):
        return values.compactMap(\.string).joined(separator: "; ")
    case let nested?: return JSONWriter.compact(nested)
    }
}
