/// Numbers typed by people, read strictly: plain decimal notation only, the same on the command line, in spreadsheet
/// cells and wherever else text becomes a number.
///
/// Accepted: an optional sign, digits with an optional fraction, an optional exponent (`-12`, `3.5`, `.5`, `1e3`).
/// Refused: hexadecimal (`0x10`), `inf`/`nan`, spaces or anything after the number (`5 x`, `5\u{0}x`), and numbers too
/// large for a Double (`1e400`). Values beyond ``maximumMagnitude`` read, and the number codec refuses them by name. With a decimal comma (`;` spreadsheets), `1,5` is one and a half, `1.234,5`
/// uses `.` to group thousands, and `1.234` is refused as ambiguous (grouping or a decimal point?); a dot before
/// fewer or more than three digits (`1.5`) can only be a decimal point and is read as one.
public enum DecimalText {
    /// The largest magnitude hrap stores: large enough for any budget or count, small enough that every integral
    /// value is exact in a Double and converts to a whole number without overflow.
    public static let maximumMagnitude = 1e15

    /// The number the text stands for, or nil.
    public static func number(_ text: String, decimalComma: Bool = false) -> Double? {
        if decimalComma, text.utf8.contains(UInt8(ascii: ",")) || text.utf8.contains(UInt8(ascii: ".")) {
            guard let normalized = normalizeDecimalComma(Array(text.utf8)) else { return nil }
            return plainNumber(String(decoding: normalized, as: UTF8.self))
        }
        return plainNumber(text)
    }

    private static func plainNumber(_ text: String) -> Double? {
        let plain = text.utf8.withContiguousStorageIfAvailable(isPlainDecimal) ?? isPlainDecimal(Array(text.utf8)[...])
        guard plain, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `[+-] digits [. digits] [(e|E) [+-] digits]` with at least one digit in the mantissa.
    static func isPlainDecimal<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var mantissa = digits()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    /// Decimal-comma text in decimal-point form, or nil when its dots are ambiguous or misplaced.
    static func normalizeDecimalComma(_ bytes: [UInt8]) -> [UInt8]? {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let commas = bytes.filter { $0 == comma }.count
        guard commas <= 1, bytes.contains(dot) else { return bytes.map { $0 == comma ? dot : $0 } }
        let integral = bytes.split(separator: comma, omittingEmptySubsequences: false)[0]
        let groups = integral.split(separator: dot, omittingEmptySubsequences: false)
        let groupsOfThree = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if commas == 1 {
            // With a comma, dots may only group thousands: 1.234,5
            guard groupsOfThree else { return nil }
            return bytes.filter { $0 != dot }.map { $0 == comma ? dot : $0 }
        }
        return groupsOfThree ? nil : bytes
    }
}
