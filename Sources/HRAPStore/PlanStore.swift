import HRAPCore
import Locking
import SQLiteStore

/// The hrap database: one SQLite file holding governments, plans, their progress and the audit log.
///
/// Every write runs in one transaction together with its audit rows.
public final class PlanStore: Sendable {
    let pool: DatabasePool
    /// The last data version read for ``dataVersion(reusedFor:)``: the pool's committed writes then, the version, when.
    let recentVersion = BlockingLock<(writes: Int, version: Int64, read: ContinuousClock.Instant)?>(nil)

    /// How a command may use the database file.
    public enum OpenMode: Sendable {
        /// Read an existing hrap database; never create, migrate or change it.
        case read
        /// Read and write; create the file if it is missing and migrate an older schema.
        case write
    }

    /// Opens the database at `path`.
    ///
    /// Only a file path is accepted (not `""`, `:memory:` or a `file:` URI). A file that is not an SQLite database, or
    /// an SQLite database without hrap's schema that already holds tables, is refused and left untouched. `.read`
    /// needs an existing hrap database at the current schema version; `.write` creates or migrates. A file from a
    /// newer hrap is refused either way.
    /// `busyTimeoutMilliseconds` is how long a write waits for another process's write before giving up (a server
    /// answers a busy database quickly instead of holding its client).
    public init(
        path: String, mode: OpenMode = .write, busyTimeoutMilliseconds: Int32 = PlanStore.busyTimeoutMilliseconds
    ) throws {
        try DatabaseFile.checkPath(path)
        let exists = DatabaseFile.exists(path)
        if !exists, mode == .read { throw StoreError.missingDatabase(path) }
        if exists { try DatabaseFile.inspect(path, mode: mode, currentVersion: StoreSchema.migrator.migrations.count) }
        do {
            var configuration = Database.Configuration()
            configuration.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            // Readers open on demand; eight keep every worker of `hrap serve` on a connection of its own (a pool that
            // is too small opens and closes a connection, and parses the schema, for every read beyond it).
            pool = try DatabasePool(
                path: path, maximumReaders: 8, configuration: configuration,
                migrator: mode == .write ? StoreSchema.migrator : nil)
        } catch let error as Migrator.NewerSchemaError {
            throw StoreError.newerSchema(error)
        } catch let error as SQLiteError {
            throw StoreError.database(error)
        }
    }

    /// How long a write waits for another process's write to finish before giving up: long enough for several of
    /// the largest imports to queue behind each other (a 100,000-row import takes about a second in a release build).
    public static let busyTimeoutMilliseconds: Int32 = 300_000

    /// The schema version of the open database.
    public func schemaVersion() throws -> Int {
        try reading { try Migrator.version(of: $0) }
    }

    /// The schema version this hrap writes.
    public static var currentSchemaVersion: Int { StoreSchema.migrator.migrations.count }

    /// All governments, in the order they were recorded.
    public func governments() throws -> [Government] {
        try reading { db in try Government.table.fetchAll(db, plan: nil).map(\.record) }
    }

    /// All plans, in the order they were recorded.
    public func plans() throws -> [Plan] {
        try reading { db in try Plan.table.fetchAll(db, plan: nil).map(\.record) }
    }

    /// The plan with this code.
    public func plan(_ code: String) throws -> Plan {
        try reading { db in try Self.plan(code, in: db).record }
    }

    /// The government with this code.
    public func government(_ code: String) throws -> Government {
        try reading { db in
            guard let found = try Government.table.fetchAll(db, plan: nil).first(where: { $0.record.code == code })
            else {
                throw StoreError.notFound(
                    entity: "government", code: code,
                    known: try Government.table.fetchAll(db, plan: nil).map(\.record.code))
            }
            return found.record
        }
    }

    /// Closes the database now (see ``SQLiteStore/DatabasePool/close()``); the store refuses to work afterwards.
    public func close() {
        pool.close()
    }

    /// The records of one section of a plan, in the order they were first recorded.
    package func list<R: PlanRecord>(_ type: R.Type, plan: String) throws -> [R] {
        try reading { db in
            let plan = try Self.plan(plan, in: db).ref
            return try R.table.fetchAll(db, plan: plan).map(\.record)
        }
    }

    /// One page of governments, plans or the records of a plan's section (``RecordTable/fetchPage``).
    package func page<R: IdentifiedRecord>(_ type: R.Type, plan: String?, after: Int64, limit: Int) throws -> (
        items: [R], next: Int64?
    ) {
        try reading { db in
            let plan = try plan.map { try Self.plan($0, in: db).ref }
            let page = try R.table.fetchPage(db, plan: plan, after: after, limit: limit)
            return (page.rows.map(\.record), page.next)
        }
    }

    /// The current values of an append-only section (measurements, progress updates): superseded versions left out;
    /// with `field` and `value`, only those whose field holds that text (filtered in SQL, on the key index).
    package func current<R: PlanRecord>(
        _ type: R.Type, plan: String, where field: String? = nil, is value: String? = nil
    ) throws -> [R] {
        try reading { db in
            let plan = try Self.plan(plan, in: db).ref
            return try R.table.fetchCurrent(db, plan: plan, where: field, is: value).map(\.record)
        }
    }

    /// One page of the current measurements or progress updates of a plan (``RecordTable/fetchCurrentPage``).
    package func currentPage<R: PlanRecord>(
        _ type: R.Type, plan: String, where field: String?, is value: String?, publicOnly: Bool, after: Int64,
        limit: Int, accept: (R) -> Bool = { _ in true }
    ) throws -> (items: [R], next: Int64?) {
        try reading { db in
            let plan = try Self.plan(plan, in: db).ref
            let page = try R.table.fetchCurrentPage(
                db, plan: plan, where: field, is: value, publicOnly: publicOnly, after: after, limit: limit,
                accept: accept)
            return (page.rows.map(\.record), page.next)
        }
    }

    /// Every stored version of every measurement of an indicator, oldest first, marking which is current.
    public func history(indicator: String, plan: String) throws -> [MeasurementVersion] {
        try reading { db in
            let plan = try Self.plan(plan, in: db).ref
            let indicators = try Indicator.table.fetchAll(db, plan: plan).map(\.record.code)
            guard indicators.contains(indicator) else {
                throw StoreError.notFound(entity: "indicator", code: indicator, known: indicators)
            }
            var versions: [MeasurementVersion] = []
            try db.forEachRow(
                """
                SELECT id, \(MeasurementRow.columns) FROM measurements WHERE plan_id = ? AND indicator = ?
                ORDER BY date, period_start, coalesce(disaggregation, ''), recorded_at, id
                """,
                [.integer(plan.id), .text(indicator)]
            ) { row in
                versions.append(
                    MeasurementVersion(
                        id: row.integer(at: 0) ?? 0, measurement: try MeasurementRow.read(row, offset: 1),
                        isCurrent: true))
            }
            let flags = Supersession.currentFlags(
                versions, key: \.measurement.key, recordedAt: \.measurement.recordedAt, sequence: \.id)
            for index in versions.indices { versions[index].isCurrent = flags[index] }
            return versions
        }
    }

    /// Audit rows, newest first.
    public func audit(_ filter: AuditFilter) throws -> [AuditEntry] {
        try reading { db in try AuditLog.entries(db, filter: filter) }
    }

    /// The plan with this code, found by its code (the codes of the others are read only to say which exist).
    static func plan(_ code: String, in db: Database) throws -> (ref: PlanRef, record: Plan) {
        let id = try db.scalar("SELECT id FROM plans WHERE code = ?", [.text(code)])?.integer
        guard let id, let record = try Plan.table.fetch(db, identity: [.text(code)], plan: nil) else {
            let known = try Plan.table.fetchAll(db, plan: nil).map(\.record.code)
            throw StoreError.notFound(entity: "plan", code: code, known: known)
        }
        return (PlanRef(id: id, code: code), record)
    }
}

extension PlanStore {
    /// Runs a use case in one read transaction: every store operation `body` calls on this thread reads the same
    /// snapshot (it joins the transaction instead of opening its own). Inside a transaction already open on this
    /// store, `body` simply joins it.
    public func read<T>(_ body: () throws -> T) throws -> T {
        try reading { _ in try body() }
    }

    /// Runs a use case in one write transaction: every store operation `body` calls on this thread, reads and writes,
    /// joins it, so what the use case decides on is what it writes to, and all of it commits or none. Refused inside
    /// a read transaction (a snapshot cannot become a write).
    public func write<T>(_ body: () throws -> T) throws -> T {
        try writing { _ in try body() }
    }

    /// How many transactions this store has begun: what a test counts to prove that a use case is one transaction.
    package var transactionsBegun: Int { pool.transactionsBegun }

    /// Runs `body` in the write transaction open on this thread, or in a new one; an SQLite error leaves as
    /// ``StoreError/database(_:)``.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        if let open = OpenTransaction.current, open.store === self {
            guard open.writable else { throw StoreError.writeInReadTransaction }
            return try body(open.database)
        }
        do {
            return try pool.write { db in
                try OpenTransaction.$current.withValue(OpenTransaction(self, db, writable: true)) { try body(db) }
            }
        } catch let error as SQLiteError { throw StoreError.database(error) }
    }

    /// Runs `body` in the transaction open on this thread (read or write), or on a new consistent snapshot; an SQLite
    /// error leaves as ``StoreError/database(_:)``.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        if let open = OpenTransaction.current, open.store === self { return try body(open.database) }
        do {
            return try pool.read { db in
                try OpenTransaction.$current.withValue(OpenTransaction(self, db, writable: false)) { try body(db) }
            }
        } catch let error as SQLiteError { throw StoreError.database(error) }
    }
}

/// The transaction a use case opened on the current thread, which the store operations it calls join.
///
/// `@unchecked Sendable`: a task-local value is only read on the thread that set it (the store's calls are
/// synchronous), and the connection is the pool's for the length of the transaction.
final class OpenTransaction: @unchecked Sendable {
    @TaskLocal static var current: OpenTransaction?

    let store: PlanStore
    let database: Database
    let writable: Bool

    init(_ store: PlanStore, _ database: Database, writable: Bool) {
        self.store = store
        self.database = database
        self.writable = writable
    }
}
