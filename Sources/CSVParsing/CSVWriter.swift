/// Writes rows as CSV (RFC 4180): fields holding the delimiter, a quote or a line break are quoted,
/// quotes doubled, lines ended with CRLF.
public struct CSVWriter: Sendable {
    /// The field separator (`,` by default; `;` for spreadsheets in many European locales).
    public var delimiter: UInt8

    /// Creates a writer.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// One record as text, including its CRLF.
    public func line(_ fields: [String]) -> String {
        var output = ""
        for (offset, field) in fields.enumerated() {
            if offset > 0 { output.unicodeScalars.append(Unicode.Scalar(delimiter)) }
            append(field, to: &output)
        }
        output += "\r\n"
        return output
    }

    /// Several records as text.
    public func text(_ rows: [[String]]) -> String {
        rows.map(line).joined()
    }

    private func append(_ field: String, to output: inout String) {
        let needsQuotes = field.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            output += field
            return
        }
        output += "\""
        for character in field {
            output.append(character)
            if character == "\"" { output.append("\"") }
        }
        output += "\""
    }
}
