import HRAPUseCases
import HTTPServing
import JSONCoding

/// One operation of the REST API: where it is, what it takes and answers (for the OpenAPI document), and the
/// handler, which parses, calls the service once and renders — no use-case logic.
struct APIRoute: Sendable {
    /// What the request body is.
    enum Body: Sendable {
        /// A JSON object described by a schema (a `$ref` into the components, or an inline schema).
        case json(JSONValue)
        /// A CSV file (`text/csv`), which may be larger than other bodies.
        case csv
    }

    /// A documented query parameter.
    struct Query: Sendable {
        let name: String
        let description: String
        /// A JSON Schema.
        let schema: JSONValue
        var required = false
    }

    let method: String
    let pattern: PathPattern
    let operationID: String
    let summary: String
    let tag: String
    var query: [Query] = []
    var body: Body?
    /// The success status and the schema of its JSON body (nil: no JSON body).
    var success: (status: Int, schema: JSONValue?, mediaType: String) = (200, nil, "application/json")
    /// Another success the operation may answer, with its schema (202 when an entry waits for approval).
    var otherSuccess: (status: Int, schema: JSONValue)?
    /// Error statuses the operation may answer besides 400, 401, 403, 404 and 429.
    var errors: [Int] = []
    /// Whether a 201 answer names the created resource in `Location` (set by the handler, or from ``location``).
    var answersWithLocation = false
    /// For a 201 answer whose handler names no `Location`: the path of what was created, or of the collection it
    /// joined, with the request's path parameters (`{plan}`) filled in.
    var location: String?
    /// Whether the operation is open to anyone (no token).
    var isPublic = false
    let handler: @Sendable (APIRequest) throws -> HTTPResponse
}

extension APIRoute {
    /// A GET operation that answers JSON.
    static func get(
        _ path: String, _ operationID: String, _ summary: String, tag: String, query: [Query] = [],
        schema: JSONValue, handler: @escaping @Sendable (APIRequest) throws -> HTTPResponse
    ) -> APIRoute {
        APIRoute(
            method: "GET", pattern: PathPattern(path), operationID: operationID, summary: summary, tag: tag,
            query: query, success: (200, schema, "application/json"), handler: handler)
    }

    /// A write operation with a JSON body.
    static func write(
        _ method: String, _ path: String, _ operationID: String, _ summary: String, tag: String, body: JSONValue?,
        status: Int = 200, schema: JSONValue, errors: [Int] = [409],
        handler: @escaping @Sendable (APIRequest) throws -> HTTPResponse
    ) -> APIRoute {
        APIRoute(
            method: method, pattern: PathPattern(path), operationID: operationID, summary: summary, tag: tag,
            body: body.map(Body.json), success: (status, schema, "application/json"), errors: errors,
            handler: handler)
    }

    /// The route, documented as naming what it created in `Location`; `path` (a pattern like the route's) when the
    /// handler does not name it itself.
    func withLocation(_ path: String? = nil) -> APIRoute {
        var route = self
        route.answersWithLocation = true
        route.location = path
        return route
    }
}
