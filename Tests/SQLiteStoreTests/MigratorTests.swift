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

    /// A parent table with a child referring to it, at version 1.
    private func parentAndChild() throws -> (Database, [Migrator.Migration]) {
        let db = try Database(path: ":memory:")
        let first = Migrator.Migration(
            name: "create",
            sql: """
                CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE child(id INTEGER PRIMARY KEY, parent INTEGER NOT NULL REFERENCES parent(id));
                INSERT INTO parent VALUES (1, 'a'); INSERT INTO child VALUES (1, 1);
                """)
        try Migrator([first]).migrate(db)
        return (db, [first])
    }

    @Test func aTableRebuildKeepsTheReferencesToItAndForeignKeysStayOn() throws {
        let (db, migrations) = try parentAndChild()
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        let rebuild = Migrator.Migration(
            name: "relax",
            sql: """
                CREATE TABLE parent_new(id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO parent_new SELECT id, name FROM parent;
                DROP TABLE parent;
                ALTER TABLE parent_new RENAME TO parent;
                """, rebuildsTables: true)
        #expect(try Migrator(migrations + [rebuild]).migrate(db) == 1)
        #expect(
            try db.scalar("SELECT sql FROM sqlite_master WHERE name = 'child'")?.text?.contains("REFERENCES parent(id)")
                == true)
        try db.execute("INSERT INTO parent VALUES (2, NULL)")
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO child VALUES (2, 99)") }
    }

    @Test func aTableRebuildThatBreaksAReferenceIsRefusedAndChangesNothing() throws {
        let (db, migrations) = try parentAndChild()
        let losing = Migrator.Migration(
            name: "lose rows",
            sql: """
                CREATE TABLE parent_new(id INTEGER PRIMARY KEY, name TEXT);
                DROP TABLE parent;
                ALTER TABLE parent_new RENAME TO parent;
                """, rebuildsTables: true)
        #expect(throws: Migrator.BrokenReferencesError.self) { try Migrator(migrations + [losing]).migrate(db) }
        #expect(try Migrator.version(of: db) == 1)
        #expect(try db.scalar("SELECT count(*) FROM parent") == .integer(1))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
    }
}
