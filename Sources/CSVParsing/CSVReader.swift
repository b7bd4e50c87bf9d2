/// Reads CSV (RFC 4180) from UTF-8 bytes: quoted fields with embedded delimiters, quotes (`""`) and line breaks;
/// CRLF or LF line ends; an optional byte-order mark; `,` or `;` as delimiter (detected from the header line).
///
/// Blank lines are skipped. Every record keeps the line number it starts on, so callers can name it in errors.
public enum CSVReader {
    /// A record and the 1-based line it starts on.
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]

        /// Creates a record.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Text that is not valid CSV, with the line of the problem.
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let reason: String

        /// Creates an error.
        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }

        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads every record. With `delimiter` nil, the delimiter is detected from the first line.
    public static func read(_ bytes: [UInt8], delimiter: UInt8? = nil) throws(SyntaxError) -> (
        delimiter: UInt8, records: [Record]
    ) {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        let delimiter = delimiter ?? detectDelimiter(bytes[start...])
        return (delimiter, try records(bytes, from: start, delimiter: delimiter, line: 1).records)
    }

    /// The UTF-8 byte-order mark, skipped at the start of an input.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Every record of complete lines, from `start`, numbered from `line`; and the line after them.
    static func records(
        _ bytes: [UInt8], from start: Int, delimiter: UInt8, line: Int
    ) throws(SyntaxError) -> (records: [Record], nextLine: Int) {
        var parser = Parser(bytes: bytes, index: start, delimiter: delimiter, line: line)
        var records: [Record] = []
        while let record = try parser.nextRecord() {
            records.append(record)
        }
        return (records, parser.line)
    }

    /// `;` when the first line has more semicolons than commas outside quotes, `,` otherwise.
    public static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        firstLine(bytes).delimiter
    }

    /// The delimiter the first line suggests, and whether that line ends within `bytes` (else the suggestion may
    /// change as more of the line arrives).
    static func firstLine(_ bytes: ArraySlice<UInt8>) -> (delimiter: UInt8, ended: Bool) {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            switch byte {
            case 0x22: quoted.toggle()
            case 0x2C where !quoted: commas += 1
            case 0x3B where !quoted: semicolons += 1
            case 0x0A where !quoted, 0x0D where !quoted:
                return (semicolons > commas ? 0x3B : 0x2C, true)
            default: break
            }
        }
        return (semicolons > commas ? 0x3B : 0x2C, false)
    }

    private struct Parser {
        let bytes: [UInt8]
        var index: Int
        let delimiter: UInt8
        var line: Int

        init(bytes: [UInt8], index: Int, delimiter: UInt8, line: Int) {
            self.bytes = bytes
            self.index = index
            self.delimiter = delimiter
            self.line = line
        }

        mutating func nextRecord() throws(SyntaxError) -> Record? {
            while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D {
                consumeLineEnd()
            }
            guard index < bytes.count else { return nil }
            let startLine = line
            var fields: [String] = []
            while true {
                fields.append(try nextField())
                guard index < bytes.count else { break }
                if bytes[index] == delimiter {
                    index += 1
                    continue
                }
                consumeLineEnd()
                break
            }
            return Record(line: startLine, fields: fields)
        }

        private mutating func consumeLineEnd() {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            line += 1
        }

        private mutating func nextField() throws(SyntaxError) -> String {
            if index < bytes.count, bytes[index] == 0x22 { return try quotedField() }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                index += 1
            }
            return try text(bytes[start..<index])
        }

        private mutating func quotedField() throws(SyntaxError) -> String {
            let openingLine = line
            index += 1
            var content: [UInt8] = []
            var segmentStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 {
                    content.append(contentsOf: bytes[segmentStart..<index])
                    index += 1
                    if index < bytes.count, bytes[index] == 0x22 {
                        content.append(0x22)
                        index += 1
                        segmentStart = index
                        continue
                    }
                    guard
                        index == bytes.count || bytes[index] == delimiter || bytes[index] == 0x0A
                            || bytes[index] == 0x0D
                    else {
                        throw SyntaxError(
                            line: line,
                            reason: "unexpected text after a closing quote; write a quote inside a quoted field as \"\""
                        )
                    }
                    return try text(content[...])
                }
                if byte == 0x0A { line += 1 }
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] != 0x0A { line += 1 }
                index += 1
            }
            throw SyntaxError(line: openingLine, reason: "a quoted field is not closed before the end of the file")
        }

        private func text(_ slice: ArraySlice<UInt8>) throws(SyntaxError) -> String {
            guard let text = slice.withUnsafeBufferPointer(Self.validUTF8) else {
                throw SyntaxError(line: line, reason: "the text is not valid UTF-8; save the file as UTF-8")
            }
            return text
        }

        /// The bytes as text, or nil when they are not valid UTF-8. Most cells are ASCII, which needs no more than a
        /// look at each byte; others are decoded and compared with the bytes (decoding repairs what is invalid).
        /// Faster per cell than `String(validating:as:)`, which is generic and looks up its types at run time.
        private static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            let text = String(decoding: bytes, as: UTF8.self)
            if bytes.allSatisfy({ $0 < 0x80 }) { return text }
            return text.utf8.elementsEqual(bytes) ? text : nil
        }
    }
}
