extension Database {
    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`): commits if it returns,
    /// rolls back and rethrows if it throws.
    ///
    /// Transactions do not nest: calling this inside another transaction is a programmer error.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "transactions do not nest")
        try run("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            try? run("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in a read transaction (`BEGIN DEFERRED`), so every query sees one snapshot. Transaction statements
    /// are prepared once per connection like any other (`sqlite3_exec` would parse them on every call).
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN DEFERRED")
        defer { try? run("COMMIT") }
        return try body()
    }
}
