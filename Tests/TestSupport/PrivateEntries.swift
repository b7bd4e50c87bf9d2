import HRAPCore
import HRAPUseCases

/// Private entries a hostile test used to move public figures with.
public enum PrivateEntries {
    static let admin = Principal(name: "setup", role: .admin)

    /// Entries marked private under keys of their own (a private correction of a public value hides that value
    /// whole, by design, so it is no like-for-like comparison): a measure completed, a latest value far better than
    /// the public ones, a group's value, on dates before the fixture's today (2026-01-15).
    public static func add(to service: HRAPService) throws {
        let date = CalendarDate(year: 2025, month: 12, day: 20) ?? CalendarDate(daysSince1970: 0)
        for action in ["1.1.1", "1.2.1", "2.1.1", "3.1.1"] {
            var update = ProgressUpdate()
            update.action = action
            update.date = date
            update.status = .completed
            update.percentComplete = 100
            update.narrative = "Internal: completed, not yet confirmed"
            update.isPublic = false
            _ = try service.record(update, plan: "aldermoor-2023", as: admin)
        }
        for (indicator, value) in [("1.1.b", 10.0), ("2.1.a", 99.0)] {
            var measurement = Measurement()
            measurement.indicator = indicator
            measurement.date = date
            measurement.value = value
            measurement.isPublic = false
            _ = try service.record(measurement, plan: "aldermoor-2023", as: admin)
        }
        var group = Measurement()
        group.indicator = "1.1.a"
        group.date = date
        group.value = 1
        group.disaggregation = ["age": "0-17"]
        group.isPublic = false
        _ = try service.record(group, plan: "aldermoor-2023", as: admin)
    }
}
