import Dispatch
import SQLiteStore
import Testing

@Suite struct DatabasePoolTests {
    @Test func readersSeeCommittedWritesAndCannotWrite() throws {
        let pool = try DatabasePool(
            path: temporaryPath(), migrator: Migrator([.init(name: "t", sql: "CREATE TABLE t(x)")]))
        try pool.write { db in try db.run("INSERT INTO t VALUES (?)", [.integer(7)]) }
        #expect(try pool.read { db in try db.scalar("SELECT x FROM t") } == .integer(7))
        #expect(throws: SQLiteError.self) { try pool.read { db in try db.run("INSERT INTO t VALUES (1)") } }
    }

    @Test func concurrentReadersAndWriterDoNotInterfere() throws {
        let pool = try DatabasePool(
            path: temporaryPath(), migrator: Migrator([.init(name: "t", sql: "CREATE TABLE t(x)")]))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if index.isMultiple(of: 2) {
                _ = try? pool.write { db in try db.run("INSERT INTO t VALUES (?)", [.integer(Int64(index))]) }
            } else {
                _ = try? pool.read { db in try db.scalar("SELECT count(*) FROM t") }
            }
        }
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM t") } == .integer(4))
    }
}
