/// Guards spreadsheets against formula injection (OWASP "CSV injection"): a text cell that a spreadsheet program
/// would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is exported with a leading
/// apostrophe, which spreadsheets show as text; imports drop that apostrophe again, so an exported file imports back
/// unchanged. Number cells are never touched: `-5` stays a number.
public enum SpreadsheetCell {
    private static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
    ]

    /// Whether a text cell would start a formula.
    public static func startsFormula<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.first.map(formulaStarts.contains) ?? false
    }

    /// The text as it is written into an exported cell.
    public static func neutralized(_ text: String) -> String {
        startsFormula(text.utf8) ? "'" + text : text
    }

    /// The text of an imported cell: an apostrophe that guards a formula start is removed.
    public static func restored(_ cell: String) -> String {
        let bytes = cell.utf8
        guard bytes.first == UInt8(ascii: "'"), startsFormula(bytes.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    /// Why a code cell looks like something a spreadsheet made of a code, or nil: a date (`01.01.01`, `2001-01-01`,
    /// `1/1/01`; German spreadsheets turn `1.1.1` into the first of January 2001) or a number with a decimal comma
    /// (`1,1` from `1.1`). The words say what to do, and guess the code where the shape tells it.
    public static func mangledCode(_ cell: String) -> String? {
        let text = cell.trimmingWhitespace
        let digitsOnly = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        let advice = "format the column as text in the spreadsheet and type the codes again"
        for separator: Character in [".", "/", "-"] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy(digitsOnly) else { continue }
            let numbers = parts.map { Int($0) ?? 0 }
            let (first, second) = separator == "-" ? (numbers[2], numbers[1]) : (numbers[0], numbers[1])
            let looksLikeDate =
                (separator == "-"
                    ? parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
                    : parts[0].count <= 2 && parts[1].count <= 2 && (parts[2].count == 2 || parts[2].count == 4))
                && min(first, second) >= 1 && min(first, second) <= 12 && max(first, second) <= 31
                && (separator == "/" || second <= 12)
            guard looksLikeDate, separator != "." || parts.contains(where: { $0.hasPrefix("0") || $0.count == 4 })
            else { continue }
            let guess = separator != "-" ? " (perhaps \(code(fromDate: parts)))" : ""
            return
                "'\(text)' looks like a date, not a code: a spreadsheet may have turned a code into a date\(guess); \(advice)"
        }
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        if pieces.count == 2, pieces.allSatisfy(digitsOnly) {
            return "'\(text)' has a decimal comma, not a code: a spreadsheet may have turned the code "
                + "\(pieces.joined(separator: ".")) into a number; \(advice)"
        }
        return nil
    }

    /// The code a German spreadsheet's date was made from: each part without its leading zeros, a four-digit year
    /// as its last two digits (`01.01.01` and `01.01.2001` → `1.1.1`).
    private static func code(fromDate parts: [Substring]) -> String {
        parts.map { part in
            let number = Int(part) ?? 0
            return String(part.count == 4 ? number % 100 : number)
        }.joined(separator: ".")
    }
}
