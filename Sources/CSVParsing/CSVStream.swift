/// Reads CSV records from an input that arrives in chunks (a large file read piece by piece), holding only the
/// records of complete lines read so far: the same records, lines and errors as ``CSVReader/read(_:delimiter:)``
/// on the whole input.
///
/// A part ends after the last line break outside quotes, so a quoted field that spans lines is never cut. An input
/// with no line feed outside quotes (old Mac line ends, or an unclosed quote) is held until its end.
public struct CSVStream {
    private let nextChunk: () throws -> [UInt8]?
    private var pending: [UInt8] = []
    /// How much of `pending` was scanned, and the parser's state there: inside a quoted field, just after a quote
    /// that closed one (a second quote makes it an escaped quote), at the start of a field.
    private var scanned = 0, quoted = false, closedQuote = false, fieldStart = true
    /// The end of the last line feed outside quotes in the scanned part: `pending[..<boundary]` is complete lines.
    private var boundary = 0
    private var line = 1, started = false, ended = false, isFirstPart = true
    /// The delimiter: given, or detected from the first line once the first records are read.
    public private(set) var delimiter: UInt8?

    /// A stream over the chunks `next` returns until it returns nil; `delimiter` nil detects it.
    public init(delimiter: UInt8? = nil, next: @escaping () throws -> [UInt8]?) {
        self.delimiter = delimiter
        nextChunk = next
    }

    /// The records of the next complete lines, in order (possibly none, for blank lines); nil at the end. Throws a
    /// ``CSVReader/SyntaxError`` for text that is not CSV, or what reading a chunk throws.
    public mutating func nextBatch() throws -> [CSVReader.Record]? {
        while boundary == 0, !ended {
            guard let chunk = try nextChunk() else {
                ended = true
                break
            }
            pending += chunk
            if !started { start() }
            if started { scan() }
        }
        if !started { start() }
        let end = ended ? pending.count : boundary
        guard end > 0 else { return nil }
        let start = isFirstPart && pending.starts(with: CSVReader.byteOrderMark) ? CSVReader.byteOrderMark.count : 0
        isFirstPart = false
        let part = Array(pending[start..<end])
        pending.removeSubrange(..<end)
        (scanned, boundary) = (max(0, scanned - end), 0)
        let (records, nextLine) = try CSVReader.records(part, from: 0, delimiter: delimiter ?? 0x2C, line: line)
        line = nextLine
        return records
    }

    /// Once the first line is in (or the input ended), settles the delimiter and scans from after the byte-order
    /// mark: which bytes are inside quotes depends on which byte separates fields.
    private mutating func start() {
        let bom = pending.starts(with: CSVReader.byteOrderMark) ? CSVReader.byteOrderMark.count : 0
        let (detected, lineEnded) = CSVReader.firstLine(pending[bom...])
        guard lineEnded || ended else { return }
        delimiter = delimiter ?? detected
        started = true
        scanned = bom
    }

    /// Follows the parser's quoting rules through the bytes not yet scanned, moving the boundary past each line feed
    /// outside a quoted field: a quote opens a field only at its start, and inside one a doubled quote is a quote.
    private mutating func scan() {
        let delimiter = delimiter ?? 0x2C
        for index in scanned..<pending.count {
            let byte = pending[index]
            if quoted {
                if byte == 0x22 { (quoted, closedQuote) = (false, true) }
                continue
            }
            if byte == 0x22, closedQuote {
                (quoted, closedQuote) = (true, false)
                continue
            }
            closedQuote = false
            switch byte {
            case 0x22 where fieldStart: (quoted, fieldStart) = (true, false)
            case 0x0A:
                boundary = index + 1
                fieldStart = true
            case 0x0D, delimiter: fieldStart = true
            default: fieldStart = false
            }
        }
        scanned = pending.count
    }
}
