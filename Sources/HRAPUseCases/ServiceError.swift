import HRAPCore

/// Every failure of a use case, whichever layer found it: the service translates the store's, SQLite's, the
/// validators' and the assessment workflow's errors into this one type at its boundary. Each case has a stable
/// ``code``, a ``kind`` that each surface maps to its own form once (an exit code, an HTTP status, a page), and a
/// neutral English ``description``.
public enum ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The access policy refused the request.
    case forbidden(principal: String, request: AccessRequest)
    /// No framework with this id (and version).
    case unknownFramework(reference: String, known: [String])
    /// The shipped frameworks' directory was not found.
    case frameworksNotFound
    /// A framework file is missing.
    case missingFile(String)
    /// A framework file is not JSON.
    case malformedFile(path: String, line: Int, column: Int, reason: String)
    /// A record asked for by its identity does not exist.
    case notFound(entity: String, label: String, known: [String])
    /// A framework version that ships with hrap cannot be imported over.
    case shippedFramework(String)
    /// A value that names what a command acts on is not one of the allowed ones.
    case invalidTarget(value: String, expected: String)
    /// A reporting year outside the plan's period.
    case yearOutsidePlan(year: Int, first: Int, last: Int)
    /// The record changed since the version the writer read (its entity tag differs).
    case changedSinceRead(entity: String, label: String)
    /// A change that must say which version it changes (its entity tag) did not.
    case versionRequired(entity: String)
    /// A coordinator may not approve or reject their own submission (four eyes).
    case ownSubmission(id: Int64)
    /// A bulk import of progress data into a plan whose entries wait for approval, by someone whose entries would.
    case approvalRequired(plan: String)
    /// Too many failed sign-ins from one address, or with one token's start, within a minute.
    case tooManyFailures(retryAfter: Int)
    /// Input that failed validation, with every problem found; nothing was written.
    case invalid(ValidationError)
    /// A record that should be new exists already.
    case duplicate(entity: String, code: String)
    /// A token that was revoked already.
    case alreadyRevoked(token: String)
    /// A disabled account was asked for a link or a password.
    case accountDisabled(username: String)
    /// A one-time link that is unknown, used, replaced by a newer one, or expired (which of these is not said).
    case unusableLink
    /// A submission that was approved or rejected already.
    case alreadyDecided(submission: Int64, decision: String)
    /// A step of the assessment workflow the round's state does not allow.
    case assessment(AssessmentError)
    /// Another writer kept the database busy past the wait; nothing was written, and the same request may succeed.
    case busy
    /// The database failed: the file system, a damaged file, data it refused, or anything else (``DatabaseFailure``).
    case database(DatabaseFailure, message: String)
    /// A database file hrap cannot use as it is (newer, older, foreign, rewound, not a database, damaged data).
    case unusableDatabase(code: String, message: String)
    /// A database path that is not a file path (`""`, `:memory:`, a `file:` URI).
    case unusablePath(String)
    /// A use case that reads was pointed at a database that does not exist.
    case missingDatabase(String)
    /// A defect of hrap itself (a write asked for inside a read).
    case defect(String)

    /// What went wrong in the database, as the user's situation.
    public enum DatabaseFailure: String, Sendable, Equatable {
        /// The file system: read-only, full, an I/O error, or the file cannot be opened.
        case fileSystem
        /// The file is damaged or not a database.
        case damaged
        /// A constraint refused the data (a rule the validators should have caught).
        case refused
        /// Anything else.
        case other
    }

    /// A stable code for programs and for the surfaces' message mappings.
    public var code: String {
        switch self {
        case .forbidden: "forbidden"
        case .unknownFramework: "unknown_framework"
        case .frameworksNotFound: "frameworks_not_found"
        case .missingFile: "missing_file"
        case .malformedFile: "malformed_file"
        case .notFound: "not_found"
        case .invalidTarget: "invalid_target"
        case .yearOutsidePlan: "year_outside_plan"
        case .shippedFramework: "shipped_framework"
        case .changedSinceRead: "changed_since_read"
        case .versionRequired: "version_required"
        case .ownSubmission: "own_submission"
        case .approvalRequired: "approval_required"
        case .tooManyFailures: "too_many_failures"
        case .invalid: "invalid"
        case .duplicate: "duplicate"
        case .alreadyRevoked: "already_revoked"
        case .accountDisabled: "account_disabled"
        case .unusableLink: "unusable_link"
        case .alreadyDecided: "already_decided"
        case .assessment(let error): error.code
        case .busy: "busy"
        case .database(let failure, _): failure == .refused ? "constraint" : "database"
        case .unusableDatabase(let code, _): code
        case .unusablePath: "unusable_path"
        case .missingDatabase: "missing_database"
        case .defect: "defect"
        }
    }

    /// The English default message.
    public var description: String {
        switch self {
        case .forbidden(let principal, let request): "\(principal) may not \(request)"
        case .unknownFramework(let reference, let known):
            "unknown framework '\(reference)'; known frameworks: \(known.joined(separator: ", "))"
        case .frameworksNotFound: "cannot find templates/frameworks; set HRAP_TEMPLATES to the templates directory"
        case .missingFile(let path): "no such file: \(path)"
        case .malformedFile(let path, let line, let column, let reason): "\(path):\(line):\(column): \(reason)"
        case .notFound(let entity, let label, let known):
            "no \(entity.replacing("_", with: " ")) '\(label)'"
                + (known.isEmpty ? "" : "; known: \(known.prefix(12).joined(separator: ", "))")
        case .invalidTarget(let value, let expected): "'\(value)' is not one of \(expected)"
        case .yearOutsidePlan(let year, let first, let last): "\(year) is outside the plan period (\(first)–\(last))"
        case .shippedFramework(let label): "\(label) ships with hrap; give your file a new version"
        case .changedSinceRead(let entity, let label):
            "the \(entity.replacing("_", with: " ")) \(label) changed since you read it; read it again and reapply your change"
        case .versionRequired(let entity):
            "say which version of the \(entity.replacing("_", with: " ")) you change (If-Match with the ETag you read)"
        case .ownSubmission(let id):
            "submission \(id) is your own: another officer of the government or an admin decides on it"
        case .approvalRequired(let plan):
            "\(plan)'s entries wait for approval: record them one by one, or ask an admin to import the file"
        case .tooManyFailures(let seconds): "too many failed sign-ins; try again in \(seconds) s"
        case .invalid(let error): error.description
        case .duplicate(let entity, let code):
            "\(entity.replacing("_", with: " ").withIndefiniteArticle) with code '\(code)' exists already"
        case .alreadyRevoked(let token): "token '\(token)' was revoked already"
        case .accountDisabled(let username): "the account \(username) is disabled; enable it first"
        case .unusableLink:
            "this link cannot be used: it was used already, replaced by a newer one, or has expired; ask for a new one"
        case .alreadyDecided(let id, let decision): "submission \(id) was \(decision) already"
        case .assessment(let error): error.description
        case .busy: "the database is busy with another writer; nothing was written, try again"
        case .database(.fileSystem, let message): "database: \(message)"
        case .database(.damaged, let message): "the database file is damaged or not a database: \(message)"
        case .database(.refused, let message): "the database refused the data (\(message)); nothing was written"
        case .database(.other, let message): "database: \(message)"
        case .unusableDatabase(_, let message), .defect(let message): message
        case .unusablePath(let path):
            "'\(path)' is not a database file path (in-memory databases and SQLite URIs are not accepted)"
        case .missingDatabase(let path): "no database at \(path); create one with 'hrap init' or by importing a plan"
        }
    }
}
