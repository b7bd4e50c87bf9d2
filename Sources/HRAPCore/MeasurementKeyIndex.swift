/// The measurement keys an import has seen, each with the line or index that had it first, in 16 bytes a key (24 with
/// a time): codes and groups of people are numbered as they first appear and dates packed into integers, so a
/// million-row file's index stays a few tens of MiB and holds no strings per row. A key may be taken together with a
/// recording time (history: one version of a key per time).
package struct MeasurementKeyIndex {
    private struct CompactKey: Hashable {
        let indicator: Int32, group: Int32, periodStart: Int32, date: Int32
    }

    private struct TimedKey: Hashable {
        let key: CompactKey
        let recordedAt: Int64
    }

    private var indicators: [String: Int32] = [:]
    private var groups: [[String: String]: Int32] = [:]
    private var lines: [CompactKey: Int32] = [:]
    private var timedLines: [TimedKey: Int32] = [:]

    /// An empty index.
    package init() {}

    /// Records the key's (and recording time's) line; returns the line that had it first, when one did.
    package mutating func insert(_ key: MeasurementKey, recordedAt: Timestamp? = nil, line: Int) -> Int? {
        let compact = CompactKey(
            indicator: Self.number(key.indicator, in: &indicators),
            group: key.disaggregation.isEmpty ? -1 : Self.number(key.disaggregation, in: &groups),
            periodStart: key.periodStart.map(Self.packed) ?? -1, date: Self.packed(key.date))
        guard let recordedAt else { return Self.insert(compact, line: line, into: &lines) }
        let timed = TimedKey(key: compact, recordedAt: recordedAt.secondsSince1970)
        return Self.insert(timed, line: line, into: &timedLines)
    }

    private static func insert<Key: Hashable>(_ key: Key, line: Int, into lines: inout [Key: Int32]) -> Int? {
        if let earlier = lines[key] { return Int(earlier) }
        lines[key] = Int32(clamping: line)
        return nil
    }

    private static func number<Value: Hashable>(_ value: Value, in numbers: inout [Value: Int32]) -> Int32 {
        if let known = numbers[value] { return known }
        let next = Int32(numbers.count)
        numbers[value] = next
        return next
    }

    /// A date as one integer, distinct for every year, month, day and precision a plan can hold.
    private static func packed(_ date: CalendarDate) -> Int32 {
        let year = Int32(clamping: date.year), month = Int32(clamping: date.month), day = Int32(clamping: date.day)
        return ((year * 13 + month) * 32 + day) * 4 + Int32(date.precision.rawValue)
    }
}
