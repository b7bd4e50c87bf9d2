import HRAPCore
@testable import HRAPStore
import Testing

/// The filter that spares a bulk import a lookup per row must never miss a key it holds (a repeated row would then
/// go unnoticed), and must say "perhaps" of other keys rarely enough to spare most lookups.
@Suite struct KeyFilterTests {
    static func key(_ number: Int, indicator: String = "I", group: [String: String] = [:]) -> MeasurementKey {
        let date = CalendarDate(daysSince1970: number)
        return make(indicator + String(number % 997), number % 3 == 0 ? nil : date, date, group)
    }

    static func make(
        _ indicator: String, _ periodStart: CalendarDate?, _ date: CalendarDate, _ group: [String: String]
    ) -> MeasurementKey {
        var measurement = Measurement()
        (measurement.indicator, measurement.periodStart, measurement.date) = (indicator, periodStart, date)
        measurement.disaggregation = group
        return measurement.key
    }

    @Test func holdsEveryKeyAddedAndRarelyOthers() {
        var filter = KeyFilter()
        let added = (0..<200_000).map { Self.key($0) }
        for key in added { filter.insert(key.filterHash) }
        #expect(added.allSatisfy { filter.mayContain($0.filterHash) })
        let others = (0..<20_000).map { Self.key($0, indicator: "other") }
        let perhaps = others.filter { filter.mayContain($0.filterHash) }.count
        #expect(perhaps < others.count / 20, "\(perhaps) of \(others.count) keys never added seemed present")
    }

    @Test func everyPartOfTheKeyCounts() {
        let base = Self.key(10)
        var changed = [
            Self.make("J", base.periodStart, base.date, [:]),
            Self.make(base.indicator, nil, base.date, [:]),
            Self.make(base.indicator, base.periodStart, CalendarDate(daysSince1970: 11), [:]),
            Self.make(base.indicator, base.periodStart, base.date, ["sex": "female"]),
        ]
        if let month = CalendarDate(partial: "2024-05"), let day = CalendarDate(partial: "2024-05-01") {
            changed.append(Self.make("I", nil, month, [:]))
            #expect(
                Self.make("I", nil, day, [:]).filterHash != changed.last?.filterHash, "a month is not its first day")
        }
        for key in changed { #expect(key.filterHash != base.filterHash, "\(key)") }
        let group = ["sex": "female", "age": "65+"]
        #expect(Self.key(5, group: group).filterHash == Self.key(5, group: group).filterHash)
    }
}
