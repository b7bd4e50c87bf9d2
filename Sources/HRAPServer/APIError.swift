import HRAPCore

/// What the HTTP surface itself refuses, before or after the service: each with the status it answers.
enum APIError: Error, Sendable {
    case unauthenticated
    case unsupportedMediaType(expected: String)
    case malformedJSON(line: Int, column: Int, reason: String)
    case badQuery(String)
    case unknownQueryParameter(String, known: [String])
    case badBody(String)
    case notFound(String)
    /// No route has this path.
    case noRoute
    case methodNotAllowed(allowed: [String])
    case notAcceptable(String)

    /// A stable code for programs.
    var code: String {
        switch self {
        case .unauthenticated: "unauthenticated"
        case .unsupportedMediaType: "unsupported_media_type"
        case .malformedJSON: "malformed_json"
        case .badQuery: "bad_query"
        case .unknownQueryParameter: "unknown_query_parameter"
        case .badBody: "bad_body"
        case .notFound: "not_found"
        case .noRoute: "no_route"
        case .methodNotAllowed: "method_not_allowed"
        case .notAcceptable: "not_acceptable"
        }
    }

    var detail: String {
        switch self {
        case .unauthenticated: "send a valid token as 'Authorization: Bearer TOKEN' (see 'hrap token create')"
        case .unsupportedMediaType(let expected): "the body must be \(expected)"
        case .malformedJSON(
            let line, let column,
            let reason):
            "the body is not JSON: line \(line), column \(column): \(reason)"
        case .badQuery(let message): message
        case .unknownQueryParameter(let name, let known):
            "unknown query parameter '\(name)'" + (known.isEmpty ? "" : "; known: " + known.joined(separator: ", "))
        case .badBody(let message): message
        case .notFound(let what): "no \(what) here"
        case .noRoute: "nothing is served at this path; see /api/v1/openapi.json"
        case .methodNotAllowed(let allowed): "allowed here: " + allowed.joined(separator: ", ")
        case .notAcceptable(let message): message
        }
    }
}
