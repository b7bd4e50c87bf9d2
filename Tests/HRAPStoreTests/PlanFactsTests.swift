import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import Testing

@Suite struct PlanFactsTests {
    @Test func setBasedFactsScoreExactlyAsTheWholePlanFile() throws {
        let store = try storeWithExample()
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.periodStart = CalendarDate("2025-10-01")
        measurement.date = try #require(CalendarDate("2025-12-31"))
        measurement.value = 400
        #expect(throws: StoreError.self) { try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-01-15T10:00:00Z")) }
        try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-02-01T10:00:00Z"))
        let fromFile = PlanFacts(file: try store.exportPlan("aldermoor-2023"))
        let fromQueries = try store.facts(plan: "aldermoor-2023")
        #expect(fromQueries.series == fromFile.series)
        #expect(fromQueries.disaggregatedDates == fromFile.disaggregatedDates)
        #expect(fromQueries.series["1.1.b"]?.last?.value == 400)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates/frameworks/hrgl-2024.json")
        let framework = Framework.schema.decode(try JSONParser.parse(try String(contentsOf: url, encoding: .utf8)), path: "$").0
        for date in ["2024-06-30", "2025-12-31", "2026-06-30"] {
            let asOf = try #require(CalendarDate(date))
            #expect(Scorer.score(fromQueries, framework: framework, asOf: asOf).json() == Scorer.score(fromFile, framework: framework, asOf: asOf).json())
            #expect(PlanProgress(fromQueries, asOf: asOf).indicators == PlanProgress(fromFile, asOf: asOf).indicators)
        }
    }
}
