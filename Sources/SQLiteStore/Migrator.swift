/// Applies an ordered list of schema migrations, each in its own transaction.
///
/// The schema version is SQLite's `user_version`: the number of migrations applied.
/// A database written by a newer program (more migrations than this one knows) is refused.
public struct Migrator: Sendable {
    /// One step of the schema's history.
    public struct Migration: Sendable {
        /// A short name shown in errors and logs.
        public let name: String
        /// The SQL that takes the schema from the previous version to this one.
        public let sql: String
        /// Whether the SQL rebuilds tables other tables refer to (create the new table, copy, drop the old one,
        /// rename): it then runs with foreign keys off, as SQLite's documented procedure for schema changes requires,
        /// and every reference is checked before the transaction commits.
        public let rebuildsTables: Bool

        /// Creates a migration.
        public init(name: String, sql: String, rebuildsTables: Bool = false) {
            self.name = name
            self.sql = sql
            self.rebuildsTables = rebuildsTables
        }
    }

    /// The error of a table rebuild that left rows referring to nothing.
    public struct BrokenReferencesError: Error, CustomStringConvertible, Sendable {
        /// The migration's name.
        public let migration: String
        /// The tables holding rows whose references no longer resolve.
        public let tables: [String]

        public var description: String {
            "migration '\(migration)' would leave broken references in \(tables.joined(separator: ", "))"
        }
    }

    /// The error of a database whose schema this program cannot use.
    public struct NewerSchemaError: Error, CustomStringConvertible, Sendable {
        /// The version found in the file.
        public let found: Int
        /// The newest version this program knows.
        public let supported: Int

        /// Creates the error.
        public init(found: Int, supported: Int) {
            self.found = found
            self.supported = supported
        }

        public var description: String {
            "the database has schema version \(found), but this hrap knows versions up to \(supported); "
                + "use a newer hrap"
        }
    }

    /// The migrations in order; never reorder or edit a released one, only append.
    public let migrations: [Migration]

    /// Creates a migrator.
    public init(_ migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The tables a database holds after the first `version` migrations: what a file of that version may hold.
    public func tables(atVersion version: Int) throws -> Set<String> {
        let scratch = try Database(path: ":memory:")
        try Migrator(Array(migrations.prefix(version))).migrate(scratch)
        return try Self.tables(of: scratch)
    }

    /// The names of the tables a database holds.
    public static func tables(of database: Database) throws -> Set<String> {
        var names: Set<String> = []
        try database.forEachRow("SELECT name FROM sqlite_master WHERE type = 'table'") { row in
            if let name = row.text(at: 0) { names.insert(name) }
        }
        return names
    }

    /// The schema version stored in the database.
    public static func version(of database: Database) throws -> Int {
        Int(try database.scalar("PRAGMA user_version")?.integer ?? 0)
    }

    /// Applies every migration the database lacks; returns how many were applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> Int {
        let current = try Self.version(of: database)
        guard current >= 0, current <= migrations.count else {
            throw NewerSchemaError(found: current, supported: migrations.count)
        }
        for (offset, migration) in migrations.enumerated().dropFirst(current) {
            if migration.rebuildsTables {
                try rebuild(database, migration, version: offset + 1)
            } else {
                try database.transaction {
                    try database.execute(migration.sql)
                    try database.execute("PRAGMA user_version = \(offset + 1)")
                }
            }
        }
        return migrations.count - current
    }

    /// Runs a table-rebuilding migration with foreign keys off (they cannot change inside a transaction), checks every
    /// reference before committing, and restores the setting afterwards.
    private func rebuild(_ database: Database, _ migration: Migration, version: Int) throws {
        let enforced = try database.scalar("PRAGMA foreign_keys")?.integer == 1
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { if enforced { try? database.execute("PRAGMA foreign_keys = ON") } }
        try database.transaction {
            try database.execute(migration.sql)
            var broken: [String] = []
            try database.forEachRow("PRAGMA foreign_key_check") { row in
                if let table = row.text(at: 0), !broken.contains(table) { broken.append(table) }
            }
            guard broken.isEmpty else { throw BrokenReferencesError(migration: migration.name, tables: broken) }
            try database.execute("PRAGMA user_version = \(version)")
        }
    }
}
