import Foundation
import HRAPCore
import HRAPUseCases
import HTTPServing
import Mustache

/// A person's own page (their sessions, password and tokens) and the page where an invited person sets a password.
enum AccountPages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/welcome/{secret}", handler: welcome),
            WebRoute("POST", "/welcome/{secret}", handler: setPassword),
            WebRoute("GET", "/account", .signedIn, handler: { try page($0) }),
            WebRoute("POST", "/account/sessions/end", .signedIn, handler: endSessions),
            WebRoute("POST", "/account/password", .signedIn, handler: changePassword),
            WebRoute("POST", "/account/tokens", .signedIn, handler: createToken),
            WebRoute("POST", "/account/tokens/revoke", .signedIn, handler: revokeToken),
        ]
    }

    // MARK: Setting a password through a link

    private static func welcome(_ request: WebRequest) throws -> HTTPResponse {
        try welcomeForm(request, problems: [], status: .ok)
    }

    private static func welcomeForm(_ request: WebRequest, problems: [String], status: HTTPStatus) throws
        -> HTTPResponse
    {
        let (account, purpose) = try request.service.linkHolder(request.path("secret"))
        let path = "/welcome/" + request.path("secret")
        let (csrf, cookie) = try PreSessionForm.issue(request, path: path)
        var response = try request.site.page(
            "welcome.html",
            .object([
                "csrf": .string(csrf), "action": .string(path), "username": .string(account.username),
                "name": .string(account.displayName), "reset": .bool(purpose == .reset),
                "rules": .string(
                    request.label(
                        "web.password.rules", ["minimum": String(request.service.passwords.rules.minimumLength)])
                ),
                "errors": .list(problems.map { .string($0) }), "has_errors": .bool(!problems.isEmpty),
            ]), request, status: status)
        response.headers.add("Set-Cookie", cookie)
        WebSite.secure(&response, personal: true)
        return response
    }

    private static func setPassword(_ request: WebRequest) throws -> HTTPResponse {
        let form = try PreSessionForm.checked(request, path: "/welcome/" + request.path("secret"))
        let password = form.value("password") ?? ""
        guard password == form.value("repeat") else {
            return try welcomeForm(request, problems: [request.label("web.password.mismatch")], status: .badRequest)
        }
        do {
            _ = try request.service.setPassword(link: request.path("secret"), password: password)
        } catch ServiceError.invalid(let error) {
            return try welcomeForm(request, problems: error.problems.map { word($0, request) }, status: .badRequest)
        }
        return WebSite.redirect(
            "/sign-in?done=password" + (request.explicitLanguage ? "&lang=\(request.language)" : ""))
    }

    /// A problem of an account form in the reader's language: `web.problem.PATH.CODE`, else `web.problem.CODE`,
    /// else the service's English message.
    static func word(_ problem: ValidationProblem, _ request: WebRequest) -> String {
        let rules = request.service.passwords.rules
        let values = ["minimum": String(rules.minimumLength), "maximum": String(rules.maximumLength)]
        for key in ["web.problem.\(problem.path).\(problem.code)", "web.problem.\(problem.code)"] {
            let worded = request.label(key, values)
            if worded != key { return worded }
        }
        return problem.message
    }

    // MARK: The person's own page

    static func page(
        _ request: WebRequest, problems: [String] = [], newToken: String? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let principal = request.principal
        guard let username = principal.account else { throw WebError.forbidden }
        let account = try request.service.account(username, as: principal)
        let sessions = try request.service.sessions(
            of: username, at: request.site.timestamp, limits: request.site.limits, as: principal)
        let tokens = try request.service.ownTokens(as: principal)
        return try request.site.page(
            "account.html",
            .object([
                "csrf": .string(request.session?.csrf ?? ""), "username": .string(account.username),
                "name": .string(account.displayName), "grants": .list(account.grants.map { grant(grant: $0, request) }),
                "sessions": .list(sessions.map { session($0, current: $0.id == request.session?.id, request) }),
                "tokens": .list(tokens.map { token($0, request) }), "has_tokens": .bool(!tokens.isEmpty),
                "grant_options": .list(grantOptions(account, request)),
                "rules": .string(
                    request.label(
                        "web.password.rules", ["minimum": String(request.service.passwords.rules.minimumLength)])
                ),
                "errors": .list(problems.map { .string($0) }), "has_errors": .bool(!problems.isEmpty),
                "new_token": newToken.map { .string($0) } ?? .null,
            ]), request, status: status)
    }

    private static func endSessions(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let username = request.principal.account ?? ""
        let id = form.value("session").flatMap { Int64($0) }
        let ended = try request.service.endSessions(of: username, id: id, as: request.principal)
        if id == nil || id == request.session?.id {
            var response = WebSite.redirect("/sign-in" + request.languageSuffix)
            response.headers.add("Set-Cookie", SessionRoutes.cookie("hrap_session", "", path: "/", maxAge: 0, request))
            return response
        }
        if let session = request.session {
            request.site.sessions.say(
                request.label("web.account.sessions_ended", ["count": String(ended)]), to: session)
        }
        return WebSite.redirect("/account" + request.languageSuffix)
    }

    private static func changePassword(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let password = form.value("password") ?? ""
        guard password == form.value("repeat") else {
            return try page(request, problems: [request.label("web.password.mismatch")], status: .badRequest)
        }
        do {
            try request.service.changePassword(
                current: form.value("current") ?? "", new: password, as: request.principal)
        } catch ServiceError.invalid(let error) {
            return try page(request, problems: error.problems.map { word($0, request) }, status: .badRequest)
        }
        if let session = request.session {
            request.site.sessions.say(request.label("web.account.password_changed"), to: session)
        }
        return WebSite.redirect("/account" + request.languageSuffix)
    }

    private static func createToken(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let name = (form.value("name") ?? "").trimmingCharacters(in: .whitespaces)
        guard let grant = AccessGrant(form.value("grant") ?? "") else {
            return try page(request, problems: [request.label("web.account.token_grant")], status: .badRequest)
        }
        let expires = CalendarDate(form.value("expires") ?? "")
        if !(form.value("expires") ?? "").isEmpty, expires == nil {
            return try page(request, problems: [request.label("web.problem.date")], status: .badRequest)
        }
        do {
            let (secret, _) = try request.service.createOwnToken(
                name: name, grant: grant, expires: expires, as: request.principal)
            return try page(request, newToken: secret, status: .created)
        } catch ServiceError.invalid(let error) {
            return try page(request, problems: error.problems.map { word($0, request) }, status: .badRequest)
        }
    }

    private static func revokeToken(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let token = try request.service.revokeOwnToken(form.value("token") ?? "", as: request.principal)
        if let session = request.session {
            request.site.sessions.say(request.label("web.account.token_revoked", ["name": token.name]), to: session)
        }
        return WebSite.redirect("/account" + request.languageSuffix)
    }

    // MARK: Models

    static func grant(grant: AccessGrant, _ request: WebRequest) -> MustacheValue {
        .string(
            request.label("web.role." + grant.role.rawValue)
                + ((grant.government ?? grant.reviewer).map { ": " + $0 } ?? ""))
    }

    static func session(_ session: StoredSession, current: Bool, _ request: WebRequest) -> MustacheValue {
        .object([
            "id": .string(String(session.id)), "client": .string(session.client), "method": .string(session.method),
            "created": .string(time(session.created, request)), "last_seen": .string(time(session.lastSeen, request)),
            "current": .bool(current),
        ])
    }

    /// A moment as people read it: the day in their language and the time in UTC.
    static func time(_ time: Timestamp, _ request: WebRequest) -> String {
        let clock = time.description.dropFirst(11).prefix(5)
        return request.locale.date(time.date) + ", " + clock + " UTC"
    }

    static func token(_ token: AccessToken, _ request: WebRequest) -> MustacheValue {
        let state = token.state(on: request.today)
        return .object([
            "name": .string(token.name), "role": .string(token.role),
            "scope": .string(token.government ?? token.reviewer ?? ""),
            "expires": .string(token.expires?.description ?? "—"),
            "state": .string(request.label("web.token_state." + state.rawValue)), "active": .bool(state == .active),
            "owner": .string(token.owner ?? "—"),
        ])
    }

    /// The grants a person may give their own token: each of theirs (but a draft viewer's, which tokens cannot
    /// hold), and a viewer's.
    private static func grantOptions(_ account: Account, _ request: WebRequest) -> [MustacheValue] {
        var grants = account.grants.filter { !($0.role == .viewer && $0.government != nil) }
        if !grants.contains(AccessGrant(.viewer)) { grants.append(AccessGrant(.viewer)) }
        return grants.map { .object(["value": .string($0.description), "label": grant(grant: $0, request)]) }
    }
}
