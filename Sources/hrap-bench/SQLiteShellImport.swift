import Foundation

/// The outside anchor: Debian's `sqlite3` shell importing the same CSV file into hrap's own `measurements` table of a
/// database that already holds the plan — `.import` into a temporary table, then one `INSERT…SELECT` in a
/// transaction — with no validation, no correction logic and no audit: what a careful script would do.
struct SQLiteShellImport {
    static let shell = "/usr/bin/sqlite3"

    /// Whether the shell is installed (`apt-get install sqlite3`); the figure is left out without it.
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: shell) }

    let csvPath: String
    let planID: Int64

    func run(database: String) throws {
        let time = "2026-01-01T00:00:00Z"
        let script = """
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            .import --csv --schema temp \(csvPath) imported
            BEGIN IMMEDIATE;
            INSERT INTO measurements (plan_id, indicator, period_start, date, value, disaggregation, source, note,
              evidence_url, public, recorded_at, recorded_by, created_at, created_by, updated_at, updated_by,
              judged_status)
            SELECT \(planID), indicator, NULLIF(period_start, ''), date, CAST(NULLIF(value, '') AS REAL),
              NULLIF(disaggregation, ''), NULLIF(source, ''), NULLIF(note, ''), NULLIF(evidence_url, ''),
              public <> 'no', '\(time)', 'bench', '\(time)', 'bench', '\(time)', 'bench', NULLIF(judged_status, '')
            FROM temp.imported;
            COMMIT;

            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.shell)
        process.arguments = ["-bail", database]
        let input = Pipe(), errors = Pipe()
        (process.standardInput, process.standardError) = (input, errors)
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("sqlite3 failed: \(String(decoding: message, as: UTF8.self))")
        }
    }
}
