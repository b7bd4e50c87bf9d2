import HRAPCore
@testable import HRAPStore
import SQLiteStore
import Testing

/// What the schema costs on the hot paths, read from SQLite's own plans (not timed): a regression here multiplied the
/// cost of imports before (a CHECK with `IN (…)` builds a temporary index per inserted row; a lookup that cannot use
/// an index makes a plan file's budget section quadratic).
@Suite struct SchemaCostTests {
    /// SQLite's program for a statement, one line per instruction, compiled on the writer (a read-only connection
    /// leaves out the constraint checks).
    private func explain(_ sql: String, arguments: Int = 0) throws -> [String] {
        let store = try PlanStore(path: temporaryDatabase())
        return try store.pool.write { db in
            try db.rows(sql, Array(repeating: .null, count: arguments)).map { row in
                row.compactMap(\.text).joined(separator: " ")
            }
        }
    }

    @Test(arguments: ["measurements", "progress_updates", "budget_lines", "indicators", "plans", "audit_log"])
    func insertingARowBuildsNoTemporaryIndex(table: String) throws {
        let columns = try PlanStore(path: temporaryDatabase()).pool.read { db in
            try db.rows("PRAGMA table_info(\(table))").compactMap { $0[1].text }.filter { $0 != "id" }
        }
        let sql =
            "EXPLAIN INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) "
            + "VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let lines = try explain(sql, arguments: columns.count)
        #expect(lines.filter { $0.contains("OpenEphemeral") }.isEmpty)
    }

    @Test func theBudgetLineLookupByIdentityUsesAnIndex() throws {
        let table = BudgetLine.table
        let plan = try explain(
            "EXPLAIN QUERY PLAN SELECT id FROM \(table.name) WHERE plan_id = ? AND \(table.identityCondition) LIMIT 1",
            arguments: table.identity.count + 1)
        // Searched by plan and action, not by plan alone (which reads every line of the plan for each one written).
        #expect(plan.contains { $0.contains("USING INDEX") && $0.contains("action=?") }, "\(plan)")
    }
}
