import HRAPCore
import HRAPReports
import HRAPUseCases
import SeededRandom
import Testing

/// What the plan pages show after a write, from report data and analysis brought up to date from the ones before
/// (``HRAPService/annualReportData(plan:year:asOf:framework:as:updating:)``,
/// ``AnnualReport/Analysis/init(_:updating:changedIndicators:)``), must be what they show computed whole: the whole
/// report model, the plan page and every indicator page, after random sequences of values, corrections, private
/// values and progress updates.
@Suite struct AnalysisUpdateTests {
    private let plan = "aldermoor-2023"
    private let admin = Principal.commandLine("tester")
    private let asOf = CalendarDate(partial: "2025-12-31") ?? CalendarDate(daysSince1970: 0)

    private func data(_ service: HRAPService, updating previous: AnnualReportData? = nil) throws -> AnnualReportData {
        try service.annualReportData(
            plan: plan, year: 2025, asOf: asOf, framework: "hrgl-2024", as: admin, updating: previous)
    }

    private func input(_ data: AnnualReportData) -> AnnualReport.Input {
        AnnualReport.Input(
            facts: data.facts, values: data.values, year: 2025, asOf: asOf, card: data.card,
            previousLevels: data.previousLevels,
            previousAsOf: data.previousAsOf, peer: data.peer)
    }

    private func write(_ service: HRAPService, _ random: inout SplitMix64, step: Int) throws {
        let dates = ["2024-12-31", "2025-03-31", "2025-06-30", "2025-11-30"]
        if random.next(below: 6) == 0 {
            var update = ProgressUpdate()
            update.action = ["1.1.1", "2.1.1"][random.next(below: 2)]
            update.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? update.date
            update.status = [.ongoing, .completed, .delayed][random.next(below: 3)]
            update.isPublic = random.next(below: 3) != 0
            _ = try service.record(update, plan: plan, as: admin)
            return
        }
        var measurement = Measurement()
        measurement.indicator = ["1.1.a", "1.1.b", "1.2.a", "2.1.b", "3.1.b"][random.next(below: 5)]
        measurement.date = CalendarDate(partial: dates[random.next(below: dates.count)]) ?? measurement.date
        measurement.value = Double(random.next(below: 300))
        measurement.isPublic = random.next(below: 4) != 0
        measurement.note = "step \(step)"
        _ = try service.record(measurement, plan: plan, as: admin)
    }

    @Test(arguments: [11, 12, 13] as [UInt64]) func pagesFromUpdatedAnalysisAreThePagesComputedWhole(seed: UInt64)
        throws
    {
        let fixture = try WebFixture()
        let locale = try #require(try WebFixture.locales()["en"])
        var random = SplitMix64(seed: seed)
        var previous = try data(fixture.service)
        var analysis = AnnualReport.Analysis(input(previous))
        var updatedByValues = 0
        for step in 0..<15 {
            for _ in 0..<(1 + random.next(below: 2)) { try write(fixture.service, &random, step: step) }
            let updated = try data(fixture.service, updating: previous)
            analysis = AnnualReport.Analysis(
                input(updated), updating: analysis, changedIndicators: updated.changedIndicators)
            if updated.changedIndicators != nil { updatedByValues += 1 }
            let whole = try data(fixture.service)
            let fromUpdate = AnnualReport(input(updated), analysis: analysis, locale: locale)
            let fromWhole = AnnualReport(input(whole), locale: locale)
            let comment: Comment = "seed \(seed), step \(step)"
            #expect(fromUpdate.model() == fromWhole.model(), comment)
            let pages = (
                PublicPage(fromUpdate, explicitLanguage: false), PublicPage(fromWhole, explicitLanguage: false)
            )
            #expect(pages.0.plan(filter: .init(query: [:])) == pages.1.plan(filter: .init(query: [:])), comment)
            for indicator in whole.facts.file.indicators {
                #expect(pages.0.indicator(indicator.code) == pages.1.indicator(indicator.code), comment)
            }
            previous = updated
        }
        #expect(updatedByValues > 5)
    }
}
