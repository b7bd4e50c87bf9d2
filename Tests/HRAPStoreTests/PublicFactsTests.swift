import HRAPCore
import JSONCoding
import SeededRandom
import Testing

@testable import HRAPStore

/// The report's figures come from the store's set-based facts (public values only) laid over the public plan file
/// (``PlanFacts/over(_:)``), not from the file again, and that file is read as published (`PublicPlanData/publicFile()`), not
/// filtered from the whole history: each pair must be the same, after any sequence of public and private values and
/// corrections.
@Suite struct PublicFactsTests {
    private func expectSameFacts(_ store: PlanStore, _ plan: String, _ comment: Comment) throws {
        let fromQueries = try store.facts(plan: plan, publicOnly: true)
        let publicFile = try store.exportPlan(plan).publicRecords()
        #expect(try store.publicData(plan: plan).publicFile() == publicFile, comment)
        let fromFile = PlanFacts(file: publicFile), laid = fromQueries.over(publicFile)
        #expect(laid.series == fromFile.series, comment)
        #expect(laid.judged == fromFile.judged, comment)
        #expect(laid.disaggregatedDates == fromFile.disaggregatedDates, comment)
        #expect(laid.progressUpdates == fromFile.progressUpdates, comment)
        #expect(!laid.includesPrivateValues && !fromFile.includesPrivateValues, comment)
        #expect(laid.file == publicFile, comment)
    }

    @Test func bothExamplesGiveTheSameFactsBothWays() throws {
        let store = try storeWithExample()
        try expectSameFacts(store, "aldermoor-2023", "aldermoor")
        _ = try store.importPlan(
            PlanFile.decode(try JSONParser.parse(try secondExampleText())).0, source: "hainbach", by: author())
        try expectSameFacts(store, "hainbach-inklusiv", "hainbach")
    }

    /// Random values of a few keys, each public or private, some recorded at the same instant (the row stored later
    /// supersedes), and progress updates likewise.
    @Test(arguments: [1, 2, 3, 4] as [UInt64]) func randomCorrectionsGiveTheSameFactsBothWays(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let store = try storeWithExample()
        let indicators = ["1.1.a", "1.1.b", "1.2.a", "2.1.b"], dates = ["2024-06-30", "2024-12-31", "2025-06-30"]
        var minute = 0
        for step in 0..<60 {
            minute += random.next(below: 2)
            let time = "2026-02-01T1\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60):00Z"
            if random.next(below: 4) == 0 {
                var update = ProgressUpdate()
                update.action = "1.1.1"
                update.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? update.date
                update.status = random.next(below: 2) == 0 ? .ongoing : .completed
                update.isPublic = random.next(below: 3) != 0
                update.narrative = "step \(step)"
                _ = try store.record(update, plan: "aldermoor-2023", by: author(at: time))
                continue
            }
            var measurement = Measurement()
            measurement.indicator = indicators[random.next(below: indicators.count)]
            measurement.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? measurement.date
            measurement.value = Double(random.next(below: 500))
            measurement.isPublic = random.next(below: 3) != 0
            _ = try store.record(measurement, plan: "aldermoor-2023", by: author(at: time))
        }
        try expectSameFacts(store, "aldermoor-2023", "seed \(seed)")
    }
}
