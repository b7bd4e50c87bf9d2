import Dispatch
import Synchronization
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
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            do {
                if index.isMultiple(of: 2) {
                    try pool.write { db in try db.run("INSERT INTO t VALUES (?)", [.integer(Int64(index))]) }
                } else {
                    let count = try pool.read { db in try db.scalar("SELECT count(*) FROM t")?.integer ?? -1 }
                    if !(0...32).contains(count) { failures.withLock { $0.append("read \(count) rows") } }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM t") } == .integer(32))
    }
}
