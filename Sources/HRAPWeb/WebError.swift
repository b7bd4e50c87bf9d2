import Mustache

/// What goes wrong on the site, with a code; ``WebSite`` turns each into a page in the visitor's language.
public enum WebError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No such page, or a plan that is not published (not revealed as existing).
    case notFound
    case methodNotAllowed(allowed: [String])
    /// A malformed request; the label key says why.
    case badRequest(String)
    /// A form was posted without a valid session (expired, signed out, or a cookie that was tampered with).
    case sessionExpired
    /// A form was posted without the session's CSRF token.
    case badCSRF
    /// The signed-in user may not do this.
    case forbidden
    /// The server refuses every write.
    case readOnly
    /// The single-sign-on header came from an address that is not a trusted proxy.
    case untrustedProxy
    /// The trusted proxy named a person who has no active account (and newcomers are not let in).
    case noAccount
    /// The site was set up without a locale it needs.
    case missingLocale(String)
    /// A template failed to render.
    case template(MustacheError)

    /// A stable code for logs and tests.
    public var code: String {
        switch self {
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .badRequest: "bad_request"
        case .sessionExpired: "session_expired"
        case .badCSRF: "bad_csrf"
        case .forbidden: "forbidden"
        case .readOnly: "read_only"
        case .untrustedProxy: "untrusted_proxy"
        case .noAccount: "no_account"
        case .missingLocale: "missing_locale"
        case .template: "template"
        }
    }

    public var description: String {
        switch self {
        case .missingLocale(let language): "no locale file for '\(language)'"
        case .template(let error): "template \(error)"
        case .methodNotAllowed(let allowed): "method not allowed (allowed: \(allowed.joined(separator: ", ")))"
        case .badRequest(let key): "bad request (\(key))"
        default: code
        }
    }
}
