/// Reads a JSON document whose top level is an object member by member, from bytes delivered in chunks, so a large
/// document never has to be in memory at once: each member's value is parsed whole, skipped, or — when it is an array
/// — read one element at a time.
///
/// Values are cut out of the stream by a scan of brackets and strings, then parsed by ``JSONParser``, so what is
/// accepted and the errors (``JSONParser/SyntaxError``, with the line and column in the whole document) are the
/// parser's. A skipped value is only scanned, not checked: a caller that skips values reads the document again to
/// parse them.
public struct JSONStreamReader {
    /// The next chunk of the document, or nil at its end.
    public typealias Source = () throws -> [UInt8]?

    private let source: Source
    private var buffer: [UInt8] = []
    /// The next byte to read in `buffer`.
    private var index = 0
    private var sourceEnded = false
    /// Where `buffer` starts in the document, and the lines before it (``Position``).
    private var dropped = Position()
    /// Member names seen at the top level (they must be unique, as ``JSONParser`` requires of every object).
    private var names = Set<String>()
    private var memberCount = 0
    private var elementCount = 0
    /// How deep the next value is nested in the document: 0 at the top, 1 in the object, 2 in an array entered.
    private var depth = 0

    /// A place in the document: a byte offset, with the newlines before it and the offset after the last of them.
    private struct Position {
        var offset = 0, lines = 0, lineStart = 0

        /// This position moved over `bytes`.
        mutating func advance(over bytes: ArraySlice<UInt8>) {
            let (count, last) = bytes.withUnsafeBufferPointer { buffer in
                var count = 0, last = -1
                for position in 0..<buffer.count where buffer[position] == 0x0A {
                    count += 1
                    last = position
                }
                return (count, last)
            }
            if count > 0 { (lines, lineStart) = (lines + count, offset + last + 1) }
            offset += bytes.count
        }
    }

    /// A source over a document in memory, in chunks of `chunkSize` bytes (so the reader's buffer stays small).
    public static func source(of bytes: [UInt8], chunkSize: Int = 1 << 20) -> Source {
        var offset = 0
        return {
            guard offset < bytes.count else { return nil }
            defer { offset += chunkSize }
            return Array(bytes[offset..<min(offset + chunkSize, bytes.count)])
        }
    }

    /// A reader over `source`; nothing is read until the first call.
    public init(source: @escaping Source) {
        self.source = source
    }

    /// Enters the top-level object (after an optional UTF-8 byte order mark); false, reading nothing, when the
    /// document's value is not an object (read it with ``readValue()``, then call ``finish()``).
    public mutating func enterObject() throws -> Bool {
        try fill(3)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        guard try peekAfterWhitespace() == UInt8(ascii: "{") else { return false }
        index += 1
        depth = 1
        return true
    }

    /// The next member's name, leaving the reader at its value; nil after the object's closing brace, once the rest
    /// of the document was checked to be white space.
    public mutating func nextMember() throws -> String? {
        let next = try peekAfterWhitespace()
        if next == UInt8(ascii: "}") {
            index += 1
            depth = 0
            try finish()
            return nil
        }
        if memberCount > 0 {
            guard next == UInt8(ascii: ",") else {
                throw failure(next == nil ? "unexpected end of input, expected ',' or '}'" : "expected ',' or '}'")
            }
            index += 1
        }
        guard try peekAfterWhitespace() == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
        let start = dropped.offset + index
        guard case .string(let name) = try readValue(depth: 1) else {
            throw failure("expected a member name in quotes")
        }
        guard names.insert(name).inserted else {
            throw failure("duplicate member name \"\(name)\"", at: start - dropped.offset)
        }
        guard try peekAfterWhitespace() == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
        index += 1
        memberCount += 1
        return name
    }

    /// Parses the next value whole: a member's value, an array's element, or the document when it is no object.
    public mutating func readValue() throws -> JSONValue {
        try readValue(depth: depth)
    }

    /// Passes over the next value, scanning its brackets and strings without checking it or holding it.
    public mutating func skipValue() throws {
        guard let first = try peekAfterWhitespace() else { return }
        var scan = Scan(first: first)
        index += 1
        while true {
            if let end = buffer.withUnsafeBufferPointer({ scan.end(in: $0, from: index) }) {
                index = end
                return
            }
            index = buffer.count
            guard try readChunk() else { return }
        }
    }

    /// Enters the next value when it is an array, to read its elements with ``nextElement()``; false, reading
    /// nothing, when it is another kind of value.
    public mutating func enterArray() throws -> Bool {
        guard try peekAfterWhitespace() == UInt8(ascii: "[") else { return false }
        index += 1
        (depth, elementCount) = (2, 0)
        return true
    }

    /// Whether the array entered holds another element, leaving the reader at it; false after its closing bracket.
    public mutating func nextElement() throws -> Bool {
        let next = try peekAfterWhitespace()
        if next == UInt8(ascii: "]") {
            index += 1
            depth = 1
            return false
        }
        if elementCount > 0 {
            guard next == UInt8(ascii: ",") else {
                throw failure(next == nil ? "unexpected end of input, expected ',' or ']'" : "expected ',' or ']'")
            }
            index += 1
        }
        elementCount += 1
        return true
    }

    /// Checks that nothing but white space follows the document's value.
    public mutating func finish() throws {
        guard try peekAfterWhitespace() == nil else { throw failure("unexpected text after the JSON value") }
    }

    private mutating func readValue(depth: Int) throws -> JSONValue {
        let length = try valueLength()
        let bytes = Array(buffer[index..<(index + (length ?? buffer.count - index))])
        let (value, parsed): (JSONValue, Int)
        do { (value, parsed) = try JSONParser.parseValue(bytes, depth: depth) } catch {
            throw try errorWithLookahead(error, length: bytes.count, depth: depth)
        }
        guard length != nil else { throw failure("unexpected end of input", at: buffer.count) }
        index += parsed
        return value
    }

    /// The parser's error on a value, as it is with the bytes that follow the value in sight: the parser looks a few
    /// bytes ahead (a `\u` escape's pair), so a value cut at its scanned end could fail otherwise than in the document.
    private mutating func errorWithLookahead(
        _ error: JSONParser.SyntaxError, length: Int, depth: Int
    ) throws -> JSONParser.SyntaxError {
        try fill(length + Self.lookahead)
        let bytes = Array(buffer[index..<min(buffer.count, index + length + Self.lookahead)])
        do { _ = try JSONParser.parseValue(bytes, depth: depth) } catch { return relocated(error, from: index) }
        return relocated(error, from: index)
    }

    /// The most bytes the parser reads past a value's last byte.
    private static let lookahead = 16

    /// The length of the value at `index` (after white space), reading chunks as needed; nil when the document ends
    /// before it does.
    private mutating func valueLength() throws -> Int? {
        guard let first = try peekAfterWhitespace() else { return nil }
        var scan = Scan(first: first), scanned = 1
        while true {
            if let end = buffer.withUnsafeBufferPointer({ scan.end(in: $0, from: index + scanned) }) {
                return end - index
            }
            scanned = buffer.count - index
            guard try readChunk() else { return scan.isScalar ? buffer.count - index : nil }
        }
    }

    /// The state of the scan for a value's end: its nesting, and whether it is in a string or after a backslash.
    private struct Scan {
        let isScalar: Bool
        var depth: Int, inString: Bool, escaped = false

        init(first: UInt8) {
            isScalar = first != UInt8(ascii: "{") && first != UInt8(ascii: "[") && first != UInt8(ascii: "\"")
            depth = first == UInt8(ascii: "\"") || isScalar ? 0 : 1
            inString = first == UInt8(ascii: "\"")
        }

        /// The end of the value in `bytes` from `start` on, or nil when it goes on past them.
        mutating func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            var position = start
            if isScalar {
                while position < bytes.count {
                    switch bytes[position] {
                    case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
                        return position
                    default: position += 1
                    }
                }
                return nil
            }
            while position < bytes.count {
                if inString {
                    guard let end = stringEnd(in: bytes, from: position) else { return nil }
                    position = end
                    if depth == 0 { return position }
                    continue
                }
                switch bytes[position] {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                default: break
                }
                position += 1
            }
            return nil
        }

        /// Past the closing quote of the string the scan is in, or nil when it goes on past `bytes`.
        private mutating func stringEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            var position = start
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    return position
                }
            }
            return nil
        }
    }

    /// The byte after white space, reading chunks as needed; nil at the end of the document.
    private mutating func peekAfterWhitespace() throws -> UInt8? {
        while true {
            while index < buffer.count {
                switch buffer[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return buffer[index]
                }
            }
            guard try readChunk() else { return nil }
        }
    }

    /// Makes at least `count` bytes past `index` available, unless the document ends first.
    private mutating func fill(_ count: Int) throws {
        while buffer.count - index < count, try readChunk() {}
    }

    /// Appends the next chunk, first dropping what was read; false at the end of the document.
    private mutating func readChunk() throws -> Bool {
        guard !sourceEnded else { return false }
        guard let chunk = try source() else {
            sourceEnded = true
            return false
        }
        if index > 0, index >= buffer.count / 2 {
            dropped.advance(over: buffer[..<index])
            buffer.removeSubrange(..<index)
            index = 0
        }
        buffer += chunk
        return true
    }

    /// The position of `offset` in `buffer` as a line and column of the document.
    private func position(of offset: Int) -> Position {
        var position = dropped
        position.advance(over: buffer[..<min(offset, buffer.count)])
        return position
    }

    private func failure(_ reason: String, at offset: Int? = nil) -> JSONParser.SyntaxError {
        let place = position(of: offset ?? index)
        return JSONParser.SyntaxError(line: place.lines + 1, column: place.offset - place.lineStart + 1, reason: reason)
    }

    /// An error of the parser, which saw the value from `start` on, at its place in the document.
    private func relocated(_ error: JSONParser.SyntaxError, from start: Int) -> JSONParser.SyntaxError {
        let place = position(of: start)
        let line = place.lines + error.line
        let column = error.line == 1 ? place.offset - place.lineStart + error.column : error.column
        return JSONParser.SyntaxError(line: line, column: column, reason: error.reason)
    }
}
