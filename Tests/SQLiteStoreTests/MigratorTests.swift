import SQLiteStore
import Testing

@Suite struct MigratorTests {
    let migrator = Migrator([
        .init(name: "create", sql: "CREATE TABLE a(x)"),
        .init(name: "add", sql: "CREATE TABLE b(y)"),
    ])

    @Test func migratesAnEmptyDatabaseToTheLatestVersion() throws {
        let db = try Database(path: ":memory:")
        #expect(try migrator.migrate(db) == 2)
        #expect(try Migrator.version(of: db) == 2)
        #expect(try migrator.migrate(db) == 0)
    }

    @Test func migratesAnOlderDatabaseOnlyByTheMissingSteps() throws {
        let db = try Database(path: ":memory:")
        try Migrator(Array(migrator.migrations.prefix(1))).migrate(db)
        #expect(try migrator.migrate(db) == 1)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')") == .integer(2))
    }

    @Test func refusesADatabaseWrittenByANewerSchema() throws {
        let db = try Database(path: ":memory:")
        try db.execute("PRAGMA user_version = 7")
        #expect(throws: Migrator.NewerSchemaError.self) { try migrator.migrate(db) }
    }

    @Test func aFailingMigrationLeavesTheEarlierVersion() throws {
        let db = try Database(path: ":memory:")
        let broken = Migrator(migrator.migrations + [.init(name: "bad", sql: "CREATE TABLE c(z); NOT SQL")])
        #expect(throws: SQLiteError.self) { try broken.migrate(db) }
        #expect(try Migrator.version(of: db) == 2)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'c'") == .integer(0))
    }
}
