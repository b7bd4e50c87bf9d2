import CSQLite
import HRAPCore

/// The physical limit: SQLite's C API inserting the same rows (six columns) with one prepared statement in one
/// transaction on a WAL file, with no parsing, validation or audit.
struct RawSQLiteInsert {
    let rows: [(indicator: String, start: String, end: String, group: String, value: Double)]

    init(_ measurements: [Measurement]) {
        rows = measurements.map { measurement in
            (
                measurement.indicator, measurement.periodStart?.description ?? "", measurement.date.description,
                measurement.disaggregation.map { "\($0.key)=\($0.value)" }.joined(), measurement.value ?? 0
            )
        }
    }

    func run(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        try exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        try exec(
            db,
            "CREATE TABLE m (plan_id INTEGER, indicator TEXT, period_start TEXT, date TEXT, disaggregation TEXT, value REAL)"
        )
        try exec(db, "BEGIN")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO m VALUES (1, ?, ?, ?, ?, ?)", -1, &statement, nil) == SQLITE_OK,
            let insert = statement
        else {
            throw BenchError("cannot prepare")
        }
        defer { sqlite3_finalize(insert) }
        for row in rows {
            _ = row.indicator.withCString { csqlite_bind_text(insert, 1, $0, -1) }
            _ = row.start.withCString { csqlite_bind_text(insert, 2, $0, -1) }
            _ = row.end.withCString { csqlite_bind_text(insert, 3, $0, -1) }
            _ = row.group.withCString { csqlite_bind_text(insert, 4, $0, -1) }
            sqlite3_bind_double(insert, 5, row.value)
            guard sqlite3_step(insert) == SQLITE_DONE else { throw BenchError("insert failed") }
            sqlite3_reset(insert)
        }
        try exec(db, "COMMIT")
    }

    /// The same loop into hrap's own `measurements` table (all its columns, its key index and foreign key) of a
    /// database that already holds the plan: what SQLite alone costs for hrap's rows.
    func runIntoMeasurementsTable(path: String, planID: Int64) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        try exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; BEGIN IMMEDIATE")
        var statement: OpaquePointer?
        let sql = """
            INSERT INTO measurements (plan_id, indicator, period_start, date, value, disaggregation, source, note, evidence_url,
              public, recorded_at, recorded_by, created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, 'Synthetic statistics office', NULL, NULL, 1, ?, 'bench', ?, 'bench', ?, 'bench')
            """
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let insert = statement else {
            throw BenchError("cannot prepare: \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(insert) }
        let time = "2026-01-01T00:00:00Z"
        for row in rows {
            sqlite3_bind_int64(insert, 1, planID)
            _ = row.indicator.withCString { csqlite_bind_text(insert, 2, $0, -1) }
            _ = row.start.withCString { csqlite_bind_text(insert, 3, $0, -1) }
            _ = row.end.withCString { csqlite_bind_text(insert, 4, $0, -1) }
            sqlite3_bind_double(insert, 5, row.value)
            if row.group.isEmpty {
                sqlite3_bind_null(insert, 6)
            } else {
                _ = row.group.withCString { csqlite_bind_text(insert, 6, $0, -1) }
            }
            for index: Int32 in 7...9 { _ = time.withCString { csqlite_bind_text(insert, index, $0, -1) } }
            guard sqlite3_step(insert) == SQLITE_DONE else {
                throw BenchError("insert failed: \(String(cString: sqlite3_errmsg(db)))")
            }
            sqlite3_reset(insert)
        }
        try exec(db, "COMMIT")
    }

    private func exec(_ db: OpaquePointer, _ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            throw BenchError(String(cString: sqlite3_errmsg(db)))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
