import HRAPCore
import HRAPUseCases
import HTTPServing

extension ProblemResponse {
    /// Every error a handler may throw, as a problem; nil for the unexpected (a 500 the server logs).
    static func problem(for error: any Error) -> Problem? {
        switch error {
        case let error as APIError: problem(error)
        case let error as ValidationError: problem(ServiceError.invalid(error))
        case let error as ServiceError: problem(error)
        default: nil
        }
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

    /// The API's one mapping of the service's failures: the status from the kind, the wording from the case.
    private static func problem(_ error: ServiceError) -> Problem? {
        guard let status = status(error.kind) else { return nil }
        var problem = Problem(status: status, code: error.code, detail: detail(error))
        switch error {
        case .invalid(let validation): problem.errors = validation.problems
        case .busy: problem.headers = [("Retry-After", "1")]
        case .tooManyFailures(let seconds): problem.headers = [("Retry-After", String(seconds))]
        default: break
        }
        return problem
    }

    /// The HTTP status of each kind of failure; nil for those that are the server's own (a 500).
    static func status(_ kind: ServiceError.Kind) -> HTTPStatus? {
        switch kind {
        case .invalid, .badArgument: .badRequest
        case .notFound: .notFound
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .busy: .serviceUnavailable
        case .preconditionFailed: .preconditionFailed
        case .preconditionRequired: .preconditionRequired
        case .tooManyRequests: .tooManyRequests
        case .missingInput, .unusableDatabase, .fileSystem, .failure: nil
        }
    }

    /// A "not found" never lists the codes that exist (they may name unpublished plans); the database's own messages
    /// stay in the server's log.
    private static func detail(_ error: ServiceError) -> String {
        switch error {
        case .invalid(let validation):
            "\(validation.source) has \(validation.count) problem\(validation.count == 1 ? "" : "s"); nothing was written"
        case .notFound(let entity, let label, _): "no \(entity.replacing("_", with: " ")) '\(label)'"
        case .busy: "the database is busy; nothing was written, try again"
        case .database(.refused, _): "the database refused the data; nothing was written"
        default: error.description
        }
    }
}
