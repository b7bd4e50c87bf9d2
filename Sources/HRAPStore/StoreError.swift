import HRAPCore
import SQLiteStore

/// What can go wrong in the store, worded for the user.
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
        }
    }
}
