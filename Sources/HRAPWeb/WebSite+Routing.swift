import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing

extension WebSite {
    /// Finds the route, finds the session, checks the form's CSRF token, and runs the handler.
    func route(_ request: HTTPRequest, language: (locale: ReportLocale, explicit: Bool)) throws -> HTTPResponse {
        guard let segments = PercentDecoding.segments(request.path) else { throw WebError.notFound }
        let method = request.method == "HEAD" ? "GET" : request.method
        let route: WebRoute, parameters: [String: String]
        switch router.match(method: request.method, segments: segments) {
        case .found(let found, let decoded): (route, parameters) = (found, decoded)
        case .methodNotAllowed(let allowed): throw WebError.methodNotAllowed(allowed: allowed)
        case .notFound: throw WebError.notFound
        }
        guard let pairs = PercentDecoding.query(request.query) else { throw WebError.badRequest("web.error.query") }
        var query: [String: String] = [:]
        for (name, value) in pairs where query[name] == nil { query[name] = value }
        var session = session(of: request)
        var newCookie: String?
        if let user = proxiedUser(request) {
            (session, newCookie) = try proxySession(request, user: user, current: session)
        }
        if route.access == .signedIn, session == nil {
            guard method == "GET" else { throw WebError.sessionExpired }
            return Self.redirect("/sign-in?next=" + PublicPage.escape(request.target))
        }
        let web = WebRequest(
            http: request, site: self, parameters: parameters, query: query, locale: language.locale,
            explicitLanguage: language.explicit, session: session, today: options.today())
        if method == "POST", route.access == .signedIn {
            if options.readOnly { throw WebError.readOnly }
            try checkCSRF(web)
        }
        var response = try route.handler(web)
        if let newCookie {
            response.headers.add(
                "Set-Cookie",
                SessionRoutes.cookie("hrap_session", newCookie, path: "/", maxAge: Int(options.sessionLifetime), web))
        }
        Self.secure(&response, personal: session != nil || route.access == .signedIn)
        return response
    }

    /// A form post must carry the session's CSRF token.
    private func checkCSRF(_ request: WebRequest) throws {
        let form = try FormData(request.http)
        guard let session = request.session, let given = form.value("csrf"), session.checks(csrf: given) else {
            throw WebError.badCSRF
        }
    }

    /// A cookie's value from the `Cookie` header.
    static func cookie(_ name: String, in request: HTTPRequest) -> String? {
        for header in request.headers.values("Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A 303 to a local path.
    static func redirect(_ location: String) -> HTTPResponse {
        var response = HTTPResponse(status: .seeOther)
        response.headers.set("Location", location)
        response.headers.set("Content-Type", "text/plain; charset=utf-8")
        response.body = Array("See \(location)\n".utf8)
        return response
    }

    /// Headers every page carries: no scripts, no framing, no sniffing; personal pages are never stored.
    static func secure(_ response: inout HTTPResponse, personal: Bool) {
        response.headers.set(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "same-origin")
        if personal { response.headers.set("Cache-Control", "no-store") }
    }

    /// The language of a request: `?lang=` when it names a known locale, else the first known language of
    /// `Accept-Language` by preference, else English.
    func language(_ request: HTTPRequest) -> (locale: ReportLocale, explicit: Bool) {
        let available = options.locales
        let pairs = PercentDecoding.query(request.query) ?? []
        if let asked = pairs.first(where: { $0.0 == "lang" })?.1, let locale = available[asked] {
            return (locale, true)
        }
        let ranges = (request.headers["Accept-Language"] ?? "").split(separator: ",").enumerated().compactMap {
            index, item -> (String, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased().split(separator: "-").first else { return nil }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (String(tag), weight, index)
        }
        let best = ranges.filter { $0.1 > 0 && available[$0.0] != nil }.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.first
        return (best.flatMap { available[$0.0] } ?? english, false)
    }
}
