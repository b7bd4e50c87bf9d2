import HTTPServing
import JSONCoding

/// What needs no token: the API's own description and a health check.
enum MetaRoutes {
    static func routes() -> [APIRoute] {
        [
            APIRoute(
                method: "GET", pattern: PathPattern(APIRoutes.base + "/openapi.json"), operationID: "openAPI",
                summary: "This API's OpenAPI 3.1 document.", tag: "Meta",
                success: (200, .object([("type", .string("object"))]), "application/json"), isPublic: true
            ) { request in
                let gzip = ContentCoding.acceptsGzip(request.http.headers["Accept-Encoding"])
                var response = HTTPResponse(
                    status: .ok, body: gzip ? OpenAPIDocument.gzipped : OpenAPIDocument.bytes)
                response.headers.set("Content-Type", "application/json")
                response.headers.set("Cache-Control", "public, max-age=300")
                response.headers.set("Vary", "Accept-Encoding")
                if gzip { response.headers.set("Content-Encoding", "gzip") }
                return response
            },
            APIRoute(
                method: "GET", pattern: PathPattern(APIRoutes.base + "/health"), operationID: "health",
                summary: "Whether the service answers and reads its database.", tag: "Meta",
                success: (200, .object([("type", .string("object"))]), "application/json"), isPublic: true
            ) { request in
                let published = try request.service.plans(as: request.principal).count
                return Reply.json(
                    .object([("status", .string("ok")), ("published_plans", .integer(Int64(published)))]))
            },
        ]
    }
}
