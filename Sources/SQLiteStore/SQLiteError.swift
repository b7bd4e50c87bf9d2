/// An error reported by SQLite, with the statement that caused it.
///
/// The bound arguments are never part of the error: they may hold secrets.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code (e.g. 19 for SQLITE_CONSTRAINT).
    public let code: Int32
    /// The extended result code (e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE).
    public let extendedCode: Int32
    /// SQLite's message.
    public let message: String
    /// The SQL text, when the error comes from a statement.
    public let sql: String?

    /// Creates an error.
    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (while running: \(sql))" }
        return text
    }

    /// SQLITE_BUSY: another connection holds the lock past the busy timeout.
    public var isBusy: Bool { code == 5 }
    /// Whether a table was locked by another connection of this process (SQLITE_LOCKED).
    public var isLocked: Bool { code == 6 }
    /// SQLITE_CONSTRAINT: a UNIQUE, CHECK, NOT NULL or foreign key constraint failed.
    public var isConstraintViolation: Bool { code == 19 }
    /// The file system failed: SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL or SQLITE_CANTOPEN.
    public var isFileSystemFailure: Bool { [8, 10, 13, 14].contains(code) }
    /// The file is damaged or not a database: SQLITE_CORRUPT or SQLITE_NOTADB.
    public var isDamagedFile: Bool { code == 11 || code == 26 }
}
