/// An instant to the second in UTC, written `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339).
///
/// The domain never reads the clock: the CLI or the server makes a timestamp and passes it in.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64

    /// The instant a number of seconds after the Unix epoch.
    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let date = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = Int(String(decoding: bytes[11..<13], as: UTF8.self)), (0..<24).contains(hour),
            let minute = Int(String(decoding: bytes[14..<16], as: UTF8.self)), (0..<60).contains(minute),
            let second = Int(String(decoding: bytes[17..<19], as: UTF8.self)), (0..<60).contains(second)
        else { return nil }
        secondsSince1970 = Int64(date.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC calendar date of the instant.
    public var date: CalendarDate {
        CalendarDate(daysSince1970: Int(secondsSince1970.floorDivided(by: 86_400)))
    }

    public var description: String {
        let seconds = Int(secondsSince1970 - Int64(date.daysSince1970) * 86_400)
        return "\(date)T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
