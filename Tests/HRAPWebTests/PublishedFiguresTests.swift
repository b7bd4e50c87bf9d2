import Foundation
import HRAPCore
import HRAPService
import Testing

/// A published figure is reproducible from the published data: the same plans with and without private entries give
/// byte-identical public pages, reports and open data in every format (the API's side: `PrivateEntriesAPITests`).
@Suite(.serialized) struct PublishedFiguresTests {
    static let plan = "/plans/aldermoor-2023"
    static let admin = Principal(name: "setup", role: .admin)

    /// Entries marked private under keys of their own (a private correction of a public value hides that value
    /// whole, by design, so it is no like-for-like comparison): a measure completed, a latest value far better than
    /// the public ones, a group's value, on dates before the fixture's today (2026-01-15).
    static func addPrivateEntries(_ service: HRAPService) throws {
        let date = try #require(CalendarDate(year: 2025, month: 12, day: 20))
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

    static let pages = [
        "/", plan, plan + "/actions/1.1.1", plan + "/actions/3.1.1", plan + "/indicators/1.1.b",
        plan + "/indicators/1.1.b/values.csv", plan + "/indicators/2.1.a", plan + "/reports",
    ] + ["report.html", "report.md", "report.json", "summary.html", "summary.md"].map { plan + "/reports/2025/en/" + $0 }
        + [
            "README.md", "datapackage.json", "dcat.jsonld", "plan.json", "indicators.csv", "measurements.csv",
            "actions.csv", "budget.csv", "recommendations.csv", "report.html", "report.md", "report.json",
            "summary.html",
        ].map { plan + "/open-data/2025/" + $0 }

    @Test func publicPagesReportsAndOpenDataIgnorePrivateEntries() throws {
        let plain = try WebFixture(), withPrivate = try WebFixture()
        try Self.addPrivateEntries(withPrivate.service)
        for path in Self.pages {
            let (left, right) = (plain.call("GET", path), withPrivate.call("GET", path))
            #expect(left.status == 200, "\(path): \(left.status)")
            #expect(left.body == right.body, "\(path) differs with private entries")
        }
    }
}
