import Foundation
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
