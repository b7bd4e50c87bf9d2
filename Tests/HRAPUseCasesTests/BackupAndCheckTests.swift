import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import SQLiteStore
import Testing

@Suite struct BackupAndCheckTests {
    /// A measurements sheet of `rows` values of indicator 1.1.b, one a day from 2027 on.
    private func sheet(rows: Int) -> [UInt8] {
        var text = "indicator,date,value\n"
        let start = CalendarDate("2027-01-01")?.daysSince1970 ?? 0
        for offset in 0..<rows { text += "1.1.b,\(CalendarDate(daysSince1970: start + offset)),\(offset % 900)\n" }
        return Array(text.utf8)
    }

    private func measurementCount(_ path: String) throws -> Int64 {
        try Database(path: path, mode: .readOnly).scalar("SELECT count(*) FROM measurements")?.integer ?? -1
    }

    @Test func theExampleIsSoundAndABackupIsOneFileThatChecksClean() throws {
        let (service, path) = try exampleService()
        #expect(try service.check(as: officer).isEmpty)
        let copy = temporaryDatabase()
        try service.backup(to: copy, as: officer)
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        let restored = try HRAPService.open(path: copy, mode: .read, catalogue: shippedCatalogue, clock: fixedClock)
        #expect(try restored.check(as: officer).isEmpty)
        #expect(try measurementCount(copy) == measurementCount(path))
    }

    @Test func aBackupTakenDuringAnImportHoldsAllOfItOrNoneAndChecksClean() async throws {
        let (service, path) = try exampleService()
        let before = try measurementCount(path), rows = 20_000
        let bytes = sheet(rows: rows)
        async let imported = Task.detached {
            try service.importSheet(
                .measurements, bytes: bytes, source: "big.csv", plan: "aldermoor-2023", delimiter: nil, as: officer)
        }.value
        var copies: [String] = []
        for _ in 0..<6 {
            let copy = temporaryDatabase()
            try service.backup(to: copy, as: officer)
            copies.append(copy)
            try await Task.sleep(for: .milliseconds(15))
        }
        #expect(try await imported.inserted == rows)
        for copy in copies {
            let count = try measurementCount(copy)
            #expect(count == before || count == before + Int64(rows), "a backup never holds half an import")
            let opened = try HRAPService.open(path: copy, mode: .read, catalogue: shippedCatalogue, clock: fixedClock)
            #expect(try opened.check(as: officer).isEmpty)
        }
    }

    /// Three corrections of one value in the same second (the fixed clock stamps every write alike) are normal use:
    /// the one stored last counts, and check finds nothing, in the database or in its backup.
    @Test func correctionsInTheSameSecondLeaveTheDatabaseSound() throws {
        let (service, _) = try exampleService()
        for value in [400.0, 410, 420] {
            var measurement = Measurement()
            measurement.indicator = "1.1.b"
            measurement.date = try #require(CalendarDate(year: 2027, month: 3, day: 31))
            measurement.value = value
            _ = try service.record(measurement, plan: "aldermoor-2023", as: officer)
        }
        let versions = try service.history(indicator: "1.1.b", plan: "aldermoor-2023", as: officer)
            .filter { $0.measurement.date == CalendarDate(year: 2027, month: 3, day: 31) }
        #expect(versions.map(\.measurement.value) == [400, 410, 420])
        #expect(versions.map(\.isCurrent) == [false, false, true])
        #expect(try service.check(as: officer).isEmpty)
        let copy = temporaryDatabase()
        try service.backup(to: copy, as: officer)
        let restored = try HRAPService.open(path: copy, mode: .read, catalogue: shippedCatalogue, clock: fixedClock)
        #expect(try restored.check(as: officer).isEmpty)
    }

    @Test func checkFindsRowsWithoutAuditAndBrokenReferences() throws {
        let (_, path) = try exampleService()
        do {
            let database = try Database(path: path)
            try database.execute("PRAGMA foreign_keys = OFF")
            try database.execute(
                """
                INSERT INTO org_units (plan_id, code, name, kind, created_at, created_by, updated_at, updated_by)
                  VALUES (1, 'GHOST', 'Written behind hrap''s back', 'department', 'x', 'x', 'x', 'x');
                INSERT INTO measurements (plan_id, indicator, date, value, public, recorded_at, recorded_by,
                  created_at, created_by, updated_at, updated_by)
                  VALUES (1, 'no-such-indicator', '2026-01-01', 1, 1, 'x', 'x', 'x', 'x', 'x', 'x');
                """)
        }
        let service = try HRAPService.open(path: path, mode: .read, catalogue: shippedCatalogue, clock: fixedClock)
        let findings = try service.check(as: officer)
        #expect(findings.contains { $0.kind == .unaudited && $0.detail.hasPrefix("1 org_units row(s)") })
        #expect(findings.contains { $0.kind == .unaudited && $0.detail.hasPrefix("1 measurements row(s)") })
        #expect(findings.contains { $0.kind == .foreignKey && $0.detail.hasPrefix("measurements row") })
    }
}

@Suite struct ConcurrentWriterTests {
    /// Three writers on their own connections (as three processes would be) import at once: all succeed, queued.
    @Test func concurrentImportsQueueInsteadOfFailing() async throws {
        let (_, path) = try exampleService()
        let rows = 15_000
        try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<3 {
                group.addTask {
                    let service = try HRAPService.open(
                        path: path, mode: .write, catalogue: shippedCatalogue, clock: fixedClock)
                    var text = "indicator,date,value\n"
                    let start = (CalendarDate("2030-01-01")?.daysSince1970 ?? 0) + writer * rows
                    for offset in 0..<rows {
                        text += "1.1.b,\(CalendarDate(daysSince1970: start + offset)),\(offset % 700)\n"
                    }
                    return try service.importSheet(
                        .measurements, bytes: Array(text.utf8), source: "w\(writer).csv", plan: "aldermoor-2023",
                        delimiter: nil,
                        as: Principal.commandLine("writer-\(writer)")
                    ).inserted
                }
            }
            var inserted = 0
            for try await count in group { inserted += count }
            #expect(inserted == 3 * rows)
        }
    }
}
