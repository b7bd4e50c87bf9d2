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
            ) { _ in
                var response = Reply.json(OpenAPIDocument.shared)
                response.headers.set("Cache-Control", "public, max-age=300")
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
