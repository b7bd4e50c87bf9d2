import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Hashing
import Mustache

/// Signing in (user name and password, or an API token), signing out, and the signed-in user's workspace.
enum SessionRoutes {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/sign-in", handler: signInForm),
            WebRoute("POST", "/sign-in", handler: signIn),
            WebRoute("POST", "/sign-out", .signedIn, handler: signOut),
            WebRoute("GET", "/workspace", .signedIn, handler: Workspace.page),
        ]
    }

    /// The sign-in form; `?done=password` greets a person who has just set their password.
    private static func signInForm(_ request: WebRequest) throws -> HTTPResponse {
        let notice = request.query["done"] == "password" ? request.label("web.sign_in.password_set") : nil
        return try form(request, next: request.query["next"] ?? "", error: nil, notice: notice, status: .ok)
    }

    private static func form(
        _ request: WebRequest, next: String, error: String?, notice: String? = nil, username: String = "",
        status: HTTPStatus
    ) throws -> HTTPResponse {
        let (csrf, cookie) = try PreSessionForm.issue(request, path: "/sign-in")
        var response = try request.site.page(
            "sign-in.html",
            .object([
                "csrf": .string(csrf), "next": .string(localPath(next) ?? ""), "username": .string(username),
                "error": error.map { .string($0) } ?? .null, "notice": notice.map { .string($0) } ?? .null,
            ]), request, status: status)
        response.headers.add("Set-Cookie", cookie)
        WebSite.secure(&response, personal: true)
        return response
    }

    /// Signs in with a user name and password, or with an API token (the form's second part). A refusal says the
    /// same for an unknown user, a wrong password and a disabled account.
    private static func signIn(_ request: WebRequest) throws -> HTTPResponse {
        let form = try PreSessionForm.checked(request, path: "/sign-in")
        let next = localPath(form.value("next") ?? "") ?? "/workspace"
        let token = (form.value("token") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let username = (form.value("username") ?? "").trimmingCharacters(in: .whitespaces)
        let begun: BegunSession?
        if token.isEmpty {
            begun = try request.service.signIn(
                username: username, password: form.value("password") ?? "", from: request.http.remoteAddress,
                client: WebSite.client(request.http), at: request.site.timestamp)
        } else {
            begun = try request.service.signIn(presenting: token, from: request.http.remoteAddress).map {
                try request.service.beginSession(
                    tokenHash: HRAPService.tokenHash(token), principal: $0, client: WebSite.client(request.http),
                    at: request.site.timestamp)
            }
        }
        guard let begun else {
            let key = token.isEmpty ? "web.sign_in.refused_password" : "web.sign_in.refused"
            return try self.form(
                request, next: next, error: request.label(key), username: username, status: .unauthorized)
        }
        var response = WebSite.redirect(next)
        response.headers.add(
            "Set-Cookie",
            cookie("hrap_session", begun.cookie, path: "/", maxAge: Int(request.site.options.sessionLifetime), request))
        response.headers.add("Set-Cookie", cookie("hrap_signin", "", path: "/sign-in", maxAge: 0, request))
        return response
    }

    private static func signOut(_ request: WebRequest) throws -> HTTPResponse {
        if let session = request.session, let cookie = WebSite.cookie("hrap_session", in: request.http) {
            try request.service.endSession(cookie: cookie, as: session.principal)
        }
        var response = WebSite.redirect("/" + request.languageSuffix)
        response.headers.add("Set-Cookie", cookie("hrap_session", "", path: "/", maxAge: 0, request))
        return response
    }

    /// A cookie only this site's own pages send back: `HttpOnly`, `SameSite=Strict`, and `Secure` behind TLS.
    static func cookie(_ name: String, _ value: String, path: String, maxAge: Int, _ request: WebRequest) -> String {
        "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict"
            + (request.isBehindTLS ? "; Secure" : "")
    }

    /// A path on this site to go to after signing in; nil for anything else (no open redirect).
    static func localPath(_ text: String) -> String? {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
            !text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return nil }
        return text
    }
}

/// The CSRF protection of a form shown before there is a session (signing in, setting a password): a random token
/// in the form and in a cookie for the form's path only, which must match when it is posted.
enum PreSessionForm {
    /// A new token, and the cookie that holds it for an hour.
    static func issue(_ request: WebRequest, path: String) throws -> (csrf: String, cookie: String) {
        let csrf = Hex.encode(try SecureRandom.bytes(32))
        return (csrf, SessionRoutes.cookie("hrap_signin", csrf, path: path, maxAge: 3600, request))
    }

    /// The posted form, once its token matches the cookie's.
    static func checked(_ request: WebRequest, path: String) throws -> FormData {
        let form = try FormData(request.http)
        let expected = WebSite.cookie("hrap_signin", in: request.http) ?? ""
        guard let given = form.value("csrf"), !expected.isEmpty,
            ConstantTime.equal(Array(given.utf8), Array(expected.utf8))
        else { throw WebError.badCSRF }
        return form
    }
}
