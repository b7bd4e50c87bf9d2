import Foundation
import HRAPCore
import HRAPUseCases
import HTTPServing

/// Single sign-on through a proxy in front of hrap (oauth2-proxy, Apache or nginx with the city's directory): the
/// proxy authenticates the person and names them in a header, which hrap believes only from the proxy's addresses.
public struct AuthProxy: Sendable {
    /// The header that names the user, such as `X-Forwarded-User`.
    public var header: String
    /// The addresses the header is accepted from; from anywhere else it is refused.
    public var trusted: Set<String>
    /// The grant of a person the proxy names who has no account yet; nil: such a person is refused.
    public var newcomers: AccessGrant?

    /// Creates the settings.
    public init(header: String, trusted: Set<String>, newcomers: AccessGrant? = nil) {
        (self.header, self.trusted, self.newcomers) = (header, trusted, newcomers)
    }
}

extension WebSite {
    /// The session limits, in whole seconds.
    var limits: SessionLimits {
        SessionLimits(idle: Int64(options.sessionIdle), lifetime: Int64(options.sessionLifetime))
    }

    /// The time now, by the site's clock.
    var timestamp: Timestamp { Timestamp(secondsSince1970: Int64(options.now())) }

    /// The live session of the request's cookie, with its principal as of now (a disabled person, a revoked token,
    /// an ended, idle or too old session: none).
    func session(of request: HTTPRequest) -> WebSession? {
        guard let cookie = Self.cookie("hrap_session", in: request),
            let (stored, principal) = try? service.session(cookie: cookie, at: timestamp, limits: limits)
        else { return nil }
        return WebSession(stored, principal: principal)
    }

    /// The user a proxy names, when single sign-on is set up and the request carries the header.
    func proxiedUser(_ request: HTTPRequest) -> String? {
        guard let proxy = options.authProxy, let value = request.headers[proxy.header] else { return nil }
        let user = value.trimmingCharacters(in: .whitespaces)
        return user.isEmpty ? nil : user
    }

    /// The session of a request a proxy vouches for: the person's own session when the cookie already holds it,
    /// else a new one (with the cookie to set). The header from an address that is not trusted is refused.
    func proxySession(_ request: HTTPRequest, user: String, current: WebSession?) throws -> (WebSession, String?) {
        guard let proxy = options.authProxy, proxy.trusted.contains(request.remoteAddress) else {
            options.log("refused: the sign-on header from untrusted address \(request.remoteAddress)")
            throw WebError.untrustedProxy
        }
        if let current, current.principal.account?.lowercased() == user.lowercased() { return (current, nil) }
        guard
            let begun = try service.signIn(
                proxiedUser: user, newcomers: proxy.newcomers, client: Self.client(request), at: timestamp)
        else { throw WebError.noAccount }
        return (WebSession(begun.session, principal: begun.principal), begun.cookie)
    }

    /// What a person sees of where a session was begun: the address and the browser, shortened.
    static func client(_ request: HTTPRequest) -> String {
        String((request.remoteAddress + " · " + (request.headers["User-Agent"] ?? "unknown browser")).prefix(160))
    }
}
