import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import SQLiteStore
import Testing

/// A database written by the first released schema, holding a whole plan with history, is migrated to the current
/// schema without losing or changing anything.
@Suite struct MigrationTests {
    /// The example without the sections later schema versions added (not-applicable marks, assessment rounds).
    private func versionOnePlan() throws -> PlanFile {
        var file = try examplePlan()
        file.notApplicable = []
        file.assessments = []
        file.recommendationResponses = []
        return file
    }

    /// Writes a plan with the record tables' own write path into a database at schema version 1.
    private func writeVersionOne(_ file: PlanFile, to path: String) throws {
        let database = try Database(path: path)
        try Migrator(Array(StoreSchema.migrator.migrations.prefix(1))).migrate(database)
        #expect(try Migrator.version(of: database) == 1)
        try database.transaction {
            _ = try Government.table.save(database, file.government, plan: nil, by: author())
            try insertAsVersionOne(file.plan, into: database)
            let id = try #require(try database.scalar("SELECT id FROM plans WHERE code = ?", [.text(file.plan.code)])?.integer)
            let plan = PlanRef(id: id, code: file.plan.code)
            var writer = VersionOneWriter(db: database, file: file, plan: plan)
            try PlanSections.walk(&writer)
        }
    }

    /// The plan row with only the columns the version-1 table has (later versions added columns to `plans`).
    private func insertAsVersionOne(_ plan: Plan, into database: Database) throws {
        let columns = Set(try database.rows("PRAGMA table_info(plans)").compactMap { $0[1].text })
        let members = (Plan.schema.encode(plan).members ?? []).filter { columns.contains($0.0) }
        let stamp: [SQLiteValue] = [.text("2026-01-15T10:00:00Z"), .text("tester")]
        let names = members.map { "\"\($0.0)\"" } + ["created_at", "created_by", "updated_at", "updated_by"]
        let values = members.map { member -> SQLiteValue in
            switch member.1 {
            case .string(let text): .text(text)
            case .integer(let number): .integer(number)
            case .bool(let flag): .integer(flag ? 1 : 0)
            case .number(let number): .real(number)
            case .null: .null
            default: .text(JSONWriter.compact(member.1))
            }
        } + stamp + stamp
        try database.run(
            "INSERT INTO plans (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))",
            values)
        try database.run(
            "INSERT INTO audit_log (at, actor, operation, entity, entity_id, plan, label, before, after) VALUES (?, ?, 'create', 'plan', ?, NULL, ?, NULL, ?)",
            [stamp[0], stamp[1], .integer(database.lastInsertedRowID), .text(plan.code), .text(JSONWriter.compact(Plan.schema.encode(plan)))])
    }

    @Test func aVersionOneDatabaseWithDataMigratesWithoutLoss() throws {
        let file = try versionOnePlan()
        let old = temporaryDatabase()
        try writeVersionOne(file, to: old)
        let measurementsBefore = try Database(path: old).scalar("SELECT count(*) FROM measurements")?.integer
        let auditBefore = try Database(path: old).scalar("SELECT count(*) FROM audit_log")?.integer

        let migrated = try PlanStore(path: old, mode: .write)
        #expect(try migrated.schemaVersion() == PlanStore.currentSchemaVersion)
        #expect(try migrated.count("measurements") == measurementsBefore)
        #expect(try migrated.count("audit_log") == auditBefore)
        #expect(try migrated.check().isEmpty)

        let fresh = try PlanStore(path: temporaryDatabase())
        _ = try fresh.importPlan(file, source: "example", by: author())
        #expect(JSONWriter.pretty(try migrated.exportPlan(file.plan.code).encode())
            == JSONWriter.pretty(try fresh.exportPlan(file.plan.code).encode()))
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.date = try #require(CalendarDate("2027-03-31"))
        measurement.value = 1
        #expect(try migrated.record(measurement, plan: file.plan.code, by: author(at: "2027-04-01T00:00:00Z")) == .appended)
    }
}

/// Saves every record of a plan file through its table, as version 1 of hrap did.
private struct VersionOneWriter: PlanSectionVisitor {
    let db: Database
    let file: PlanFile
    let plan: PlanRef

    mutating func visit<R: PlanRecord>(_ type: R.Type) throws {
        for record in file[keyPath: R.section] { _ = try R.table.save(db, record, plan: plan, by: author()) }
    }
}
