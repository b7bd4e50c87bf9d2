import Archiving
import HTTPServing
import JSONCoding

/// The OpenAPI 3.1 document of the API, generated from the route table and the record schemas, so that every route
/// is documented and every documented operation is routed.
enum OpenAPIDocument {
    /// The document of ``APIRoutes/all()``.
    static let shared: JSONValue = make(APIRoutes.all())
    /// The document as sent, and gzipped once (a sixteenth of its size), for clients that take it.
    static let bytes: [UInt8] = Array((JSONWriter.compact(shared)).utf8)
    static let gzipped: [UInt8] = Gzip.compress(bytes)

    static func make(_ routes: [APIRoute]) -> JSONValue {
        var paths: [(String, [(String, JSONValue)])] = []
        for route in routes {
            let operation = (route.method.lowercased(), self.operation(route))
            if let index = paths.firstIndex(where: { $0.0 == route.pattern.description }) {
                paths[index].1.append(operation)
            } else {
                paths.append((route.pattern.description, [operation]))
            }
        }
        return .object([
            ("openapi", .string("3.1.0")),
            (
                "info",
                .object([
                    ("title", .string("hrap — human rights action plan monitoring")), ("version", .string("1")),
                    (
                        "description",
                        .string(
                            "Plans, progress, scores and assessments of human rights action plans. Send a token "
                                + "from 'hrap token create' as 'Authorization: Bearer TOKEN'. "
                                + "Errors are RFC 9457 problem details.")
                    ),
                ])
            ),
            ("security", .array([.object([("bearer", .array([]))])])),
            ("paths", .object(paths.map { ($0.0, .object($0.1)) })),
            (
                "components",
                .object([
                    (
                        "securitySchemes",
                        .object([
                            (
                                "bearer",
                                .object([
                                    ("type", .string("http")),
                                    (
                                        "scheme",
                                        .string("bearer")
                                    ),
                                ])
                            )
                        ])
                    ),
                    ("schemas", .object(Schemas.components())),
                ])
            ),
        ])
    }

    private static func operation(_ route: APIRoute) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("operationId", .string(route.operationID)), ("summary", .string(route.summary)),
            ("tags", .array([.string(route.tag)])),
        ]
        let parameters =
            route.pattern.parameters.map { name -> JSONValue in
                .object([
                    ("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
                    ("schema", .object([("type", .string("string")), ("minLength", .integer(1))])),
                ])
            }
            + route.query.map { query -> JSONValue in
                .object([
                    ("name", .string(query.name)), ("in", .string("query")), ("required", .bool(query.required)),
                    ("description", .string(query.description)), ("schema", query.schema),
                ])
            }
        let headers = conditionalHeaders(route)
        if !(parameters + headers).isEmpty { members.append(("parameters", .array(parameters + headers))) }
        if let body = route.body { members.append(("requestBody", requestBody(body))) }
        if route.isPublic { members.append(("security", .array([]))) }
        members.append(("responses", responses(route)))
        return .object(members)
    }

    /// `If-None-Match` on reads (answered 304 when the ETag still matches); `If-Match` on changes that refuse to go
    /// without the version read (428) and refuse a stale one (412).
    private static func conditionalHeaders(_ route: APIRoute) -> [JSONValue] {
        func header(_ name: String, required: Bool, _ description: String) -> JSONValue {
            .object([
                ("name", .string(name)), ("in", .string("header")), ("required", .bool(required)),
                ("description", .string(description)), ("schema", .object([("type", .string("string"))])),
            ])
        }
        if route.method == "GET" {
            return [header("If-None-Match", required: false, "The ETag of the copy you hold: 304 when unchanged.")]
        }
        if route.errors.contains(428) {
            return [header("If-Match", required: true, "The ETag of the version you read: 412 when it changed since.")]
        }
        return []
    }

    private static func headerSchema(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("schema", .object([("type", .string("string"))]))])
    }

    private static func requestBody(_ body: APIRoute.Body) -> JSONValue {
        let content: (String, JSONValue) =
            switch body {
            case .json(let schema): ("application/json", .object([("schema", schema)]))
            case .csv: ("text/csv", .object([("schema", .object([("type", .string("string"))]))]))
            }
        // The same CSV bytes as a binary upload, which generated clients can send (openapi-python-client has no text/csv).
        let binary: [(String, JSONValue)] =
            if case .csv = body {
                [
                    (
                        "application/octet-stream",
                        .object([
                            ("schema", .object([("type", .string("string")), ("format", .string("binary"))]))
                        ])
                    )
                ]
            } else { [] }
        return .object([("required", .bool(true)), ("content", .object([content] + binary))])
    }

    private static func responses(_ route: APIRoute) -> JSONValue {
        var success: [(String, JSONValue)] = [("description", .string(HTTPStatus(route.success.status).reason))]
        let schema = route.success.schema ?? .object([("type", .string("string"))])
        success.append(("content", .object([(route.success.mediaType, .object([("schema", schema)]))])))
        var headers: [(String, JSONValue)] = []
        if route.method == "GET" || route.method == "PATCH" || route.method == "PUT" {
            headers.append(("ETag", headerSchema("The version of what was answered; send it back as If-Match.")))
        }
        if route.answersWithLocation {
            headers.append(("Location", headerSchema("The address of the record created.")))
        }
        if !headers.isEmpty { success.append(("headers", .object(headers))) }
        var responses: [(String, JSONValue)] = [(String(route.success.status), .object(success))]
        if let other = route.otherSuccess {
            responses.append(
                (
                    String(other.status),
                    .object([
                        ("description", .string(HTTPStatus(other.status).reason)),
                        ("content", .object([("application/json", .object([("schema", other.schema)]))])),
                    ])
                ))
        }
        if route.method == "GET" { responses.append(("304", .object([("description", .string("Not Modified"))]))) }
        let errors =
            (route.isPublic
                ? [400]
                : [
                    400, 401, 403, 404, 429,
                    503,
                ]) + route.errors + (route.body == nil ? [] : [415])
        for status in Set(errors).sorted() {
            responses.append(
                (
                    String(status),
                    .object([
                        ("description", .string(HTTPStatus(status).reason)),
                        (
                            "content",
                            .object([("application/problem+json", .object([("schema", Schemas.ref("Problem"))]))])
                        ),
                    ])
                ))
        }
        return .object(responses)
    }
}
