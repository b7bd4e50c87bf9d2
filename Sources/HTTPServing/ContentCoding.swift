/// What `Accept-Encoding` (RFC 9110 §12.5.3) allows: whether a client takes gzip. A coding with `q=0` is refused;
/// `*` stands for every coding not named.
public enum ContentCoding {
    /// Whether the request's `Accept-Encoding` accepts `gzip`.
    public static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        var gzip: Bool?, any: Bool?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { trimmed($0).lowercased() }
            guard let name = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.map { Double($0.dropFirst(2)) ?? 0 } ?? 1
            let refused = quality <= 0
            switch name {
            case "gzip", "x-gzip": gzip = !refused
            case "*": any = !refused
            default: break
            }
        }
        return gzip ?? any ?? false
    }

    /// The text without the spaces and tabs (RFC 9110's optional whitespace) around it; every answer of the page cache
    /// asks, so this avoids Foundation's character sets.
    private static func trimmed(_ text: Substring) -> Substring {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }

    /// Whether a body of this media type is worth compressing: text, JSON, CSV, SVG, XML, JavaScript.
    public static func isCompressible(_ contentType: String) -> Bool {
        let type =
            contentType.split(separator: ";").first.map { trimmed($0).lowercased() } ?? ""
        return type.hasPrefix("text/") || type.hasSuffix("+json") || type.hasSuffix("+xml")
            || type == "application/json"
            || type == "application/xml" || type == "image/svg+xml" || type == "application/javascript"
    }
}
