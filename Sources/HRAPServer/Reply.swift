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

    /// One page of a list: `items` and the `next_cursor` to ask for the next page (null on the last).
    static func page(_ items: [JSONValue], _ request: APIRequest) throws -> HTTPResponse {
        let limit = try request.integer("limit", in: 1...1000, default: 100)
        let offset = try Cursor.offset(request.query["cursor"])
        let end = min(items.count, offset + limit)
        let slice = offset < items.count ? Array(items[offset..<end]) : []
        let next: JSONValue = end < items.count ? .string(Cursor.text(end)) : .null
        return json(.object([("items", .array(slice)), ("next_cursor", next)]))
    }

    /// One page of a list the service pages itself (``Page``): its items, and the cursor of the position after them.
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
            schema: .object([("type", .string("string")), ("pattern", .string("^[ok][0-9a-z]{1,12}$"))])),
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

/// The position in a list, as an opaque text clients pass back: an offset into a short list read whole (`o…`), or
/// the key after which a list paged in SQL continues (`k…`).
enum Cursor {
    static func text(_ offset: Int) -> String { "o" + String(offset, radix: 36) }

    static func text(key: Int64) -> String { "k" + String(key, radix: 36) }

    static func offset(_ text: String?) throws -> Int {
        Int(try value(text, prefix: "o"))
    }

    static func key(_ text: String?) throws -> Int64 {
        try value(text, prefix: "k")
    }

    private static func value(_ text: String?, prefix: Character) throws -> Int64 {
        guard let text else { return 0 }
        guard text.first == prefix, let value = Int64(text.dropFirst(), radix: 36), value >= 0, value < 1 << 53 else {
            throw APIError.badQuery("cursor: '\(text)' is not a cursor this server gave for this list")
        }
        return value
    }
}
