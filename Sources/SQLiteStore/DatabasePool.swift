import CSQLite
import Foundation
import Locking
import Synchronization

/// One writer connection and a few read-only connections over the same WAL file.
///
/// Writes are serialized through the writer; reads take any idle reader (or open one, up to the limit),
/// so readers never wait for the writer.
public final class DatabasePool: Sendable {
    /// The file the pool opens.
    public let path: String
    /// The most reader connections kept open at once.
    public let maximumReaders: Int
    private let configuration: Database.Configuration
    // Each connection is used by one thread at a time: the writer only while its mutex is held,
    // a reader only between being taken from and returned to `readers`.
    private let writer: Mutex<SendableConnection>
    /// The idle readers: taken and returned several times per request of `hrap serve`, from every worker.
    private let readers = BlockingLock<[SendableConnection]>([])
    private let closed = Atomic<Bool>(false)
    private let begun = Atomic<Int>(0)
    private let committed = Atomic<Int>(0)

    /// How many transactions (read and write) the pool has begun since it opened: what a test counts to prove that a
    /// use case is one transaction.
    public var transactionsBegun: Int { begun.load(ordering: .relaxed) }

    /// How many write transactions the pool has committed since it opened: a cache of what the data says may stay
    /// valid while this has not moved (writes by other processes aside).
    public var writesCommitted: Int { committed.load(ordering: .acquiring) }

    /// Opens the writer connection (creating the file) and runs the migrator on it.
    public init(
        path: String, maximumReaders: Int = 4, configuration: Database.Configuration = Database.Configuration(),
        migrator: Migrator? = nil
    ) throws {
        precondition(maximumReaders > 0, "a pool needs at least one reader")
        let connection = try Database(path: path, mode: .readWrite, configuration: configuration)
        if let migrator { try migrator.migrate(connection) }
        self.path = path
        self.maximumReaders = maximumReaders
        self.configuration = configuration
        self.writer = Mutex(SendableConnection(connection))
    }

    /// Closes the readers before the writer: the last connection to close checkpoints the write-ahead log into the
    /// database file and removes the log, which only a read-write connection can do. A copy of the `.sqlite` file
    /// alone then holds everything.
    deinit {
        readers.withLock { $0.removeAll() }
    }

    /// Closes every connection now, readers first (see `deinit`), rather than whenever the last reference to the pool
    /// goes: a server that stops closes its database before the process ends, whichever thread still holds the pool.
    /// Reads and writes afterwards throw.
    public func close() {
        closed.store(true, ordering: .sequentiallyConsistent)
        readers.withLock { idle in
            idle.forEach { $0.database.close() }
            idle.removeAll()
        }
        writer.withLock { $0.database.close() }
    }

    private func refuseWhenClosed() throws(SQLiteError) {
        guard !closed.load(ordering: .sequentiallyConsistent) else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "the database is closed")
        }
    }

    /// Runs `body` in one write transaction (`BEGIN IMMEDIATE`) with exclusive use of the writer connection: it
    /// commits when `body` returns and rolls back when it throws.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        // Spelled out rather than calling `Database.transaction`: `Mutex.withLock` needs a `sending` result, which the
        // compiler cannot prove through that helper without `sending` spreading to every caller of the store.
        try refuseWhenClosed()
        begun.add(1, ordering: .relaxed)
        return try writer.withLock { connection in
            let database = connection.database
            guard database.isOpen else { throw SQLiteError(code: SQLITE_MISUSE, message: "the database is closed") }
            precondition(!database.isInTransaction, "transactions do not nest")
            try database.run("BEGIN IMMEDIATE")
            do {
                let result = try body(database)
                try database.run("COMMIT")
                committed.add(1, ordering: .releasing)
                return result
            } catch {
                try? database.run("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` on a reader connection inside a read transaction (one consistent snapshot).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try refuseWhenClosed()
        begun.add(1, ordering: .relaxed)
        let connection = try takeReader()
        defer { returnReader(connection) }
        return try connection.database.readTransaction { try body(connection.database) }
    }

    private func takeReader() throws -> SendableConnection {
        if let idle = readers.withLock({ $0.popLast() }) { return idle }
        if path == ":memory:" {
            preconditionFailure("an in-memory database has no readers; use write(_:)")
        }
        return SendableConnection(try Database(path: path, mode: .readOnly, configuration: configuration))
    }

    private func returnReader(_ connection: SendableConnection) {
        readers.withLock { idle in
            if idle.count < maximumReaders, !closed.load(ordering: .sequentiallyConsistent) { idle.append(connection) }
        }
    }
}

/// A connection handed between threads by the pool.
///
/// `@unchecked Sendable`: the pool guarantees one user at a time (see ``DatabasePool``).
private final class SendableConnection: @unchecked Sendable {
    let database: Database
    init(_ database: Database) { self.database = database }
}
