/// A day in the proleptic Gregorian calendar, written `YYYY-MM-DD` (ISO 8601 calendar date), or a month (`YYYY-MM`) or
/// a year (`YYYY`) where a source gives no day.
///
/// A month or a year stands for its **last day** wherever dates are compared or counted (a value for 2022 is known by
/// 2022-12-31; a deadline of 2022-05 is met by 2022-05-31): `year`, `month` and `day` hold that day, and ``first`` the
/// period's first day, for the few places that mean the start of a period. It is written as given.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// How much of a date its source gave.
    public enum Precision: Int, Comparable, Sendable {
        case day, month, year

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int
    /// The day, or the last day of the month or year the date names.
    public let day: Int
    public let precision: Precision

    /// A date, or nil if the day does not exist (e.g. 2023-02-29) or the year is outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.precision = .day
    }

    /// A whole month (`month` given) or a whole year (`month` nil), or nil outside 1–9999 or months 1–12.
    public init?(year: Int, month: Int?) {
        guard (1...9999).contains(year), month.map({ (1...12).contains($0) }) ?? true else { return nil }
        self.year = year
        self.month = month ?? 12
        self.day = CalendarDate.daysIn(month: month ?? 12, year: year)
        self.precision = month == nil ? .year : .month
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other text or a day that does not exist.
    public init?(_ text: String) {
        guard text.utf8.count == 10, let date = Self.parse(text) else { return nil }
        self = date
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for any other text or a date that does not exist.
    public init?(partial text: String) {
        guard let date = Self.parse(text) else { return nil }
        self = date
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` read from the text's bytes in place (a date is parsed for every row of a
    /// large import).
    private static func parse(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes in
            switch bytes.count {
            case 10:
                guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let year = digits(bytes[0..<4]),
                    let month = digits(bytes[5..<7]), let day = digits(bytes[8..<10])
                else { return nil }
                return CalendarDate(year: year, month: month, day: day)
            case 7:
                guard bytes[4] == UInt8(ascii: "-"), let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7])
                else { return nil }
                return CalendarDate(year: year, month: month)
            case 4:
                guard let year = digits(bytes[0..<4]) else { return nil }
                return CalendarDate(year: year, month: nil)
            default: return nil
            }
        }
    }

    /// The first day of the month or year a date names (the day itself for a day).
    public var first: CalendarDate {
        switch precision {
        case .day: self
        case .month: CalendarDate(daysSince1970: daysSince1970 - day + 1)
        case .year: CalendarDate(daysSince1970: daysSince1970 - CalendarDate.dayOfYear(self) + 1)
        }
    }

    /// 31 December of `year`, clamped to the years 1–9999 that dates have here.
    public static func endOfYear(_ year: Int) -> CalendarDate {
        guard let date = CalendarDate(year: min(max(year, 1), 9999), month: 12, day: 31) else {
            preconditionFailure("31 December exists in every year from 1 to 9999")
        }
        return date
    }

    /// The date `days` days after 1970-01-01 (negative for earlier dates).
    public init(daysSince1970 days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
        self.precision = .day
    }

    /// Days since 1970-01-01.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date a number of days later (or earlier, for negative counts).
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSince1970: daysSince1970 + days) }

    /// The same day a number of months later (or earlier), moved back to the month's last day where it has fewer days
    /// (for a month or a year: the last day of the month reached).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        let lastDay = CalendarDate.daysIn(month: newMonth, year: newYear)
        let newDay = precision == .day ? min(day, lastDay) : lastDay
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Whole days from this date to another (negative if the other is earlier).
    public func days(until other: CalendarDate) -> Int { other.daysSince1970 - daysSince1970 }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as much as the date's source gave.
    public var description: String {
        let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
        let length = precision == .day ? 10 : precision == .month ? 7 : 4
        return String(unsafeUninitializedCapacity: length) { bytes in
            (bytes[0], bytes[1]) = (zero + UInt8(year / 1000), zero + UInt8(year / 100 % 10))
            (bytes[2], bytes[3]) = (zero + UInt8(year / 10 % 10), zero + UInt8(year % 10))
            if length > 4 {
                (bytes[4], bytes[5], bytes[6]) = (dash, zero + UInt8(month / 10), zero + UInt8(month % 10))
            }
            if length > 7 { (bytes[7], bytes[8], bytes[9]) = (dash, zero + UInt8(day / 10), zero + UInt8(day % 10)) }
            return length
        }
    }

    /// Earlier (last) day first. A month or year and the day it ends on are neither earlier nor later than each other
    /// (so `2022-05 <= 2022-05-31`), though they are not equal: they are written differently.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func dayOfYear(_ date: CalendarDate) -> Int {
        (1..<date.month).reduce(date.day) { $0 + daysIn(month: $1, year: date.year) }
    }

    /// The number of days in a month of a year (28 to 31).
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

/// Zero-pads a non-negative number to a width.
func pad(_ number: Int, _ width: Int) -> String {
    let text = String(number)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
