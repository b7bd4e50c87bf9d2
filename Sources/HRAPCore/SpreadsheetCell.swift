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
}
