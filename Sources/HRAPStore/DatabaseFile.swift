import Foundation
import HRAPCore
import SQLiteStore

/// The checks made on a database file before hrap opens it for use, so that no command creates, migrates or
/// converts a file it should not touch.
enum DatabaseFile {
    /// Refuses paths that SQLite reads as something other than a file: empty (a temporary database), `:memory:`,
    /// and `file:` URIs.
    static func checkPath(_ path: String) throws {
        if path.isEmpty || path == ":memory:" || path.lowercased().hasPrefix("file:") {
            throw StoreError.unusablePath(path)
        }
    }

    /// Whether a file (or anything else) exists at the path.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Looks at an existing file read-only: it must be an SQLite database that is empty or has hrap's schema at a
    /// version this hrap knows (for `.read`, exactly the current one).
    /// Refuses a file whose `user_version` was set back: it holds tables that only a later migration creates, so
    /// migrating it would fail half-way (or worse, run a migration twice).
    private static func checkVersionMatchesTables(
        _ path: String, version: Int, names: Set<String>, currentVersion: Int
    ) throws {
        guard version > 0, version < currentVersion else { return }
        let expected: Set<String>
        do {
            expected = try StoreSchema.migrator.tables(atVersion: version)
        } catch {
            throw StoreError.corrupt("\(error)")
        }
        let later = names.subtracting(expected).filter { !$0.hasPrefix("sqlite_") }
        guard later.isEmpty else {
            throw StoreError.rewoundSchema(path: path, found: version, laterTables: later.sorted())
        }
    }

    static func inspect(_ path: String, mode: PlanStore.OpenMode, currentVersion: Int) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.notADatabase(path)
        }
        let version: Int, tables: Int, names: Set<String>
        do throws(SQLiteError) {
            let database = try Database(path: path, mode: .readOnly)
            version = Int(try database.scalar("PRAGMA user_version")?.integer ?? 0)
            tables = Int(try database.scalar("SELECT count(*) FROM sqlite_master")?.integer ?? 0)
            let sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
            names = Set(try database.rows(sql).compactMap { $0.first?.text })
        } catch {
            // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11): the bytes are not a database.
            if error.code == 26 || error.code == 11 { throw StoreError.notADatabase(path) }
            throw StoreError.database(error)
        }
        try checkVersionMatchesTables(path, version: version, names: names, currentVersion: currentVersion)
        if version < 0 || (version == 0 && tables > 0) { throw StoreError.foreignDatabase(path) }
        if version > currentVersion {
            throw StoreError.newerSchema(Migrator.NewerSchemaError(found: version, supported: currentVersion))
        }
        if mode == .read, version < currentVersion {
            throw StoreError.olderSchema(path: path, found: version, current: currentVersion)
        }
    }
}
