import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Hashing
import Mustache

/// Signing in with a token, signing out, and the signed-in user's workspace.
enum SessionRoutes {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/sign-in", handler: signInForm),
            WebRoute("POST", "/sign-in", handler: signIn),
            WebRoute("POST", "/sign-out", .signedIn, handler: signOut),
            WebRoute("GET", "/workspace", .signedIn, handler: Workspace.page),
        ]
    }

    /// The sign-in form; its CSRF token is also set as a cookie (the form has no session yet to hold it).
    private static func signInForm(_ request: WebRequest) throws -> HTTPResponse {
        try form(request, next: request.query["next"] ?? "", error: nil, status: .ok)
    }

    private static func form(_ request: WebRequest, next: String, error: String?, status: HTTPStatus) throws
        -> HTTPResponse
    {
        let csrf = Hex.encode(try SecureRandom.bytes(32))
        var response = try request.site.page(
            "sign-in.html",
            .object([
                "csrf": .string(csrf), "next": .string(localPath(next) ?? ""),
                "error": error.map { .string($0) } ?? .null,
            ]), request, status: status)
        response.headers.add("Set-Cookie", cookie("hrap_signin", csrf, path: "/sign-in", maxAge: 3600, request))
        WebSite.secure(&response, personal: true)
        return response
    }

    private static func signIn(_ request: WebRequest) throws -> HTTPResponse {
        let form = try FormData(request.http)
        let expected = WebSite.cookie("hrap_signin", in: request.http) ?? ""
        guard let given = form.value("csrf"), !expected.isEmpty,
            ConstantTime.equal(Array(given.utf8), Array(expected.utf8))
        else { throw WebError.badCSRF }
        let next = localPath(form.value("next") ?? "") ?? "/workspace"
        let token = (form.value("token") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let principal = try request.service.signIn(presenting: token, from: request.http.remoteAddress) else {
            return try self.form(
                request, next: next, error: request.label("web.sign_in.refused"), status: .unauthorized)
        }
        let (value, _) = try request.site.sessions.create(
            tokenHash: HRAPService.tokenHash(token), principal: principal, now: request.site.options.now())
        var response = WebSite.redirect(next)
        response.headers.add(
            "Set-Cookie",
            cookie(
                "hrap_session", value, path: "/",
                maxAge: Int(request.site.options.sessionLifetime), request))
        response.headers.add("Set-Cookie", cookie("hrap_signin", "", path: "/sign-in", maxAge: 0, request))
        return response
    }

    private static func signOut(_ request: WebRequest) throws -> HTTPResponse {
        if let session = request.session { request.site.sessions.end(session) }
        var response = WebSite.redirect("/" + request.languageSuffix)
        response.headers.add("Set-Cookie", cookie("hrap_session", "", path: "/", maxAge: 0, request))
        return response
    }

    /// A cookie only this site's own pages send back: `HttpOnly`, `SameSite=Strict`, and `Secure` behind TLS.
    static func cookie(_ name: String, _ value: String, path: String, maxAge: Int, _ request: WebRequest) -> String {
        let behindTLS =
            request.site.options.secureCookies
            || request.http.headers["X-Forwarded-Proto"]?.lowercased() == "https"
        return "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict"
            + (behindTLS ? "; Secure" : "")
    }

    /// A path on this site to go to after signing in; nil for anything else (no open redirect).
    static func localPath(_ text: String) -> String? {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
            !text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F })
        else { return nil }
        return text
    }
}
