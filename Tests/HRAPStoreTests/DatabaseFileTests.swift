import Foundation
import HRAPCore
@testable import HRAPStore
import SQLiteStore
import Testing

/// Opening a database never creates, migrates or converts a file it should not touch.
@Suite struct DatabaseFileTests {
    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func readingNeverCreatesAFile() {
        let path = temporaryDatabase()
        #expect { try PlanStore(path: path, mode: .read) } throws: { error in
            guard case StoreError.missingDatabase(let named)? = error as? StoreError else { return false }
            return named == path
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: ["", ":memory:", "file:city.sqlite?mode=memory", "FILE:x"])
    func pathsThatAreNoFileAreRefused(path: String) {
        for mode in [PlanStore.OpenMode.read, .write] {
            #expect { try PlanStore(path: path, mode: mode) } throws: { error in
                guard case StoreError.unusablePath? = error as? StoreError else { return false }
                return true
            }
        }
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let path = temporaryDatabase()
        do {
            let other = try Database(
                path: path,
                configuration: {
                    var c = Database.Configuration(); c.writeAheadLog = false; return c
                }())
            try other.execute(
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)")
        }
        let before = try bytes(path)
        for mode in [PlanStore.OpenMode.read, .write] {
            #expect { try PlanStore(path: path, mode: mode) } throws: { error in
                guard case StoreError.foreignDatabase? = error as? StoreError else { return false }
                return true
            }
        }
        #expect(try bytes(path) == before, "not migrated, not switched to WAL")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aFileThatIsNoDatabaseIsRefusedUntouched() throws {
        let path = temporaryDatabase()
        let text = Data("{\"format\": \"hrap-plan/1\"}\n".utf8 + Data(repeating: 0x41, count: 600))
        try text.write(to: URL(fileURLWithPath: path))
        for mode in [PlanStore.OpenMode.read, .write] {
            #expect { try PlanStore(path: path, mode: mode) } throws: { error in
                guard case StoreError.notADatabase? = error as? StoreError else { return false }
                return true
            }
        }
        #expect(try bytes(path) == text)
    }

    @Test func aNegativeOrNewerSchemaVersionIsRefusedNotTrapped() throws {
        for version in [-1, Int(Int32.max)] {
            let path = temporaryDatabase()
            do {
                let database = try Database(path: path)
                try database.execute("PRAGMA user_version = \(version)")
            }
            #expect(throws: StoreError.self) { try PlanStore(path: path, mode: .write) }
            #expect(throws: StoreError.self) { try PlanStore(path: path, mode: .read) }
        }
    }

    @Test func readingAnOlderSchemaAsksForMigrationAndWritingMigrates() throws {
        let path = temporaryDatabase()
        do {
            let database = try Database(path: path)
            try Migrator(Array(StoreSchema.migrator.migrations.prefix(1))).migrate(database)
        }
        #expect { try PlanStore(path: path, mode: .read) } throws: { error in
            guard case StoreError.olderSchema(_, let found, let current)? = error as? StoreError else { return false }
            return found == 1 && current == PlanStore.currentSchemaVersion
        }
        #expect(try PlanStore(path: path, mode: .write).schemaVersion() == PlanStore.currentSchemaVersion)
        #expect(try PlanStore(path: path, mode: .read).schemaVersion() == PlanStore.currentSchemaVersion)
    }

    /// A file whose user_version was set back holds tables a later migration creates: refused with what it holds,
    /// for reading and writing, and left as it was (a migration would fail half-way on "table already exists").
    @Test(arguments: [5, 12]) func aVersionSetBackIsRefusedUntouched(version: Int) throws {
        let path = temporaryDatabase()
        _ = try PlanStore(path: path, mode: .write)
        do { try Database(path: path).execute("PRAGMA user_version = \(version)") }
        let before = try bytes(path)
        for mode in [PlanStore.OpenMode.read, .write] {
            #expect { try PlanStore(path: path, mode: mode) } throws: { error in
                guard case StoreError.rewoundSchema(_, let found, let tables)? = error as? StoreError else {
                    return false
                }
                return found == version && tables.contains("submissions")
            }
        }
        #expect(try bytes(path) == before)
    }
}
