#if canImport(Glibc)
    import Glibc
#endif
import Locking

/// The `Date` header's IMF-fixdate (RFC 9110 section 5.6.7), formatted at most once a second. Every answer asks for
/// it, from every worker thread: a spinning lock here was a tenth of the server's CPU under 64 connections on a
/// cached page (perf), hence ``BlockingLock``.
final class DateCache: Sendable {
    private let cached = BlockingLock<(second: Int, text: String)>((-1, ""))

    /// The current date as `Sun, 06 Nov 1994 08:49:37 GMT`.
    func now() -> String {
        let second = time(nil)
        return cached.withLock { cache in
            if cache.second != second { cache = (second, Self.format(second)) }
            return cache.text
        }
    }

    static func format(_ second: Int) -> String {
        var seconds = second
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let (weekday, month) = (days[Int(parts.tm_wday)], months[Int(parts.tm_mon)])
        let day = "\(weekday), \(two(parts.tm_mday)) \(month) \(1900 + parts.tm_year)"
        return day + " \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
