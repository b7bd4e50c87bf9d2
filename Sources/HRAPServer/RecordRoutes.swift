import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// List, read, create and change for every record type, built from its schema like the CLI's record commands.
struct RecordRoutes<R: IdentifiedRecord> {
    /// The path of the collection, e.g. `/api/v1/plans/{plan}/actions`.
    let collection: String
    /// The component schema's name, e.g. `Action`.
    let name: String
    let tag: String
    /// Whether records belong to a plan (`{plan}` in the path).
    let planScoped: Bool

    private var plural: String { name.hasSuffix("y") ? name.dropLast() + "ies" : name + "s" }

    /// Routes for records identified by a code: list, create, read one, change one.
    func byCode() -> [APIRoute] {
        let item = collection + "/{code}"
        return [
            list(),
            APIRoute.write(
                "POST", collection, "create\(name)", "Create \(article) \(spoken).", tag: tag,
                body: Schemas.ref(name), status: 201, schema: Schemas.ref(name), errors: [409]
            ) { request in
                let members = try request.jsonObject()
                let code = members.last { $0.0 == "code" }?.1
                let record = try request.service.saveRecord(
                    R.self, plan: planScoped ? request.path("plan") : nil, mode: .create, identity: [code],
                    changes: members, as: request.principal
                ).record
                let encoded = R.schema.encode(record)
                return Reply.saved(encoded, created: true, location: location(request, code: code?.string ?? ""))
            }.withLocation(),
            .get(item, "get\(name)", "One \(spoken) by its code.", tag: tag, schema: Schemas.ref(name)) { request in
                Reply.json(R.schema.encode(try one(request)))
            },
            .write(
                "PATCH", item, "update\(name)",
                "Change fields of \(article) \(spoken); send If-Match with the ETag you read "
                    + "(412 if it changed since).",
                tag: tag, body: Schemas.patch(name), schema: Schemas.ref(name), errors: [412, 428]
            ) { request in
                let members = try request.jsonObject()
                if let code = members.first(where: { $0.0 == "code" })?.1, code != .string(request.path("code")) {
                    throw APIError.badBody("a record's code cannot be changed here")
                }
                let record = try request.service.saveRecord(
                    R.self, plan: planScoped ? request.path("plan") : nil, mode: .update,
                    identity: [.string(request.path("code"))], changes: members,
                    expecting: .some(request.http.headers["If-Match"]), as: request.principal
                ).record
                return Reply.saved(R.schema.encode(record), created: false, location: "")
            },
        ]
    }

    /// Routes for records identified by several fields (budget lines, not-applicable marks): list, and set by
    /// identity (created or changed).
    func byIdentity(_ identity: [String]) -> [APIRoute] {
        [
            list(),
            .write(
                "PUT", collection, "set\(name)",
                "Create or change \(article) \(spoken), found by " + identity.joined(separator: ", ") + ".",
                tag: tag, body: Schemas.ref(name), schema: Schemas.ref(name), errors: [409]
            ) { request in
                let members = try request.jsonObject()
                let key = identity.map { field in members.last { $0.0 == field }?.1 }.map { $0 == .null ? nil : $0 }
                let record = try request.service.saveRecord(
                    R.self, plan: request.path("plan"), mode: .upsert, identity: key, changes: members,
                    as: request.principal
                ).record
                return Reply.saved(R.schema.encode(record), created: false, location: "")
            },
        ]
    }

    private func list() -> APIRoute {
        .get(
            collection, "list\(plural)", "The \(spoken)s, in the order they were recorded.", tag: tag,
            query: Reply.pageQuery, schema: Reply.pageSchema(Schemas.ref(name))
        ) { [planScoped] request in
            let page = try request.service.records(
                R.self, plan: planScoped ? request.path("plan") : nil, after: try Cursor.key(request.query["cursor"]),
                limit: try Reply.limit(request), as: request.principal)
            return Reply.page(page, encode: R.schema.encode)
        }
    }

    private func one(_ request: APIRequest) throws -> R {
        try request.service.record(
            R.self, plan: planScoped ? request.path("plan") : nil, code: request.path("code"), as: request.principal)
    }

    private func location(_ request: APIRequest, code: String) -> String {
        var path = collection
        for (name, value) in request.parameters { path = path.replacing("{\(name)}", with: PathText.escaped(value)) }
        return path + "/" + PathText.escaped(code)
    }

    private var spoken: String { R.schema.entity.replacing("_", with: " ") }
    private var article: String { "aeiou".contains(spoken.first ?? "x") ? "an" : "a" }
}

/// Text for a path segment.
enum PathText {
    /// Percent-encodes everything but unreserved characters (RFC 3986 section 2.3).
    static func escaped(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(UnicodeScalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
