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

    /// Appends one field's UTF-8 bytes to a record being written into a byte buffer, quoting it if needed;
    /// `first` is true for the first field of a record.
    public func appendField(_ bytes: UnsafeBufferPointer<UInt8>, first: Bool, to output: inout [UInt8]) {
        if !first { output.append(delimiter) }
        guard bytes.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(0x22)
        for byte in bytes {
            output.append(byte)
            if byte == 0x22 { output.append(0x22) }
        }
        output.append(0x22)
    }

    /// Appends a field given as text (see ``appendField(_:first:to:)``).
    public func appendField(_ text: String, first: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendField($0, first: first, to: &output) }
    }

    /// Ends a record in a byte buffer with CRLF.
    public func endRecord(_ output: inout [UInt8]) {
        output.append(0x0D)
        output.append(0x0A)
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
