/// A DEFLATE encoder (RFC 1951): LZ77 over a 32 KiB window with hash chains and one step of lazy matching, then
/// blocks with dynamic Huffman codes. Decoders everywhere read it (tested against Python's `zlib`).
public enum Deflate {
    /// How hard the match finder looks: candidates followed per position (zlib's level 6 follows as many).
    static let chainLimit = 128
    /// A match this long ends the search at once (zlib's level 6 "nice length").
    static let niceLength = 128
    /// A match shorter than this is checked against a longer one a byte later ("lazy" matching, zlib's level 6).
    static let lazyLimit = 16
    /// Tokens per block: each block gets codes fitted to its own symbols.
    static let blockTokens = 1 << 15

    /// One LZ77 token: a literal byte, or a match of `length` bytes `distance` back.
    struct Token {
        let length: UInt16
        let value: UInt16
    }

    /// `input` compressed as a raw DEFLATE stream.
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        let tokens = Self.tokens(input)
        var start = 0
        repeat {
            let end = min(tokens.count, start + blockTokens)
            DeflateBlock(tokens: tokens[start..<end]).write(to: &writer, last: end == tokens.count)
            start = end
        } while start < tokens.count
        return writer.finish()
    }

    /// The input as literals and matches.
    static func tokens(_ input: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(input.count / 3)
        var finder = MatchFinder(input)
        var position = 0
        while position < input.count {
            var match = finder.longest(at: position)
            if match.length >= 3, match.length < lazyLimit, position + 1 < input.count {
                finder.insert(position)
                let next = finder.longest(at: position + 1)
                if next.length > match.length {
                    tokens.append(Token(length: 0, value: UInt16(input[position])))
                    position += 1
                    match = next
                }
            }
            if match.length >= 3 {
                tokens.append(Token(length: UInt16(match.length), value: UInt16(match.distance)))
                for offset in 0..<match.length { finder.insert(position + offset) }
                position += match.length
            } else {
                tokens.append(Token(length: 0, value: UInt16(input[position])))
                finder.insert(position)
                position += 1
            }
        }
        return tokens
    }
}

/// Finds earlier occurrences of the three bytes at a position, newest first, within the window.
struct MatchFinder {
    private let input: [UInt8]
    private var head: [Int32]
    private var previous: [Int32]
    private var inserted: Int = -1

    init(_ input: [UInt8]) {
        self.input = input
        head = [Int32](repeating: -1, count: 1 << 15)
        previous = [Int32](repeating: -1, count: 1 << 15)
    }

    private func hash(_ position: Int) -> Int {
        (Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])) & 0x7FFF
    }

    /// Records the position (once) so later positions can match it.
    mutating func insert(_ position: Int) {
        guard position > inserted, position + 2 < input.count else { return }
        inserted = position
        let key = hash(position)
        previous[position & 0x7FFF] = head[key]
        head[key] = Int32(position)
    }

    /// The longest earlier match at `position` (length 0 when none reaches 3 bytes).
    func longest(at position: Int) -> (length: Int, distance: Int) {
        guard position + 2 < input.count else { return (0, 0) }
        let limit = min(258, input.count - position)
        var candidate = Int(head[hash(position)]), best = (length: 0, distance: 0), chain = Deflate.chainLimit
        while candidate >= 0, position - candidate <= 32_768, chain > 0 {
            if candidate < position, input[candidate + best.length] == input[position + best.length] || best.length == 0
            {
                var length = 0
                while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                if length > best.length {
                    best = (length, position - candidate)
                    if length >= min(limit, Deflate.niceLength) { break }
                }
            }
            let next = Int(previous[candidate & 0x7FFF])
            if next >= candidate { break }
            candidate = next
            chain -= 1
        }
        return best
    }
}
