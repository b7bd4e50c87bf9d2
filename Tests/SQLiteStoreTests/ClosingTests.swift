import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import SQLiteStore
import Testing

@Suite struct ClosingTests {
    @Test func releasingThePoolCheckpointsAndRemovesTheLog() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("close-\(UUID().uuidString).sqlite")
            .path
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db in try db.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
            _ = try pool.read { db in try db.scalar("SELECT count(*) FROM t") }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Closing a pool while something still holds it (a server's threads) checkpoints and removes the log at once;
    /// reads and writes afterwards throw instead of touching a closed connection, and closing twice is harmless.
    @Test func closingAPoolStillHeldRemovesTheLogAndRefusesUse() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("close-\(UUID().uuidString).sqlite")
            .path
        let pool = try DatabasePool(path: path)
        try pool.write { db in try db.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM t") }?.integer == 1)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        pool.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(throws: SQLiteError.self) { try pool.write { db in try db.execute("INSERT INTO t VALUES (2)") } }
        #expect(throws: SQLiteError.self) { try pool.read { db in try db.scalar("SELECT count(*) FROM t") } }
        pool.close()
        #expect(try Database(path: path).scalar("SELECT count(*) FROM t")?.integer == 1)
    }
}

@Suite struct BackupTargetTests {
    @Test func aBackupNeverReplacesADeviceOrPipe() throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("b-\(UUID().uuidString).sqlite").path
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("b-\(UUID().uuidString).fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let database = try Database(path: source)
        try database.execute("CREATE TABLE t (x)")
        #expect(throws: SQLiteError.self) { try database.backup(to: fifo) }
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }
}
