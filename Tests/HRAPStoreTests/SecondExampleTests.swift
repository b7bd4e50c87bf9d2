import HRAPCore
@testable import HRAPStore
import JSONCoding
import Testing

/// The second example, a thematic plan as many cities write one: its month and year dates, open-ended measures,
/// plan-level and qualitative indicators and package funding go through the store, CSV and scoring unchanged, and its
/// headline figures are the ones worked out by hand from the file.
@Suite struct SecondExampleTests {
    let plan = "hainbach-inklusiv"
    let asOf = CalendarDate.endOfYear(2025)

    private func store() throws -> (PlanStore, PlanFile) {
        let (file, problems) = PlanFile.decode(try JSONParser.parse(try secondExampleText()))
        #expect(problems.isEmpty, "\(problems)")
        let store = try PlanStore(path: temporaryDatabase())
        _ = try store.importPlan(
            file, source: "hainbach-plan.json", frameworks: [try shippedFramework("hrgl-2024")], by: author())
        return (store, file)
    }

    @Test func itRoundTripsByteForByteWithItsMonthAndYearDates() throws {
        let (store, _) = try store()
        let exported = JSONWriter.pretty(try store.exportPlan(plan).encode()) + "\n"
        #expect(exported == (try secondExampleText()))
        #expect(exported.contains("\"period_start\": \"2021-05\""))
        #expect(exported.contains("\"date\": \"2024\""))
        #expect(!exported.contains("\"period_end\""), "open-ended: no period end is made up")
    }

    @Test func itsSpreadsheetsKeepMonthsYearsAndJudgementsAndImportBackUnchanged() throws {
        let (store, _) = try store()
        let measurements = try store.exportSheet(.measurements, plan: plan)
        #expect(measurements.contains("1.1.a,,2024,,47.6,,"))
        #expect(measurements.contains("7.1.a,,2025-04,,,on_track,"))
        let budget = try store.exportSheet(.budget, plan: plan)
        #expect(budget.contains(",4,2024,450000,450000,433100,EUR,national,"), "a field's package has no action")
        for (kind, text) in [
            (SheetKind.measurements, measurements), (.budget, budget),
            (.progress, try store.exportSheet(.progress, plan: plan)),
        ] {
            let summary = try store.importSheet(
                kind, bytes: Array(text.utf8), source: "again.csv", plan: plan, by: author())
            #expect(summary.inserted == 0 && summary.corrected == 0, "\(kind) re-import changed something")
        }
    }

    @Test func storeFactsAndFileFactsScoreAlike() throws {
        let (store, file) = try store()
        let fromQueries = try store.facts(plan: plan), fromFile = PlanFacts(file: file)
        #expect(fromQueries.judged == fromFile.judged)
        #expect(fromQueries.series == fromFile.series)
        let framework = try shippedFramework("hrgl-2024")
        #expect(
            Scorer.score(fromQueries, framework: framework, asOf: asOf).json()
                == Scorer.score(fromFile, framework: framework, asOf: asOf).json())
    }

    /// Counted by hand from the file: 18 updates say completed by 2025-04 (three after their end month: 1.1.2, 4.1.3,
    /// 7.2.2); 1.1.3 (due 2024-12) and 2.1.1 (due 2024) are active and late; 7.1.1 is due 2025-12, so on its last day
    /// it is not yet overdue; the open-ended measures are due at the review date 2026-12.
    @Test func theHeadlineFiguresAreTheHandCountedOnes() throws {
        let (store, _) = try store()
        let progress = PlanProgress(try store.facts(plan: plan), asOf: asOf)
        #expect(progress.measures.total == 35)
        #expect(progress.measures.implemented == 18)
        #expect(progress.measures.counts[.completedLate] == 3)
        #expect(progress.measures.counts[.overdue] == 2)
        #expect(progress.actions["7.1.1"]?.isOverdue == false)
        #expect(
            PlanProgress(try store.facts(plan: plan), asOf: asOf.adding(days: 1)).actions["7.1.1"]?.isOverdue == true)
        #expect(
            PlanProgress(try store.facts(plan: plan), asOf: try #require(CalendarDate("2027-01-01"))).measures.counts[
                .overdue] == 14,
            "16 open measures pass the review date; the continuing 2.1.3 and 5.1.2 are never overdue")
        #expect(progress.indicators["P.a"]?.status == .atRisk, "18 of 30 is 60 %, 82 % of the time has passed")
        #expect(progress.indicators["7.1.a"]?.status == .onTrack)
        #expect(progress.indicators["3.1.a"]?.retrogression == true)
        #expect(progress.indicators["2.1.a"]?.isStale == false, "a new survey in 2025-09, every 24 months")
        #expect(
            progress.indicators["2.1.a"]?.retrogression == false,
            "19 after 21 follows a new questionnaire: not a setback")
    }

    /// Worked by hand: budgeted — 16 active measures, less 3.1.4 (advocacy only) = 15; 7.1.1 has its own 2025 line and
    /// the inclusion fund (a plan package) covers the other 14. Execution 2024 — allocated 210,000 + 450,000 +
    /// 250,000 + 150,000 = 1,060,000; spent 196,300 + 433,100 + 247,300 + 141,500 = 1,018,200.
    @Test func theBudgetCriteriaSeeThePackages() throws {
        let (store, _) = try store()
        let facts = try store.facts(plan: plan)
        let budgeted = Metric.activeActionsBudgeted.compute(facts, asOf: asOf)
        #expect((budgeted.numerator, budgeted.denominator) == (15, 15))
        let execution = Metric.budgetExecutionRate.compute(facts, asOf: asOf)
        #expect((execution.numerator, execution.denominator) == (1_018_200, 1_060_000))
        let baselines = Metric.indicatorsWithBaseline.compute(facts, asOf: asOf)
        #expect(
            (baselines.numerator, baselines.denominator) == (6, 6),
            "the yes/no 'no' and the qualitative one are left out; the descriptive 8.1.b has its baseline, 14 in 2022")
    }

    /// The open-ended plan ends where its successor begins: once a plan naming it as predecessor starts in 2026-07, its
    /// open-ended measures are due on 2026-06-30, not at the review date 2026-12.
    @Test func aSuccessorInTheDatabaseEndsTheOpenEndedPlan() throws {
        let (store, file) = try store()
        #expect(try store.facts(plan: plan).planDeadline?.description == "2026-12")
        var successor = file.plan
        (successor.code, successor.title, successor.predecessor) = ("hainbach-inklusiv-2", "Hainbach inklusiv 2", plan)
        successor.periodStart = try #require(CalendarDate(partial: "2026-07"))
        (successor.reviewDate, successor.coordinatingBody) = (nil, nil)
        _ = try store.put(successor, mode: .create, by: author())
        let facts = try store.facts(plan: plan)
        #expect(facts.planDeadline?.description == "2026-06-30")
        let july = try #require(CalendarDate("2026-07-01"))
        #expect(PlanProgress(facts, asOf: july).actions["1.1.1"]?.isOverdue == true)
        // The continuing 2.1.3 and 5.1.2 are not concluded once the plan ends, until the successor continues one.
        #expect(PlanProgress(facts, asOf: july).measures.counts[.notConcluded] == 2)
        var field = file.fields[0], objective = file.objectives[0], guides = Action()
        (guides.code, guides.objective, guides.title) = ("1.1.1", objective.code, "Lotsinnen")
        guides.continues = "2.1.3"
        (field.standards, objective.standards) = ([], [])
        _ = try store.put(field, plan: "hainbach-inklusiv-2", mode: .create, by: author())
        _ = try store.put(objective, plan: "hainbach-inklusiv-2", mode: .create, by: author())
        _ = try store.put(guides, plan: "hainbach-inklusiv-2", mode: .create, by: author())
        let continued = try store.facts(plan: plan)
        #expect(continued.carriedOver == ["2.1.3"])
        let standings = PlanProgress(continued, asOf: july).measures.counts
        #expect(standings[.carriedOver] == 1 && standings[.notConcluded] == 1)
    }
}

/// A plan's spreadsheet is the same whether it has the database to itself (read straight through the table) or
/// shares it with a much larger plan (read through its index entries).
@Suite struct SharedDatabaseExportTests {
    @Test(arguments: SheetKind.allCases)
    func aSmallPlanExportsAlikeAloneAndBesideALargeOne(kind: SheetKind) throws {
        let (file, _) = PlanFile.decode(try JSONParser.parse(try secondExampleText()))
        let alone = try PlanStore(path: temporaryDatabase()), shared = try storeWithExample()
        for store in [alone, shared] {
            _ = try store.importPlan(
                file, source: "hainbach", frameworks: [try shippedFramework("hrgl-2024")], by: author())
        }
        let plan = file.plan.code
        #expect(try shared.exportSheet(kind, plan: plan) == alone.exportSheet(kind, plan: plan))
        let rows = try shared.exportSheet(.measurements, plan: plan).split(whereSeparator: \.isNewline).count
        #expect(rows == 1 + (try shared.current(Measurement.self, plan: plan).count))
    }
}
