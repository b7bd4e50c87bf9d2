/// Text made inert in HTML and XML: what `{{name}}` writes in an HTML template.
public enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` written as entities: safe in HTML and XML (SVG) text and in
    /// quoted attribute values.
    public static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            guard let entity = entity(for: byte) else {
                escaped.append(byte)
                continue
            }
            entity.withUTF8Buffer { escaped.append(contentsOf: $0) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The HTML entity of one of the five characters escaping replaces (all ASCII, so a UTF-8 byte equals it only
    /// when it is that character).
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
