import HRAPCore
import HRAPStore
import SQLiteStore

extension ServiceError {
    /// What kind of failure an error is: the one thing each surface maps to its own form (an exit code, an HTTP status,
    /// a page), so that the same failure reads the same way everywhere.
    public enum Kind: String, Sendable, CaseIterable {
        /// The input breaks a rule; nothing was written.
        case invalid
        /// A value naming what to act on is not one of the allowed ones (a target, a year).
        case badArgument
        /// What was asked for does not exist (or may not be known to exist).
        case notFound
        /// The request contradicts the state of the data (a duplicate, a decision taken, a finalised round).
        case conflict
        /// The principal may not do this.
        case forbidden
        /// Another writer kept the database busy; the same request may succeed a moment later.
        case busy
        /// The record changed since the version the writer read.
        case preconditionFailed
        /// A change that must say which version it changes did not.
        case preconditionRequired
        /// Too many attempts; try again later.
        case tooManyRequests
        /// A file or database that does not exist.
        case missingInput
        /// A database file hrap cannot use as it is.
        case unusableDatabase
        /// The file system failed.
        case fileSystem
        /// Anything else: a defect or an unexpected database failure.
        case failure
    }

    /// The kind of this failure.
    public var kind: Kind {
        switch self {
        case .invalid, .malformedFile: .invalid
        case .invalidTarget, .yearOutsidePlan, .unusablePath: .badArgument
        case .notFound, .unknownFramework, .unusableLink: .notFound
        case .duplicate, .alreadyRevoked, .accountDisabled, .alreadyDecided, .assessment, .shippedFramework,
            .approvalRequired:
            .conflict
        case .forbidden, .ownSubmission: .forbidden
        case .busy: .busy
        case .changedSinceRead: .preconditionFailed
        case .versionRequired: .preconditionRequired
        case .tooManyFailures: .tooManyRequests
        case .missingDatabase, .missingFile, .frameworksNotFound: .missingInput
        case .unusableDatabase: .unusableDatabase
        case .database(.damaged, _): .unusableDatabase
        case .database(.refused, _): .conflict
        case .database(.fileSystem, _): .fileSystem
        case .database(.other, _), .defect: .failure
        }
    }

    /// The service's error for an error of the layers below it (store, SQLite, validation, assessments); any other
    /// error (a surface's own, thrown from a closure it passed in) is returned unchanged.
    static func translating(_ error: any Error) -> any Error {
        switch error {
        case is ServiceError: error
        case let error as ValidationError: ServiceError.invalid(error)
        case let error as AssessmentError: ServiceError.assessment(error)
        case let error as StoreError: translating(error)
        case let error as SQLiteError: translating(error)
        default: error
        }
    }

    private static func translating(_ error: StoreError) -> ServiceError {
        switch error {
        case .invalid(let validation): .invalid(validation)
        case .notFound(let entity, let code, let known): .notFound(entity: entity, label: code, known: known)
        case .duplicate(let entity, let code): .duplicate(entity: entity, code: code)
        case .alreadyRevoked(let token): .alreadyRevoked(token: token)
        case .alreadyDecided(let id, let decision): .alreadyDecided(submission: id, decision: decision.rawValue)
        case .database(let sqlite): translating(sqlite)
        case .unusablePath(let path): .unusablePath(path)
        case .missingDatabase(let path): .missingDatabase(path)
        case .writeInReadTransaction: .defect(error.description)
        case .newerSchema, .corrupt, .notADatabase, .foreignDatabase, .olderSchema, .rewoundSchema:
            .unusableDatabase(code: error.code, message: error.description)
        }
    }

    private static func translating(_ error: SQLiteError) -> ServiceError {
        if error.isBusy || error.isLocked { return .busy }
        if error.isFileSystemFailure { return .database(.fileSystem, message: error.message) }
        if error.isDamagedFile { return .database(.damaged, message: error.message) }
        if error.isConstraintViolation { return .database(.refused, message: error.message) }
        return .database(.other, message: error.message)
    }
}
