/// Writes one JSON object as ``JSONWriter/pretty(_:)`` would, member by member, with arrays of objects streamed
/// element by element, emitting the text in chunks: a file of a million records is never whole in memory. The bytes
/// are those `JSONWriter.pretty` gives for the same object, provided every streamed array holds objects or arrays
/// (an array of scalars is written on one line, which a stream cannot know ahead).
public final class PrettyJSONStream {
    private var buffer: [UInt8] = []
    private var members = 0
    private let chunkSize: Int
    private let emit: ([UInt8]) throws -> Void

    /// A stream emitting chunks of about `chunkSize` bytes, each ending after a whole member or element (valid UTF-8).
    public init(chunkSize: Int = 1 << 18, emit: @escaping ([UInt8]) throws -> Void) {
        (self.chunkSize, self.emit) = (chunkSize, emit)
        buffer.reserveCapacity(chunkSize + 4_096)
        buffer.append(UInt8(ascii: "{"))
    }

    /// Writes a member whose value is at hand.
    public func member(_ key: String, _ value: JSONValue) throws {
        try startMember(key)
        buffer += JSONWriter.pretty(value, indent: 1).utf8
        try flushIfFull()
    }

    /// Writes a member whose value is an array of objects, each given to `element` by `produce` in turn.
    public func arrayMember(_ key: String, produce: (_ element: (JSONValue) throws -> Void) throws -> Void) throws {
        try startMember(key)
        var count = 0
        try produce { value in
            buffer += (count == 0 ? "[\n    " : ",\n    ").utf8
            buffer += JSONWriter.pretty(value, indent: 2).utf8
            count += 1
            try flushIfFull()
        }
        buffer += (count == 0 ? "[]" : "\n  ]").utf8
    }

    /// Closes the object and emits what is left.
    public func finish() throws {
        buffer += (members == 0 ? "}" : "\n}").utf8
        try emit(buffer)
        buffer.removeAll()
    }

    private func startMember(_ key: String) throws {
        var text = members == 0 ? "\n  " : ",\n  "
        JSONWriter.writeString(key, into: &text)
        text += ": "
        buffer += text.utf8
        members += 1
    }

    private func flushIfFull() throws {
        guard buffer.count >= chunkSize else { return }
        try emit(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
