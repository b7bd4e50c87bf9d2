import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import SeededRandom
import SQLiteStore
import Testing

@Suite struct PlanFactsTests {
    @Test func setBasedFactsScoreExactlyAsTheWholePlanFile() throws {
        let store = try storeWithExample()
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.periodStart = CalendarDate("2025-10-01")
        measurement.date = try #require(CalendarDate("2025-12-31"))
        measurement.value = 400
        #expect(throws: StoreError.self) {
            try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-01-15T10:00:00Z"))
        }
        try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-02-01T10:00:00Z"))
        let fromFile = PlanFacts(file: try store.exportPlan("aldermoor-2023"))
        let fromQueries = try store.facts(plan: "aldermoor-2023")
        #expect(fromQueries.series == fromFile.series)
        #expect(fromQueries.disaggregatedDates == fromFile.disaggregatedDates)
        #expect(fromQueries.series["1.1.b"]?.last?.value == 400)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("templates/frameworks/hrgl-2024.json")
        let framework = Framework.schema.decode(
            try JSONParser.parse(try String(contentsOf: url, encoding: .utf8)), path: "$"
        ).0
        for date in ["2024-06-30", "2025-12-31", "2026-06-30"] {
            let asOf = try #require(CalendarDate(date))
            #expect(
                Scorer.score(fromQueries, framework: framework, asOf: asOf).json()
                    == Scorer.score(fromFile, framework: framework, asOf: asOf).json())
            #expect(PlanProgress(fromQueries, asOf: asOf).indicators == PlanProgress(fromFile, asOf: asOf).indicators)
        }
    }
}

/// The database's current rows, the domain's supersession rule and every reader of versions agree, ties included.
@Suite struct SupersessionDifferentialTests {
    @Test func aCorrectedProgressUpdateCountsTheSameFromTheDatabaseAndFromTheFile() throws {
        let store = try storeWithExample()
        var update = ProgressUpdate()
        update.action = "1.1.1"
        update.date = try #require(CalendarDate("2026-01-31"))
        update.status = .delayed
        try store.record(update, plan: "aldermoor-2023", by: author(at: "2026-02-01T10:00:00Z"))
        update.status = .completed
        try store.record(update, plan: "aldermoor-2023", by: author(at: "2026-02-02T10:00:00Z"))
        update.status = .cancelled
        try store.record(update, plan: "aldermoor-2023", by: author(at: "2026-02-02T10:00:00Z"))
        let fromFile = PlanFacts(file: try store.exportPlan("aldermoor-2023"))
        let fromQueries = try store.facts(plan: "aldermoor-2023")
        let asOf = try #require(CalendarDate("2026-03-01"))
        let action = try #require(fromFile.file.actions.first { $0.code == "1.1.1" })
        #expect(fromQueries.status(of: action, at: asOf) == .cancelled, "same instant: the row stored last counts")
        #expect(fromFile.status(of: action, at: asOf) == .cancelled)
        #expect(PlanProgress(fromQueries, asOf: asOf).actions == PlanProgress(fromFile, asOf: asOf).actions)
        #expect(fromQueries.progressUpdates.map(\.key) == fromFile.progressUpdates.map(\.key))
    }

    @Test func aSameInstantMeasurementTieIsResolvedAlikeEverywhere() throws {
        let store = try storeWithExample()
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.periodStart = CalendarDate("2026-01-01")
        measurement.date = try #require(CalendarDate("2026-03-31"))
        for value in [410.0, 420, 415] {
            measurement.value = value
            try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-04-02T09:00:00Z"))
        }
        let history = try store.history(indicator: "1.1.b", plan: "aldermoor-2023").filter {
            $0.measurement.date == measurement.date
        }
        #expect(history.map(\.isCurrent) == [false, false, true])
        #expect(try store.facts(plan: "aldermoor-2023").series["1.1.b"]?.last?.value == 415)
        #expect(PlanFacts(file: try store.exportPlan("aldermoor-2023")).series["1.1.b"]?.last?.value == 415)
        #expect(
            try store.current(Measurement.self, plan: "aldermoor-2023").filter { $0.key == measurement.key }.map(
                \.value) == [415])
    }

    /// Random versions written under the store's API (times going back and forth, ties): the SQL rule for current rows
    /// returns exactly what the domain's rule picks from all rows.
    @Test func theSQLRuleAndTheDomainRuleAgreeOnRandomHistories() throws {
        let store = try storeWithExample()
        var generator = SplitMix64(seed: 7)
        try store.pool.write { db in
            for _ in 0..<400 {
                let day = Int.random(in: 1...3, using: &generator), at = Int.random(in: 0...3, using: &generator)
                try db.run(
                    """
                    INSERT INTO progress_updates (plan_id, action, date, status, public, recorded_at, recorded_by,
                      created_at, created_by, updated_at, updated_by)
                    VALUES (1, '1.1.1', ?, 'ongoing', 1, ?, 'x', 'x', 'x', 'x', 'x')
                    """,
                    [.text("2027-01-0\(day)"), .text("2027-02-0\(at + 1)T00:00:00Z")])
            }
        }
        let all = try store.pool.read { db in
            try ProgressUpdate.table.fetchAll(db, plan: PlanRef(id: 1, code: "aldermoor-2023"))
        }
        let bySQL = try store.pool.read { db in
            try ProgressUpdate.table.fetchCurrent(db, plan: PlanRef(id: 1, code: "aldermoor-2023"))
        }
        let flags = Supersession.currentFlags(all, key: \.record.key, recordedAt: \.record.recordedAt, sequence: \.id)
        let byRule = zip(all, flags).filter(\.1).map(\.0.id)
        #expect(bySQL.map(\.id) == byRule)
        let superseded = try store.pool.read { db in
            try ProgressUpdate.table.supersededIDs(db, plan: PlanRef(id: 1, code: "aldermoor-2023"))
        }
        #expect(all.map(\.id).filter { !superseded.contains($0) } == byRule)
    }

    /// Random measurement versions (times back and forth, ties, groups of people larger than the scan's search limit,
    /// month and day dates): the facts read in one scan hold exactly the values the domain's rule picks from all rows.
    @Test func theFactsScanAndTheDomainRuleAgreeOnRandomMeasurementHistories() throws {
        let store = try storeWithExample()
        var generator = SplitMix64(seed: 11)
        try store.pool.write { db in
            for _ in 0..<3_000 {
                let pick = { (count: Int) in Int.random(in: 0..<count, using: &generator) }
                let group = pick(3) == 0 ? SQLiteValue.text("{\"district\":\"d\(pick(45))\"}") : .null
                let judged = pick(5) == 0
                try db.run(
                    """
                    INSERT INTO measurements (plan_id, indicator, period_start, date, value, disaggregation, public,
                      recorded_at, recorded_by, created_at, created_by, updated_at, updated_by, judged_status)
                    VALUES (1, ?, ?, ?, ?, ?, 1, ?, 'x', 'x', 'x', 'x', 'x', ?)
                    """,
                    [
                        .text(["1.1.a", "1.1.b", "2.1.a"][pick(3)]),
                        pick(2) == 0 ? .null : .text("2027-0\(pick(2) + 1)-01"),
                        .text(pick(4) == 0 ? "2027-03" : "2027-03-0\(pick(3) + 1)"),
                        judged && group == .null ? .null : .real(Double(pick(1000))), group,
                        .text("2027-04-0\(pick(4) + 1)T00:00:00Z"),
                        judged && group == .null ? .text(["on_track", "off_track"][pick(2)]) : .null,
                    ])
            }
        }
        let all = try store.pool.read { db in
            try Measurement.table.fetchAll(db, plan: PlanRef(id: 1, code: "aldermoor-2023"))
        }
        let flags = Supersession.currentFlags(all, key: \.record.key, recordedAt: \.record.recordedAt, sequence: \.id)
        let superseded = try store.pool.read { db in
            try Measurement.table.supersededIDs(db, plan: PlanRef(id: 1, code: "aldermoor-2023"))
        }
        #expect(all.map(\.id).filter { !superseded.contains($0) } == zip(all, flags).filter(\.1).map(\.0.id))
        var file = try store.exportPlan("aldermoor-2023")
        file.measurements = zip(all, flags).filter(\.1).map(\.0.record)
        let byRule = PlanFacts(file: file), byScan = try store.facts(plan: "aldermoor-2023")
        func ordered(_ series: [String: [PlanFacts.Point]]) -> [String: [PlanFacts.Point]] {
            series.mapValues { $0.sorted { ($0.date, $0.value) < ($1.date, $1.value) } }
        }
        #expect(ordered(byScan.series) == ordered(byRule.series))
        #expect(byScan.disaggregatedDates == byRule.disaggregatedDates)
        func ordered(_ judged: [String: [PlanFacts.JudgedPoint]]) -> [String: [String]] {
            judged.mapValues { $0.map { "\($0.date) \($0.status.rawValue)" }.sorted() }
        }
        #expect(ordered(byScan.judged) == ordered(byRule.judged))
        #expect((byScan.disaggregatedDates["1.1.a"]?.count ?? 0) > 32, "groups larger than the search limit occur")
    }
}
