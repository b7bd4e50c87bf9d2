import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import SQLiteStore
import Testing

/// A database written by the first released schema, holding a whole plan with history, is migrated to the current
/// schema without losing or changing anything.
@Suite struct MigrationTests {
    /// The example without what later schema versions added (not-applicable marks, assessment rounds, the city's
    /// words, continuing measures and their commitments).
    private func versionOnePlan() throws -> PlanFile {
        var file = try examplePlan()
        file.notApplicable = []
        file.assessments = []
        file.recommendationResponses = []
        file.narratives = []
        file.commitments = []
        file.actions = file.actions.map { action in
            var old = action
            old.isContinuing = false
            return old
        }
        return file
    }

    /// Writes a plan into a database at schema version 1, every record with only the columns its version-1 table has
    /// (later versions added columns), with an audit row each as version 1 wrote them.
    private func writeVersionOne(_ file: PlanFile, to path: String) throws {
        let database = try Database(path: path)
        try Migrator(Array(StoreSchema.migrator.migrations.prefix(1))).migrate(database)
        #expect(try Migrator.version(of: database) == 1)
        try database.transaction {
            try VersionOneRows.insert(file.government, into: database, plan: nil)
            try VersionOneRows.insert(file.plan, into: database, plan: nil)
            let id = try #require(
                try database.scalar("SELECT id FROM plans WHERE code = ?", [.text(file.plan.code)])?.integer)
            var writer = VersionOneWriter(db: database, file: file, plan: id)
            try PlanSections.walk(&writer)
        }
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
        #expect(
            JSONWriter.pretty(try migrated.exportPlan(file.plan.code).encode())
                == JSONWriter.pretty(try fresh.exportPlan(file.plan.code).encode()))
        var measurement = Measurement()
        measurement.indicator = "1.1.b"
        measurement.date = try #require(CalendarDate("2027-03-31"))
        measurement.value = 1
        #expect(
            try migrated.record(measurement, plan: file.plan.code, by: author(at: "2027-04-01T00:00:00Z")) == .appended)
        // The rebuilt tables keep their rules: measurements stay append-only, references are enforced.
        let database = try Database(path: old)
        #expect(throws: SQLiteError.self) { try database.execute("UPDATE measurements SET value = 0") }
        #expect(throws: SQLiteError.self) { try database.execute("DELETE FROM measurements") }
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
    }
}

/// Inserts every record of a plan file as version 1 of hrap stored it.
private struct VersionOneWriter: PlanSectionVisitor {
    let db: Database
    let file: PlanFile
    let plan: Int64

    mutating func visit<R: PlanRecord>(_ type: R.Type) throws {
        for record in file[keyPath: R.section] { try VersionOneRows.insert(record, into: db, plan: plan) }
    }
}

/// Rows written with only the columns a table has at the database's schema version.
private enum VersionOneRows {
    static func insert<R: IdentifiedRecord>(_ record: R, into database: Database, plan: Int64?) throws {
        let table = R.table.name
        let columns = Set(try database.rows("PRAGMA table_info(\(table))").compactMap { $0[1].text })
        let fields = R.schema.fields.filter { columns.contains($0.name) }
        let stamp: [SQLiteValue] = [.text("2026-01-15T10:00:00Z"), .text("tester")]
        var names = fields.map { "\"\($0.name)\"" } + ["created_at", "created_by", "updated_at", "updated_by"]
        var values = fields.map { ColumnValue.sqlite($0.storedValue(of: record)) } + stamp + stamp
        if let plan {
            names.insert("plan_id", at: 0)
            values.insert(.integer(plan), at: 0)
        }
        try database.run(
            "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))",
            values)
        let operation = R.table.isAppendOnly ? "append" : "create"
        try database.run(
            "INSERT INTO audit_log (at, actor, operation, entity, entity_id, plan, label, before, after) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?)",
            [
                stamp[0], stamp[1], .text(operation), .text(R.schema.entity), .integer(database.lastInsertedRowID),
                .text(R.label(of: record)), .text(JSONWriter.compact(R.schema.encode(record))),
            ])
    }
}

@Suite struct PlanFileVersionTests {
    /// A version-1 plan file (the example as hrap wrote it before the format moved on) still imports, and exports as
    /// the current version with the same content.
    @Test func aVersionOnePlanFileStillImports() throws {
        let text = try exampleText().replacing("\"format\": \"hrap-plan/3\"", with: "\"format\": \"hrap-plan/1\"")
        let (file, problems) = PlanFile.decode(try JSONParser.parse(text))
        #expect(problems.isEmpty, "\(problems)")
        let store = try PlanStore(path: temporaryDatabase())
        _ = try store.importPlan(file, source: "v1.json", frameworks: [try shippedFramework("hrgl-2024")], by: author())
        #expect(JSONWriter.pretty(try store.exportPlan("aldermoor-2023").encode()) + "\n" == (try exampleText()))
    }
}
