import HRAPCore
import JSONCoding
import SeededRandom
import SyntheticData
import Testing

@testable import HRAPStore

/// A plan's published data brought up to date after writes (``PlanStore/publicData(plan:updating:)`` from the data
/// read before) must be the data read whole, after any sequence of writes: public and private values (totals and
/// disaggregated), corrections, progress updates and structural edits.
@Suite struct PublicDataTests {
    private let plan = "aldermoor-2023"
    private let indicators = ["1.1.a", "1.1.b", "1.2.a", "2.1.b"]
    private let dates = ["2024-06-30", "2024-12-31", "2025-06-30"]

    private func expectSame(_ updated: PublicPlanData, _ whole: PublicPlanData, _ comment: Comment) {
        #expect(updated.version == whole.version, comment)
        #expect(updated.publicFile() == whole.publicFile(), comment)
        #expect(updated.facts.file == whole.facts.file, comment)
        #expect(updated.values == whole.values, comment)
        #expect(whole.facts.file.measurements.isEmpty, comment)
        #expect(updated.facts.series == whole.facts.series, comment)
        #expect(updated.facts.judged == whole.facts.judged, comment)
        #expect(updated.facts.disaggregatedDates == whole.facts.disaggregatedDates, comment)
        #expect(updated.facts.progressUpdates == whole.facts.progressUpdates, comment)
        #expect(updated.facts.successorStart == whole.facts.successorStart, comment)
        #expect(updated.facts.carriedOver == whole.facts.carriedOver, comment)
        #expect(!updated.facts.includesPrivateValues, comment)
    }

    private func randomMeasurement(_ random: inout SplitMix64, step: Int) -> Measurement {
        var measurement = Measurement()
        measurement.indicator = indicators[random.next(below: indicators.count)]
        measurement.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? measurement.date
        measurement.value = Double(random.next(below: 500))
        measurement.isPublic = random.next(below: 3) != 0
        measurement.note = "step \(step)"
        if measurement.indicator == "1.1.a", random.next(below: 2) == 0 {
            measurement.disaggregation = ["sex": random.next(below: 2) == 0 ? "female" : "male"]
        }
        return measurement
    }

    /// One random write; what kind it was ("none" when it wrote nothing: the same as stored).
    private func write(_ store: PlanStore, _ random: inout SplitMix64, step: Int, at time: String) throws -> String {
        switch random.next(below: 10) {
        case 0:
            var update = ProgressUpdate()
            update.action = "1.1.1"
            update.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? update.date
            update.status = random.next(below: 2) == 0 ? .ongoing : .completed
            update.isPublic = random.next(below: 3) != 0
            return try store.record(update, plan: plan, by: author(at: time)) == .unchanged ? "none" : "update"
        case 1:
            guard var indicator = try store.record(Indicator.self, plan: plan, code: indicators[0]) else {
                return "none"
            }
            indicator.name = "Renamed at step \(step)"
            let outcome = try store.put(indicator, plan: plan, mode: .update, by: author(at: time))
            return outcome == .unchanged ? "none" : "structure"
        default:
            let outcome = try store.record(randomMeasurement(&random, step: step), plan: plan, by: author(at: time))
            return outcome == .unchanged ? "none" : "value"
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func dataBroughtUpToDateIsTheDataReadWhole(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let store = try storeWithExample()
        var data = try store.publicData(plan: plan)
        var minute = 0, updatedByValues = 0
        for step in 0..<40 {
            var kinds: [String] = []
            for _ in 0..<(1 + random.next(below: 3)) {
                minute += random.next(below: 2)
                let time = "2026-02-01T1\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60):00Z"
                kinds.append(try write(store, &random, step: step, at: time))
            }
            let updated = try store.publicData(plan: plan, updating: data)
            expectSame(updated, try store.publicData(plan: plan), "seed \(seed), step \(step): \(kinds)")
            #expect(
                updated.publicFile() == (try store.exportPlan(plan).publicRecords()),
                "the public file, put together in row order"
            )
            if kinds.allSatisfy({ $0 != "update" && $0 != "structure" }) {
                #expect(updated.changedIndicators != nil, "only values were written: \(kinds)")
                updatedByValues += 1
            } else {
                #expect(updated.changedIndicators == nil, "\(kinds)")
            }
            data = updated
        }
        #expect(updatedByValues > 10)
    }

    @Test func changedIndicatorsNameWhatTheWritesTouched() throws {
        let store = try storeWithExample()
        let before = try store.publicData(plan: plan)
        #expect(before.changedIndicators == nil)
        #expect(try store.publicData(plan: plan, updating: before).changedIndicators == [])
        var random = SplitMix64(seed: 9)
        var measurement = randomMeasurement(&random, step: 0)
        measurement.indicator = "1.2.a"
        _ = try store.record(measurement, plan: plan, by: author(at: "2026-02-01T10:00:00Z"))
        #expect(try store.publicData(plan: plan, updating: before).changedIndicators == ["1.2.a"])
    }

    @Test func valuesOfAnotherPlanChangeNothingHere() throws {
        let store = try storeWithExample()
        _ = try store.importPlan(
            PlanFile.decode(try JSONParser.parse(try secondExampleText())).0, source: "hainbach", by: author())
        let before = try store.publicData(plan: plan)
        let other = try store.exportPlan("hainbach-inklusiv")
        var measurement = Measurement()
        let indicator = try #require(other.indicators.first { $0.valueType == .number && $0.derived == nil })
        (measurement.indicator, measurement.value) = (indicator.code, 1)
        measurement.date = CalendarDate(partial: "2025-03-31") ?? measurement.date
        _ = try store.record(measurement, plan: "hainbach-inklusiv", by: author(at: "2026-02-01T10:00:00Z"))
        let updated = try store.publicData(plan: plan, updating: before)
        #expect(updated.changedIndicators == [])
        #expect(updated.version > before.version)
        expectSame(updated, try store.publicData(plan: plan), "another plan's value")
    }

    @Test func dataOfAnotherPlanIsNotBroughtUpToDate() throws {
        let store = try storeWithExample()
        _ = try store.importPlan(
            PlanFile.decode(try JSONParser.parse(try secondExampleText())).0, source: "hainbach", by: author())
        let other = try store.publicData(plan: "hainbach-inklusiv")
        let data = try store.publicData(plan: plan, updating: other)
        #expect(data.changedIndicators == nil)
        #expect(data.facts.file.plan.code == plan)
    }

    /// Values of a few indicators (an import) are read indicator by indicator; values of more indicators than are
    /// read one by one (an import across the plan) have the data read whole. Either way, the data read whole.
    @Test(arguments: [8, PublicPlanData.indicatorsReadAnew + 1]) func anImportOfValuesOfManyIndicators(count: Int)
        throws
    {
        var size = SyntheticPlan.Size()
        (size.actions, size.indicators, size.measurements, size.budgetLines) = (10, 80, 800, 5)
        let file = SyntheticPlan(seed: 5, size: size).planFile()
        let store = try PlanStore(path: temporaryDatabase())
        _ = try store.importPlan(file, source: "synthetic", by: author())
        let before = try store.publicData(plan: file.plan.code)
        let indicators = file.indicators.filter { $0.valueType == .number && $0.derived == nil }.prefix(count)
        #expect(indicators.count == count)
        var values = file
        values.measurements = indicators.map { indicator in
            var measurement = Measurement()
            (measurement.indicator, measurement.value) = (indicator.code, 7)
            measurement.date = CalendarDate(partial: "2026-01-31") ?? measurement.date
            return measurement
        }
        values.progressUpdates = []
        _ = try store.importPlan(values, source: "values", by: author(at: "2026-02-01T10:00:00Z"))
        let updated = try store.publicData(plan: file.plan.code, updating: before)
        let readAnew = count <= PublicPlanData.indicatorsReadAnew
        #expect(updated.changedIndicators == (readAnew ? Set(indicators.map(\.code)) : nil))
        expectSame(updated, try store.publicData(plan: file.plan.code), "\(count) indicators")
    }
}
