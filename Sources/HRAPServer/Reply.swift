import HRAPUseCases
import HTTPServing
import JSONCoding

/// The responses handlers build: JSON bodies, created records, pages of a list.
enum Reply {
    /// A JSON body.
    static func json(_ value: JSONValue, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: Array(JSONWriter.compact(value).utf8))
    }

    /// A record just written: 201 with its location, or 200 when it existed; its entity tag either way.
    static func saved(_ value: JSONValue, created: Bool, location: String) -> HTTPResponse {
        var response = json(value, status: created ? .created : .ok)
        response.headers.set("ETag", APIServer.etag(of: response.body))
        if created { response.headers.set("Location", location) }
        return response
    }

    /// The most items a page of a list holds: `limit`, 1–1000, 100 when not given.
    static func limit(_ request: APIRequest) throws -> Int {
        try request.integer("limit", in: 1...1000, default: 100)
    }

    /// One page of a list, paged by the service in SQL (``Page``): `items`, and the `next_cursor` to ask for the
    /// next page (null on the last).
    static func page<Item>(_ page: Page<Item>, encode: (Item) -> JSONValue) -> HTTPResponse {
        let next: JSONValue = page.next.map { .string(Cursor.text(key: $0)) } ?? .null
        return json(.object([("items", .array(page.items.map(encode))), ("next_cursor", next)]))
    }

    /// The query parameters every list takes.
    static let pageQuery: [APIRoute.Query] = [
        .init(
            name: "limit", description: "The most items in one page (1–1000, default 100).",
            schema: .object([("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(1000))])),
        .init(
            name: "cursor", description: "The `next_cursor` of the previous page (opaque).",
            schema: .object([("type", .string("string")), ("pattern", .string("^k[0-9a-z]{1,12}$"))])),
    ]

    /// The schema of a page of items.
    static func pageSchema(_ item: JSONValue) -> JSONValue {
        .object([
            ("type", .string("object")), ("required", .array([.string("items"), .string("next_cursor")])),
            (
                "properties",
                .object([
                    ("items", .object([("type", .string("array")), ("items", item)])),
                    ("next_cursor", .object([("type", .array([.string("string"), .string("null")]))])),
                ])
            ),
        ])
    }
}

/// The position in a list, as an opaque text clients pass back: the key after which a list paged in SQL continues
/// (`k…`), so that values recorded between two pages are neither skipped nor repeated.
enum Cursor {
    static func text(key: Int64) -> String { "k" + String(key, radix: 36) }

    static func key(_ text: String?) throws -> Int64 {
        guard let text else { return 0 }
        guard text.first == "k", let value = Int64(text.dropFirst(), radix: 36), value >= 0, value < 1 << 53 else {
            throw APIError.badQuery("cursor: '\(text)' is not a cursor this server gave for this list")
        }
        return value
    }
}
