import Foundation
import SQLiteStore
import Testing

/// A fresh database file in a temporary directory, removed with its WAL files afterwards.
func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-\(UUID().uuidString).sqlite").path
}

@Suite struct DatabaseTests {
    @Test func valuesRoundTripThroughEveryStorageClass() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a, b, c, d, e)")
        let values: [SQLiteValue] = [.null, .integer(-42), .real(1.5), .text("Grüße, \"quoted\""), .blob([0, 1, 255])]
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", values)
        #expect(try db.rows("SELECT * FROM t") == [values])
    }

    @Test func statementsAreCachedPerConnection() throws {
        let db = try Database(path: ":memory:")
        let first = try db.statement("SELECT 1")
        let second = try db.statement("SELECT 1")
        #expect(first === second)
    }

    @Test func wrongArgumentCountIsAnErrorNotACrash() throws {
        let db = try Database(path: ":memory:")
        #expect(throws: SQLiteError.self) { try db.run("SELECT ?, ?", [.integer(1)]) }
    }

    @Test func errorsCarryTheSQLButNeverTheArguments() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x TEXT UNIQUE)")
        try db.run("INSERT INTO t VALUES (?)", [.text("secret-token")])
        do {
            try db.run("INSERT INTO t VALUES (?)", [.text("secret-token")])
            Issue.record("expected a constraint violation")
        } catch {
            #expect(error.isConstraintViolation)
            #expect(error.sql == "INSERT INTO t VALUES (?)")
            #expect(!error.description.contains("secret-token"))
        }
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Stop: Error {}
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        #expect(throws: Stop.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
        try db.transaction { try db.run("INSERT INTO t VALUES (1)") }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func connectionOpensWithForeignKeysWALAndBusyTimeout() throws {
        let path = temporaryPath()
        let db = try Database(path: path)
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA busy_timeout") == .integer(5_000))
    }

    @Test func missingReadOnlyFileIsReported() {
        #expect(throws: SQLiteError.self) { try Database(path: "/nonexistent/dir/x.sqlite", mode: .readOnly) }
    }
}
