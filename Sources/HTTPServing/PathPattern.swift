/// A route's path with named segments, `/plans/{plan}/actions/{code}`, matched against a request path segment by
/// segment after percent-decoding each one (RFC 3986 section 2.1).
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    let segments: [Segment]
    public let description: String

    /// Reads a pattern; `{name}` is a parameter that matches one non-empty segment.
    public init(_ text: String) {
        description = text
        segments = text.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}")
                ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
    }

    /// The parameters' names in order.
    public var parameters: [String] {
        segments.compactMap { if case .parameter(let name) = $0 { name } else { nil } }
    }

    /// The parameters of a matching path, decoded; nil when the path does not match.
    public func match(_ segments: [String]) -> [String: String]? {
        guard segments.count == self.segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, pattern) in zip(segments, self.segments) {
            switch pattern {
            case .literal(let literal): guard segment == literal else { return nil }
            case .parameter(let name): parameters[name] = segment
            }
        }
        return parameters
    }
}

/// Percent-decoding of paths and `application/x-www-form-urlencoded` queries, strictly: a segment may not decode to a
/// slash, a NUL or another control character, or to `.`/`..` (no path traversal), and must be UTF-8.
public enum PercentDecoding {
    /// The decoded segments of a path; nil when a segment is malformed or dangerous.
    public static func segments(_ path: Substring) -> [String]? {
        var result: [String] = []
        for bytes in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            let part = path[bytes.startIndex..<bytes.endIndex]
            guard let decoded = decode(part, plusIsSpace: false), decoded != ".", decoded != "..",
                !decoded.unicodeScalars.contains(where: { $0 == "/" || $0.value < 32 || $0.value == 127 })
            else {
                return nil
            }
            result.append(decoded)
        }
        return result
    }

    /// Whether every segment of a path has well-formed escapes and decodes to UTF-8 (what it decodes to aside).
    public static func isWellFormed(_ path: Substring) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: true).allSatisfy { decode($0, plusIsSpace: false) != nil }
    }

    /// The pairs of a query string in order; nil when one is malformed.
    public static func query(_ query: Substring) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(halves[0], plusIsSpace: true),
                let value = decode(halves.count > 1 ? halves[1] : "", plusIsSpace: true)
            else { return nil }
            pairs.append((name, value))
        }
        return pairs
    }

    /// Decodes `%XX` escapes (and `+` as a space in queries); nil for a broken escape or bytes that are not UTF-8.
    public static func decode(_ text: Substring, plusIsSpace: Bool) -> String? {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "%") || ($0 == UInt8(ascii: "+") && plusIsSpace) }) {
            return String(text)
        }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace: bytes.append(UInt8(ascii: " "))
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - 55
        default: nil
        }
    }
}
