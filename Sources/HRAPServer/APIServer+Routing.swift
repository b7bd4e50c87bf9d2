import Foundation
import HRAPCore
import HRAPUseCases
import HTTPServing
import Hashing
import JSONCoding

extension APIServer {
    /// Finds the route, signs the client in, checks the caller's rights and the query, runs the handler, and adds
    /// entity tags to reads.
    func route(_ request: HTTPRequest) throws -> HTTPResponse {
        let (route, parameters, principal) = try admitted(request)
        let api = APIRequest(
            http: request, principal: principal, service: service, parameters: parameters,
            query: try query(request, route: route), today: options.today(), caches: caches)
        var response = try route.handler(api)
        if response.status == .created, response.headers["Location"] == nil, var location = route.location {
            for (name, value) in parameters {
                location = location.replacing("{\(name)}", with: PathText.escaped(value))
            }
            response.headers.set("Location", location)
        }
        if request.method == "GET" || request.method == "HEAD", response.status == .ok {
            response = conditional(response, request)
        }
        return response
    }

    /// What is decided before a body is read: the route, the principal, and whether the principal may write there
    /// at all (a plan it may not read is not found, a write it may not make is forbidden), so that a body is never
    /// read, or checked, for a caller without the right to send it. Called on the head alone by the HTTP layer, and
    /// again with the whole request.
    func admitted(_ request: HTTPRequest) throws -> (APIRoute, [String: String], Principal) {
        guard let segments = PercentDecoding.segments(request.path) else {
            // A segment that decodes to a slash, a control character, '.' or '..' names nothing hrap serves.
            guard PercentDecoding.isWellFormed(request.path) else {
                throw APIError.badQuery("the path is malformed (a broken escape, or bytes that are not UTF-8)")
            }
            throw APIError.noRoute
        }
        let method = request.method == "HEAD" ? "GET" : request.method
        let route: APIRoute, parameters: [String: String]
        switch router.match(method: request.method, segments: segments) {
        case .found(let found, let decoded): (route, parameters) = (found, decoded)
        case .methodNotAllowed(let allowed): throw APIError.methodNotAllowed(allowed: allowed)
        case .notFound: throw APIError.noRoute
        }
        let principal = route.isPublic ? Principal(name: "anonymous", role: .viewer) : try signIn(request)
        guard method != "GET" else { return (route, parameters, principal) }
        if options.readOnly {
            throw ServiceError.forbidden(principal: principal.name, request: AccessRequest(.write, .database))
        }
        let plan = route.operationID == "updatePlan" ? parameters["code"] : parameters["plan"]
        try service.mayWrite(route.writes, plan: plan, as: principal)
        return (route, parameters, principal)
    }

    /// The answer to a head that announces a body, when the request must be refused before the body is read.
    func admit(_ head: RequestHead, from address: String) -> HTTPResponse? {
        do {
            _ = try admitted(HTTPRequest(head: head, remoteAddress: address))
            return nil
        } catch {
            return handleFailure(error, HTTPRequest(head: head, remoteAddress: address))
        }
    }

    /// The principal of the bearer token (the service's sign-in, throttled by address and token); a request without
    /// any token is no guess (plain 401).
    private func signIn(_ request: HTTPRequest) throws -> Principal {
        guard let header = request.headers["Authorization"] else { throw APIError.unauthenticated }
        let parts = header.split(separator: " ", maxSplits: 1)
        let presented =
            parts.count == 2 && parts[0].lowercased() == "bearer"
            ? String(parts[1]).trimmingCharacters(in: .whitespaces) : header
        guard let principal = try service.signIn(presenting: presented, from: request.remoteAddress) else {
            throw APIError.unauthenticated
        }
        return principal
    }

    /// The query's parameters: each known to the route and given once.
    private func query(_ request: HTTPRequest, route: APIRoute) throws -> [String: String] {
        guard let pairs = PercentDecoding.query(request.query) else {
            throw APIError.badQuery("the query is malformed")
        }
        var query: [String: String] = [:]
        let known = route.query.map(\.name)
        for (name, value) in pairs {
            guard known.contains(name) else { throw APIError.unknownQueryParameter(name, known: known) }
            guard query[name] == nil else { throw APIError.badQuery("\(name) is given more than once") }
            query[name] = value
        }
        for parameter in route.query where parameter.required && query[parameter.name] == nil {
            throw APIError.badQuery("\(parameter.name) is required")
        }
        return query
    }

    /// Adds an entity tag (unless the handler set one) and answers 304 when the client has it already.
    private func conditional(_ response: HTTPResponse, _ request: HTTPRequest) -> HTTPResponse {
        var response = response
        let etag = response.headers["ETag"] ?? Self.etag(of: response.body)
        response.headers.set("ETag", etag)
        let given = (request.headers["If-None-Match"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if given.contains(etag) || given.contains("*") {
            var notModified = HTTPResponse(status: .notModified)
            notModified.headers.set("ETag", etag)
            return notModified
        }
        return response
    }

    /// A strong entity tag of a body: its FNV-1a hash.
    static func etag(of body: [UInt8]) -> String {
        FNV1a.entityTag(body)
    }
}
