import Foundation
import HRAPCore
import HRAPUseCases
import TestSupport
import Testing

/// A published figure is reproducible from the published data: the same plans with and without private entries give
/// byte-identical public pages, reports and open data in every format (the API's side: `PrivateEntriesAPITests`).
@Suite(.serialized) struct PublishedFiguresTests {
    static let plan = "/plans/aldermoor-2023"
    static let pages =
        [
            "/", plan, plan + "/actions/1.1.1", plan + "/actions/3.1.1", plan + "/indicators/1.1.b",
            plan + "/indicators/1.1.b/values.csv", plan + "/indicators/2.1.a", plan + "/reports",
        ]
        + ["report.html", "report.md", "report.json", "summary.html", "summary.md"].map {
            plan + "/reports/2025/en/" + $0
        }
        + [
            "README.md", "datapackage.json", "dcat.jsonld", "plan.json", "indicators.csv", "measurements.csv",
            "actions.csv", "budget.csv", "recommendations.csv", "report.html", "report.md", "report.json",
            "summary.html",
        ].map { plan + "/open-data/2025/" + $0 }

    @Test func publicPagesReportsAndOpenDataIgnorePrivateEntries() throws {
        let plain = try WebFixture(), withPrivate = try WebFixture()
        try PrivateEntries.add(to: withPrivate.service)
        for path in Self.pages {
            let (left, right) = (plain.call("GET", path), withPrivate.call("GET", path))
            #expect(left.status == 200, "\(path): \(left.status)")
            #expect(left.body == right.body, "\(path) differs with private entries")
        }
    }
}
