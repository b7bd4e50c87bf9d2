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

        /// Creates a migration.
        public init(name: String, sql: String) {
            self.name = name
            self.sql = sql
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
            try database.transaction {
                try database.execute(migration.sql)
                try database.execute("PRAGMA user_version = \(offset + 1)")
            }
        }
        return migrations.count - current
    }
}
