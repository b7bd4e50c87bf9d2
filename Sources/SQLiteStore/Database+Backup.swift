import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Database {
    /// Copies this database into a new single file at `path` with SQLite's online backup API, while other connections
    /// go on reading and writing: the copy is one consistent snapshot. The copy is written beside `path` under a
    /// temporary name, switched to a rollback journal (one file, no `-wal`), closed and renamed over `path`, so a
    /// failed backup leaves no partial file.
    /// A target that exists and is not a regular file (a device, a FIFO, a directory) is refused: renaming over it
    /// would replace it.
    public func backup(to path: String) throws(SQLiteError) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot back up to \(path): it is not a regular file")
        }
        let temporary = path + ".backup-\(getpid())"
        unlink(temporary)
        do throws(SQLiteError) {
            try copy(into: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot move the backup to \(path): \(reason)")
        }
    }

    private func copy(into temporary: String) throws(SQLiteError) {
        var configuration = Configuration()
        configuration.writeAheadLog = false
        let destination = try Database(path: temporary, mode: .readWrite, configuration: configuration)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(code: sqlite3_errcode(destination.handle), sql: nil)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(25) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw destination.error(code: code, sql: nil) }
        try destination.execute("PRAGMA journal_mode = DELETE")
    }
}
