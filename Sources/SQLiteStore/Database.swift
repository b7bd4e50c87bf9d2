import CSQLite

/// One SQLite connection with a cache of prepared statements.
///
/// A connection is not thread-safe: use it from one thread at a time (``DatabasePool`` does this for you).
public final class Database {
    /// How the connection opens its file.
    public enum Mode: Sendable {
        /// Read and write, creating the file if it does not exist.
        case readWrite
        /// Read only; the file must exist.
        case readOnly
    }

    /// Connection settings with documented defaults.
    public struct Configuration: Sendable {
        /// How long a statement waits for a lock held by another connection, in milliseconds.
        public var busyTimeoutMilliseconds: Int32 = 5_000
        /// Enforce foreign key constraints.
        public var foreignKeys = true
        /// Use write-ahead logging (readers never block the writer).
        public var writeAheadLog = true

        /// The defaults: 5 s busy timeout, foreign keys on, WAL.
        public init() {}
    }

    let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String
    private var cache: [String: Statement] = [:]

    /// Opens a connection and applies the configuration.
    public init(path: String, mode: Mode = .readWrite, configuration: Configuration = Configuration())
        throws(SQLiteError)
    {
        var handle: OpaquePointer?
        let flags: Int32 =
            switch mode {
            case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
            case .readOnly: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
            }
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open the database"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: "\(message): \(path)")
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, configuration.busyTimeoutMilliseconds)
        _ = csqlite_enable_defensive(handle)
        _ = csqlite_disable_double_quoted_strings(handle)
        try execute("PRAGMA foreign_keys = \(configuration.foreignKeys ? "ON" : "OFF")")
        if configuration.writeAheadLog, mode == .readWrite, path != ":memory:" {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// False once ``close()`` ran.
    private(set) var isOpen = true

    deinit { close() }

    /// Finalizes the cached statements and closes the connection (the last to close checkpoints the write-ahead log
    /// and removes it). Nothing may use the connection afterwards; ``DatabasePool`` sees to that.
    func close() {
        guard isOpen else { return }
        isOpen = false
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no arguments.
    public func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    /// The prepared statement for this SQL, prepared once and cached for the life of the connection.
    public func statement(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = cache[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// Runs a statement that returns no rows.
    public func run(_ sql: String, _ arguments: [SQLiteValue] = []) throws(SQLiteError) {
        let statement = try statement(sql)
        try statement.bind(arguments)
        while try statement.step() {}
        sqlite3_reset(statement.handle)
    }

    /// Runs a query and calls `body` for each row, with the statement positioned on it.
    public func forEachRow(
        _ sql: String, _ arguments: [SQLiteValue] = [], _ body: (Statement) throws -> Void
    ) throws {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { sqlite3_reset(statement.handle) }
        while try statement.step() {
            try body(statement)
        }
    }

    /// Runs a query and returns every row as values.
    public func rows(_ sql: String, _ arguments: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { sqlite3_reset(statement.handle) }
        var result: [[SQLiteValue]] = []
        while try statement.step() {
            result.append(statement.row())
        }
        return result
    }

    /// Runs a query and returns the first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ arguments: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue? {
        let statement = try statement(sql)
        try statement.bind(arguments)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? statement.value(at: 0) : nil
    }

    /// The rowid of the last inserted row.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    func error(code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(
            code: code & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}
