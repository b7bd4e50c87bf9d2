import HRAPCore
import SQLiteStore

/// What can go wrong in the store: a stable ``code`` with the case's parameters, and an English default message.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// Input that failed validation; nothing was written.
    case invalid(ValidationError)
    /// A record that was asked for does not exist.
    case notFound(entity: String, code: String, known: [String])
    /// A record that should be new exists already.
    case duplicate(entity: String, code: String)
    /// The database was written by a newer hrap.
    case newerSchema(Migrator.NewerSchemaError)
    /// Stored data that no longer reads back (edited outside hrap).
    case corrupt(String)
    /// The database failed.
    case database(SQLiteError)
    /// A database path SQLite would not read as a file (empty, `:memory:`, a `file:` URI).
    case unusablePath(String)
    /// A command that only reads was pointed at a file that does not exist.
    case missingDatabase(String)
    /// The file is not an SQLite database.
    case notADatabase(String)
    /// An SQLite database that holds other tables than hrap's; hrap leaves it alone.
    case foreignDatabase(String)
    /// A database at an older schema version, opened by a command that only reads.
    case olderSchema(path: String, found: Int, current: Int)
    /// The file's schema version was set back: it holds tables of a later version.
    case rewoundSchema(path: String, found: Int, laterTables: [String])
    /// A token that was revoked already.
    case alreadyRevoked(token: String)
    /// A submission that was approved or rejected already.
    case alreadyDecided(submission: Int64, decision: Submission.Decision)
    /// A write asked for inside a read transaction: a defect of the use case, not of the input.
    case writeInReadTransaction

    /// A stable code for programs and for each surface's message mapping.
    public var code: String {
        switch self {
        case .invalid: "invalid"
        case .notFound: "not_found"
        case .duplicate: "duplicate"
        case .newerSchema: "newer_schema"
        case .corrupt: "corrupt"
        case .database: "database"
        case .unusablePath: "unusable_path"
        case .missingDatabase: "missing_database"
        case .notADatabase: "not_a_database"
        case .foreignDatabase: "foreign_database"
        case .olderSchema: "older_schema"
        case .rewoundSchema: "rewound_schema"
        case .alreadyRevoked: "already_revoked"
        case .alreadyDecided: "already_decided"
        case .writeInReadTransaction: "write_in_read_transaction"
        }
    }

    public var description: String {
        switch self {
        case .invalid(let error): return error.description
        case .notFound(let entity, let code, let known):
            var text = "no \(entity.replacing("_", with: " ")) with code '\(code)'"
            if !known.isEmpty {
                let shown = known.prefix(12).joined(separator: ", ")
                text += "; known: \(shown)\(known.count > 12 ? ", … (\(known.count) in all)" : "")"
            }
            return text
        case .duplicate(let entity, let code):
            let name = entity.replacing("_", with: " ").withIndefiniteArticle
            return "\(name) with code '\(code)' exists already; use update to change it"
        case .newerSchema(let error): return error.description
        case .corrupt(let message): return "the database holds data this hrap cannot read: \(message)"
        case .database(let error): return "database error: \(error)"
        case .unusablePath(let path):
            return "'\(path)' is not a database file path (in-memory databases and SQLite URIs are not accepted)"
        case .missingDatabase(let path):
            return "no database at \(path); create one with 'hrap init' or by importing a plan"
        case .notADatabase(let path): return "\(path) is not an SQLite database"
        case .foreignDatabase(let path):
            return
                "\(path) is an SQLite database of another program (it has tables but no hrap schema); hrap leaves it alone"
        case .olderSchema(let path, let found, let current):
            return "\(path) has schema version \(found) of \(current); run 'hrap init' to migrate it first"
        case .rewoundSchema(let path, let found, let tables):
            return "\(path) says schema version \(found), but holds tables that later versions add ("
                + tables.joined(separator: ", ") + "): its version was set back by hand; hrap leaves it alone. "
                + "Restore a backup, or set its user_version to the version its tables have"
        case .alreadyRevoked(let token): return "token '\(token)' was revoked already"
        case .alreadyDecided(let id, let decision): return "submission \(id) was \(decision.rawValue) already"
        case .writeInReadTransaction: return "a write was asked for inside a read transaction (a defect of hrap)"
        }
    }
}
