import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// The administrator's pages for people: invite, change roles, disable or enable, make a reset link, end sessions;
/// with the sessions and tokens in use and the audit rows of each person. The service decides who may.
enum PeoplePages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/admin/people", .signedIn, handler: { try list($0) }),
            WebRoute("POST", "/admin/people", .signedIn, handler: invite),
            WebRoute("GET", "/admin/people/{username}", .signedIn, handler: { try person($0) }),
            WebRoute("POST", "/admin/people/{username}", .signedIn, handler: change),
            WebRoute("POST", "/admin/people/{username}/state", .signedIn, handler: setState),
            WebRoute("POST", "/admin/people/{username}/reset", .signedIn, handler: reset),
            WebRoute("POST", "/admin/people/{username}/sessions/end", .signedIn, handler: endSessions),
        ]
    }

    private static func list(
        _ request: WebRequest, form: [String: String] = [:], problems: [String] = [], link: IssuedLink? = nil,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let service = request.service, principal = request.principal
        let accounts = try service.accounts(as: principal)
        let sessions = try service.liveSessions(at: request.site.timestamp, limits: request.site.limits, as: principal)
        return try request.site.page(
            "people.html",
            .object([
                "csrf": .string(request.session?.csrf ?? ""),
                "people": .list(accounts.map { account($0, request) }),
                "sessions": .list(
                    sessions.map {
                        .object([
                            "holder": .string($0.holder), "client": .string($0.session.client),
                            "method": .string($0.session.method),
                            "created": .string(AccountPages.time($0.session.created, request)),
                            "last_seen": .string(AccountPages.time($0.session.lastSeen, request)),
                        ])
                    }),
                "tokens": .list(try service.tokens(as: principal).map { AccountPages.token($0, request) }),
                "governments": .string(try service.governments(as: principal).map(\.code).joined(separator: ", ")),
                "username": .string(form["username"] ?? ""), "display_name": .string(form["display_name"] ?? ""),
                "grants_text": .string(form["grants"] ?? ""),
                "errors": .list(problems.map { .string($0) }), "has_errors": .bool(!problems.isEmpty),
                "link": link.map { issued($0, request) } ?? .null,
            ]), request, status: status)
    }

    private static func invite(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let values = ["username", "display_name", "grants"].reduce(into: [String: String]()) {
            $0[$1] = (form.value($1) ?? "").trimmingCharacters(in: .whitespaces)
        }
        let (grants, bad) = parse(values["grants"] ?? "", request)
        do {
            guard bad.isEmpty else { return try list(request, form: values, problems: bad, status: .badRequest) }
            let link = try request.service.inviteAccount(
                AccountRequest(
                    username: values["username"] ?? "", displayName: values["display_name"] ?? "", grants: grants),
                as: request.principal)
            return try list(request, link: link, status: .created)
        } catch ServiceError.invalid(let error) {
            return try list(
                request, form: values, problems: error.problems.map { word($0, request) }, status: .badRequest)
        } catch ServiceError.duplicate {
            return try list(
                request, form: values, problems: [request.label("web.people.duplicate")], status: .conflict)
        }
    }

    static func person(
        _ request: WebRequest, problems: [String] = [], link: IssuedLink? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let service = request.service, principal = request.principal
        let account = try service.account(request.path("username"), as: principal)
        guard principal.role == .admin else { throw WebError.forbidden }
        let sessions = try service.sessions(
            of: account.username, at: request.site.timestamp, limits: request.site.limits, as: principal)
        let audit = try service.audit(AuditFilter(label: account.username, limit: 50), as: principal)
        let base = "/admin/people/" + PublicPage.escape(account.username)
        return try request.site.page(
            "person.html",
            .object([
                "csrf": .string(request.session?.csrf ?? ""), "action": .string(base),
                "person": PeoplePages.account(account, request),
                "grants_text": .string(account.grants.map(\.description).joined(separator: "\n")),
                "disabled": .bool(account.state == .disabled),
                "sessions": .list(sessions.map { AccountPages.session($0, current: false, request) }),
                "audit": .list(
                    audit.map {
                        .object([
                            "time": .string(AccountPages.time($0.time, request)), "actor": .string($0.actor),
                            "what": .string($0.operation.rawValue + " " + $0.entity.replacing("_", with: " ")),
                        ])
                    }),
                "errors": .list(problems.map { .string($0) }), "has_errors": .bool(!problems.isEmpty),
                "link": link.map { issued($0, request) } ?? .null,
            ]), request, status: status)
    }

    private static func change(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let username = request.path("username")
        let (grants, bad) = parse(form.value("grants") ?? "", request)
        guard bad.isEmpty else { return try person(request, problems: bad, status: .badRequest) }
        do {
            _ = try request.service.changeAccount(
                username,
                to: AccountRequest(
                    username: username,
                    displayName: (form.value("display_name") ?? "").trimmingCharacters(in: .whitespaces),
                    grants: grants), as: request.principal)
        } catch ServiceError.invalid(let error) {
            return try person(request, problems: error.problems.map { word($0, request) }, status: .badRequest)
        }
        return done(request, "web.people.saved")
    }

    private static func setState(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        do {
            _ = try request.service.setDisabled(
                form.value("disable") == "true", username: request.path("username"), as: request.principal)
        } catch ServiceError.invalid(let error) {
            return try person(request, problems: error.problems.map { word($0, request) }, status: .badRequest)
        }
        return done(request, form.value("disable") == "true" ? "web.people.disabled" : "web.people.enabled")
    }

    private static func reset(_ request: WebRequest) throws -> HTTPResponse {
        let link = try request.service.resetLink(for: request.path("username"), as: request.principal)
        return try person(request, link: link, status: .created)
    }

    private static func endSessions(_ request: WebRequest) throws -> HTTPResponse {
        _ = try request.service.endSessions(of: request.path("username"), as: request.principal)
        return done(request, "web.people.sessions_ended")
    }

    private static func done(_ request: WebRequest, _ key: String) -> HTTPResponse {
        if let session = request.session { request.site.sessions.say(request.label(key), to: session) }
        return WebSite.redirect("/admin/people/" + PublicPage.escape(request.path("username")) + request.languageSuffix)
    }

    /// Grants written one per line (`officer:GB-aldermoor`); each line that is not one is a problem.
    private static func parse(_ text: String, _ request: WebRequest) -> ([AccessGrant], [String]) {
        var grants: [AccessGrant] = [], problems: [String] = []
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let grant = AccessGrant(trimmed) {
                grants.append(grant)
            } else {
                problems.append(request.label("web.people.bad_grant", ["line": String(index + 1), "text": trimmed]))
            }
        }
        return (grants, problems)
    }

    private static func word(_ problem: ValidationProblem, _ request: WebRequest) -> String {
        request.label("web.people.field." + problem.path) + ": " + AccountPages.word(problem, request)
    }

    private static func account(_ account: Account, _ request: WebRequest) -> MustacheValue {
        .object([
            "username": .string(account.username), "name": .string(account.displayName),
            "href": .string("/admin/people/" + PublicPage.escape(account.username) + request.languageSuffix),
            "state": .string(request.label("web.account_state." + account.state.rawValue)),
            "grants": .list(account.grants.map { AccountPages.grant(grant: $0, request) }),
        ])
    }

    /// A one-time link to hand over, shown once: the site's address as the browser reached it.
    private static func issued(_ link: IssuedLink, _ request: WebRequest) -> MustacheValue {
        let host = request.http.headers["Host"] ?? "localhost"
        return .object([
            "url": .string((request.isBehindTLS ? "https://" : "http://") + host + "/welcome/" + link.secret),
            "username": .string(link.account.username), "expires": .string(AccountPages.time(link.expires, request)),
        ])
    }
}
