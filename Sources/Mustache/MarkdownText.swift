/// Text made inert in Markdown (CommonMark and GitHub's dialect): written where Markdown is read, it shows as the
/// same characters and makes no markup — no raw HTML (`<script>`, `<img onerror>`), no link or image
/// (`[x](javascript:…)`, `<javascript:…>`), no emphasis, code, heading, table cell or line break of its own.
public enum MarkdownText {
    /// The ASCII punctuation that makes inline markup anywhere in a line, escaped with a backslash (CommonMark 2.4).
    /// Without `[`, `]` and `<`, no link, image, autolink or HTML can form, so `(`, `)` and `:` need no escape.
    private static let special = Set("\\`*_{}[]<>#|~&!".utf8)
    /// What makes a block (list item, heading underline, ordered list) only at the start of a line.
    private static let blockStarts = Set("-+=".utf8)

    /// The text with every character that could make markup backslash-escaped and line breaks turned into spaces
    /// (an interpolation never starts a block of its own). For an interpolation that starts a line, a leading `-`,
    /// `+` or `=`, and the `.` or `)` of a leading number followed by a space (an ordered list), are escaped too.
    public static func escaped(_ text: String) -> String {
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count + 16)
        let start = input.firstIndex { $0 != 32 } ?? input.count
        let digits = input[start...].prefix { (48...57).contains($0) }.count
        let numberEnd = start + digits
        for (index, byte) in input.enumerated() {
            if byte == 10 || byte == 13 {
                bytes.append(32)
                continue
            }
            let listNumber =
                digits > 0 && index == numberEnd && (byte == 46 || byte == 41)
                && (index + 1 == input.count || input[index + 1] == 32)
            if special.contains(byte) || (index == start && blockStarts.contains(byte)) || listNumber {
                bytes.append(UInt8(ascii: "\\"))
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
