/// `multipart/form-data` bodies (RFC 7578): what a browser sends for a form with a file field.
public enum MultipartFormData {
    /// One part: a form field or a file.
    public struct Part: Sendable, Equatable {
        public var name: String
        /// The file name a browser sent, for a file field.
        public var filename: String?
        public var contentType: String?
        public var body: [UInt8]

        /// A part.
        public init(name: String, filename: String?, contentType: String?, body: [UInt8]) {
            (self.name, self.filename, self.contentType, self.body) = (name, filename, contentType, body)
        }
    }

    /// The boundary of a `multipart/form-data` content type; nil for another type or a missing or bad boundary.
    public static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("boundary=") {
            var value = String(parameter.dropFirst("boundary=".count))
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// The parts of a body; nil when it is not well formed (no closing delimiter, a part without a name).
    public static func parse(_ body: [UInt8], boundary: String) -> [Part]? {
        let delimiter = Array("--\(boundary)".utf8)
        guard var start = find(delimiter, in: body, from: 0) else { return nil }
        var parts: [Part] = []
        let separator = Array("\r\n".utf8) + delimiter
        while true {
            let afterDelimiter = start + delimiter.count
            if body[afterDelimiter...].starts(with: Array("--".utf8)) { return parts }
            guard body[afterDelimiter...].starts(with: Array("\r\n".utf8)),
                let end = find(separator, in: body, from: afterDelimiter),
                let part = part(body[(afterDelimiter + 2)..<end])
            else { return nil }
            parts.append(part)
            start = end + 2
        }
    }

    private static func part(_ bytes: ArraySlice<UInt8>) -> Part? {
        guard let split = find(Array("\r\n\r\n".utf8), in: Array(bytes), from: 0) else { return nil }
        let head = String(decoding: bytes.prefix(split), as: UTF8.self)
        var part = Part(name: "", filename: nil, contentType: nil, body: Array(bytes.dropFirst(split + 4)))
        var named = false
        for line in head.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            switch pair[0].lowercased() {
            case "content-disposition":
                guard let name = parameter("name", in: value) else { return nil }
                (part.name, part.filename, named) = (name, parameter("filename", in: value), true)
            case "content-type": part.contentType = value
            default: continue
            }
        }
        return named ? part : nil
    }

    /// A quoted parameter of a `Content-Disposition` value.
    private static func parameter(_ name: String, in value: String) -> String? {
        for item in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard item.lowercased().hasPrefix(name + "=") else { continue }
            let raw = item.dropFirst(name.count + 1)
            return raw.hasPrefix("\"") && raw.hasSuffix("\"") && raw.count >= 2
                ? String(raw.dropFirst().dropLast())
                : String(raw)
        }
        return nil
    }

    /// The index where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
