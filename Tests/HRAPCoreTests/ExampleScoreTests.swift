import HRAPCore
import JSONCoding
import Testing

/// The example plan's score against hrgl-2024 on 2025-12-31, checked by hand against how the example was built.
@Suite struct ExampleScoreTests {
    @Test func theExampleScoresAsWorkedOutByHand() throws {
        let (file, problems) = PlanFile.decode(try JSONParser.parse(try examplePlanText()))
        #expect(problems.isEmpty)
        let asOf = try #require(CalendarDate("2025-12-31"))
        let card = Scorer.score(PlanFacts(file: file), framework: try shippedFramework("hrgl-2024"), asOf: asOf)
        func criterion(_ number: Int, _ id: String) -> ScoreCard.CriterionScore? {
            card.encouragements.first { $0.encouragement.number == number }?.criteria.first { $0.criterion.id == id }
        }
        // 2. Indicators 2.3.b and 3.1.e were built without a baseline: 38 of 40.
        #expect(criterion(2, "baselines")?.result.failing == ["2.3.b", "3.1.e"])
        // 3. Objective 2.3 cites no standard: 11 of 12.
        #expect(criterion(3, "linked")?.result.failing == ["2.3"])
        // 4. Only 3.1 (ECHR art. 14) and 3.2 (Equality Act) cite regional or national instruments: 2/12 → level 1, but
        //    the plan marks this criterion not applicable (the UK has no national plan), so it does not count;
        //    seven objectives cite an SDG target: 7/12 → level 3, the encouragement's level.
        #expect(criterion(4, "national").map { ($0.result.numerator, $0.level) } ?? (0, -1) == (2, 1))
        #expect(criterion(4, "national")?.notApplicable?.hasPrefix("The United Kingdom has no national") == true)
        #expect(criterion(4, "sdg").map { ($0.result.numerator, $0.level) } ?? (0, -1) == (7, 3))
        // 5. Events in four phases (no implementation-phase event) → level 4.
        #expect(criterion(5, "phases")?.result.failing == ["implementation"])
        // 6. Objectives 1.3 and 5.2 have no outcome indicator: 10/12 → level 3; completeness 11/12 → 4; (3 + 2·4) / 3.
        #expect(criterion(6, "outcome")?.result.failing == ["1.3", "5.2"])
        // 7. Action 5.2.3 has no lead unit or dates.
        #expect(criterion(7, "assigned")?.result.failing == ["5.2.3"])
        // 8. 3.1.3 and 5.2.3 were left without budget; 4.2.3 is advocacy only and not expected to have one.
        #expect(criterion(8, "budgeted")?.result.failing == ["3.1.3", "5.2.3"])
        // 9. Ten indicators declare grounds; all reported disaggregated values in the last 18 months.
        #expect(criterion(9, "declared")?.result.numerator == 10)
        #expect(criterion(9, "reported")?.result.value == 1)
        // 10. The monitoring board met on 2025-03-12 and 2025-10-08 → level 2; 21 of 24 members external → level 4.
        #expect(criterion(10, "meetings")?.result.value == 2)
        #expect(criterion(10, "external").map { ($0.result.numerator, $0.result.denominator) } ?? (0, 0) == (21, 24))
        // 11. Last report 2025-04-24, 251 days before; of the two reports in two years only R2024 is accessible.
        #expect(criterion(11, "recent")?.result.value == 251)
        #expect(criterion(11, "accessible")?.result.failing == ["R2023"])
        // 12. Recommendation 4 of EV1 has no response.
        #expect(criterion(12, "answered")?.result.failing == ["EV1/4"])
        let levels = card.encouragements.map { (($0.level ?? -1) * 1_000).rounded() / 1_000 }
        #expect(levels == [4, 4, 4, 3, 4, 3.667, 3.5, 3.333, 3, 3, 3.333, 3.5, 4, 2])
        // (4 + 4 + 4 + 3 + 4 + 3.667 + 3.5 + 3.333 + 3 + 3 + 3.333 + 3.5 + 4 + 2) / 14 = 48.333 / 14.
        #expect(((card.index ?? 0) * 1_000).rounded() / 1_000 == 3.452)
        #expect(card.atLevelZero.isEmpty)
    }
}

@Suite struct ExampleProgressTests {
    @Test func theExamplesProgressShowsItsDeliberateGaps() throws {
        let (file, _) = PlanFile.decode(try JSONParser.parse(try examplePlanText()))
        let progress = PlanProgress(PlanFacts(file: file), asOf: try #require(CalendarDate("2025-12-31")))
        #expect(progress.indicators["3.1.e"]?.status == .noData)
        #expect(progress.indicators["2.3.b"]?.status == .notMeasurable)
        #expect(progress.indicators["1.2.b"]?.status == .offTrack)
        #expect(progress.indicators["1.2.b"]?.retrogression == true)
        #expect(progress.indicators["3.2.d"]?.status == .achieved)
        let delayed = try #require(progress.actions["1.1.3"])
        #expect((delayed.status, delayed.isOverdue, delayed.lastUpdate) == (.delayed, true, CalendarDate("2025-12-31")))
        #expect(progress.actions["3.2.3"]?.lastUpdate == nil)
        #expect(progress.plan.total == 40)
        #expect(progress.plan.counts[.noData] == 1)
        let objective = try #require(file.objectives.first { $0.code == "1.2" })
        #expect(progress.rollUp(objective: objective) == ProgressRollUp([.onTrack, .offTrack, .onTrack]))
    }
}

@Suite struct DueListTests {
    @Test func theExamplesLateDataAndSilentActionsAreDueByUnit() throws {
        let (file, _) = PlanFile.decode(try JSONParser.parse(try examplePlanText()))
        let list = DueList(PlanFacts(file: file), asOf: try #require(CalendarDate("2026-04-15")))
        let byUnit = Dictionary(list.byUnit.map { ($0.unit ?? "-", $0.items) }, uniquingKeysWith: { first, _ in first })
        let late = try #require(byUnit["-"]?.first { $0.code == "2.2.a" })
        #expect(
            (late.dueDate, late.daysOverdue, late.last) == (CalendarDate("2025-12-31"), 105, CalendarDate("2024-12-31"))
        )
        #expect(byUnit["EQU"]?.map(\.code).prefix(2) == ["3.1.e", "3.2.3"])
        #expect(byUnit["FIN"]?.map(\.code) == ["4.2.3"])
        #expect(
            list.byUnit.allSatisfy { !$0.items.contains { $0.code == "1.2.a" } },
            "annual values due 2026-12-31 are beyond the horizon")
    }

    @Test func monthsAreAddedOnTheCalendar() throws {
        #expect(try #require(CalendarDate("2024-01-31")).adding(months: 1).description == "2024-02-29")
        #expect(try #require(CalendarDate("2025-11-30")).adding(months: 3).description == "2026-02-28")
        #expect(try #require(CalendarDate("2025-12-31")).adding(months: 12).description == "2026-12-31")
    }
}
