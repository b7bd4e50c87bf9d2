import HRAPCore
import HRAPService
import HRAPStore
import HTTPServing
import SQLiteStore

extension ProblemResponse {
    /// Every error a handler may throw, as a problem; nil for the unexpected.
    static func problem(for error: any Error) -> Problem? {
        switch error {
        case let error as APIError: return problem(error)
        case let error as ValidationError:
            return Problem(status: .badRequest, code: "invalid", detail: summary(error), errors: error.problems)
        case let error as StoreError: return problem(error)
        case let error as ServiceError: return problem(error)
        case let error as AssessmentError:
            return Problem(
                status: .conflict, code: error.code,
                detail: error.description)
        case let error as SQLiteError: return problem(error)
        default: return nil
        }
    }

    private static func summary(_ error: ValidationError) -> String {
        "\(error.source) has \(error.count) problem\(error.count == 1 ? "" : "s"); nothing was written"
    }

    private static func problem(_ error: APIError) -> Problem {
        let status: HTTPStatus =
            switch error {
            case .unauthenticated: .unauthorized
            case .unsupportedMediaType: .unsupportedMediaType
            case .malformedJSON, .badQuery, .unknownQueryParameter, .badBody: .badRequest
            case .notFound, .noRoute: .notFound
            case .methodNotAllowed: .methodNotAllowed
            case .notAcceptable: .notAcceptable
            }
        var problem = Problem(status: status, code: error.code, detail: error.detail)
        switch error {
        case .unauthenticated: problem.headers = [("WWW-Authenticate", "Bearer realm=\"hrap\"")]
        case .methodNotAllowed(let allowed): problem.headers = [("Allow", allowed.joined(separator: ", "))]
        default: break
        }
        return problem
    }

    /// Store errors; a "not found" never lists the codes that exist (they may name unpublished plans).
    private static func problem(_ error: StoreError) -> Problem? {
        switch error {
        case .invalid(let validation):
            return Problem(
                status: .badRequest, code: "invalid", detail: summary(validation),
                errors: validation.problems)
        case .notFound(let entity, let code, _):
            return Problem(
                status: .notFound, code: error.code,
                detail: "no \(entity.replacing("_", with: " ")) '\(code)'")
        case .duplicate, .alreadyRevoked, .alreadyDecided:
            return Problem(status: .conflict, code: error.code, detail: error.description)
        case .database(let sqlite): return problem(sqlite)
        default: return nil
        }
    }

    private static func problem(_ error: ServiceError) -> Problem? {
        switch error {
        case .forbidden, .ownSubmission: Problem(status: .forbidden, code: error.code, detail: error.description)
        case .approvalRequired: Problem(status: .conflict, code: error.code, detail: error.description)
        case .unknownFramework: Problem(status: .notFound, code: error.code, detail: error.description)
        case .invalidTarget, .yearOutsidePlan: Problem(status: .badRequest, code: error.code, detail: error.description)
        case .notFound(let entity, let label, _):
            Problem(status: .notFound, code: error.code, detail: "no \(entity.replacing("_", with: " ")) '\(label)'")
        case .shippedFramework: Problem(status: .conflict, code: error.code, detail: error.description)
        case .changedSinceRead: Problem(status: .preconditionFailed, code: error.code, detail: error.description)
        case .versionRequired: Problem(status: .preconditionRequired, code: error.code, detail: error.description)
        case .malformedFile: Problem(status: .badRequest, code: error.code, detail: error.description)
        case .tooManyFailures(let seconds):
            Problem(
                status: .tooManyRequests, code: error.code, detail: error.description,
                headers: [("Retry-After", String(seconds))])
        case .frameworksNotFound, .missingFile: nil
        }
    }

    /// A database another writer keeps busy is a 503 to retry; a refused constraint is the client's data.
    private static func problem(_ error: SQLiteError) -> Problem? {
        switch error.code {
        case _ where error.isBusy || error.isLocked:
            Problem(
                status: .serviceUnavailable, code: "busy",
                detail: "the database is busy; nothing was written, try again",
                headers: [("Retry-After", "1")])
        case 19:
            Problem(status: .conflict, code: "constraint", detail: "the database refused the data; nothing was written")
        default: nil
        }
    }
}
