extension Database {
    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`): commits if it returns,
    /// rolls back and rethrows if it throws.
    ///
    /// Transactions do not nest: calling this inside another transaction is a programmer error.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "transactions do not nest")
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in a read transaction (`BEGIN DEFERRED`), so every query sees one snapshot.
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        defer { try? execute("COMMIT") }
        return try body()
    }
}
