import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// The audit log and the tokens.
enum AdminRoutes {
    static func routes() -> [APIRoute] {
        [audit(), listTokens(), createToken(), revokeToken()]
    }

    private static func audit() -> APIRoute {
        let text: JSONValue = .object([("type", .string("string"))])
        return .get(
            APIRoutes.base + "/audit", "audit", "The audit log, newest first: who changed what, when.",
            tag: "Admin",
            query: [
                .init(
                    name: "plan", description: "Rows of this plan (officers: their own plans only).",
                    schema: text),
                .init(name: "entity", description: "Rows of this entity (e.g. measurement).", schema: text),
                .init(name: "actor", description: "Rows written by this actor.", schema: text),
                .init(
                    name: "since", description: "Rows at or after this time (ISO 8601, UTC).",
                    schema: .object([("type", .string("string")), ("format", .string("date-time"))])),
                .init(
                    name: "limit", description: "The most rows (1–10000, default 100).",
                    schema: .object([
                        ("type", .string("integer")), ("minimum", .integer(1)),
                        (
                            "maximum",
                            .integer(10000)
                        ),
                    ])),
            ],
            schema: .object([("type", .string("array")), ("items", Schemas.ref("AuditEntry"))])
        ) { request in
            let since = try request.query["since"].map { text in
                guard let time = Timestamp(text) else {
                    throw APIError.badQuery("since: '\(text)' is not a time like 2026-01-31T12:00:00Z")
                }
                return time
            }
            let filter = AuditFilter(
                plan: request.query["plan"], entity: request.query["entity"], actor: request.query["actor"],
                since: since,
                limit: try request.integer("limit", in: 1...10000, default: 100))
            return Reply.json(.array(try request.service.audit(filter, as: request.principal).map { $0.json() }))
        }
    }

    private static func listTokens() -> APIRoute {
        .get(
            APIRoutes.base + "/tokens", "listTokens", "Every token (never the tokens themselves).", tag: "Admin",
            schema: .object([("type", .string("array")), ("items", Schemas.ref("Token"))])
        ) { request in
            let tokens = try request.service.tokens(as: request.principal)
            return Reply.json(.array(tokens.map { $0.json(stateOn: request.today) }))
        }
    }

    private static func createToken() -> APIRoute {
        let text: JSONValue = .object([("type", .string("string"))])
        let body: JSONValue = .object([
            ("type", .string("object")), ("additionalProperties", .bool(false)),
            ("required", .array([.string("name"), .string("role")])),
            (
                "properties",
                .object([
                    ("name", text),
                    (
                        "role",
                        .object([
                            (
                                "enum",
                                .array(Principal.Role.allCases.map { .string($0.rawValue) })
                            )
                        ])
                    ),
                    ("government", text), ("reviewer", text),
                    ("expires", .object([("type", .string("string")), ("format", .string("date"))])),
                ])
            ),
        ])
        return .write(
            "POST", APIRoutes.base + "/tokens", "createToken",
            "Create a token; the response holds it once, and it is never shown again.", tag: "Admin",
            body: body, status: 201, schema: Schemas.ref("CreatedToken")
        ) { request in
            let members = try request.jsonObject()
            let known = ["name", "role", "government", "reviewer", "expires"]
            if let unknown = members.first(where: { !known.contains($0.0) }) {
                throw APIError.badBody("unknown field '\(unknown.0)'")
            }
            func value(_ name: String) -> String? { members.last { $0.0 == name }?.1.string }
            guard let name = value("name"), let role = value("role").flatMap(Principal.Role.init) else {
                throw APIError.badBody("name and role (admin, officer, reviewer or viewer) are required")
            }
            let expires = try value("expires").map { text in
                guard let date = CalendarDate(text) else { throw APIError.badBody("expires: '\(text)' is not a date") }
                return date
            }
            let (token, record) = try request.service.createToken(
                TokenRequest(
                    name: name, role: role, government: value("government"), reviewer: value("reviewer"),
                    expires: expires), as: request.principal)
            var response = Reply.json(
                .object([("token", .string(token)), ("record", record.json())]), status: .created)
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    private static func revokeToken() -> APIRoute {
        APIRoute(
            method: "DELETE", pattern: PathPattern(APIRoutes.base + "/tokens/{name}"), operationID: "revokeToken",
            summary: "Revoke a token for good (it stays listed as revoked).", tag: "Admin",
            success: (200, Schemas.ref("Token"), "application/json"), errors: [409]
        ) { request in
            Reply.json(try request.service.revokeToken(request.path("name"), as: request.principal).json())
        }
    }
}
