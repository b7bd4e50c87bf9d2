import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SQLiteStore
import Testing

@Suite struct ClosingTests {
    @Test func releasingThePoolCheckpointsAndRemovesTheLog() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("close-\(UUID().uuidString).sqlite").path
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db in try db.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
            _ = try pool.read { db in try db.scalar("SELECT count(*) FROM t") }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
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
