import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing

/// A request as a page handler sees it: path parameters, query, language, and the session's principal.
struct WebRequest: Sendable {
    let http: HTTPRequest
    let site: WebSite
    let parameters: [String: String]
    let query: [String: String]
    let locale: ReportLocale
    /// Whether the language was chosen by `?lang=` (links then keep it).
    let explicitLanguage: Bool
    /// The signed-in session, if any.
    let session: WebSession?
    let today: CalendarDate

    /// The principal pages read as: the session's, or the public visitor's (a viewer without a token).
    var principal: Principal { session?.principal ?? WebSite.publicVisitor }
    var service: HRAPService { site.service }
    var language: String { locale.language }

    /// A path parameter (the router guarantees it).
    func path(_ name: String) -> String { parameters[name] ?? "" }

    /// `?lang=xx` to append to links when the language was chosen by the query.
    var languageSuffix: String { explicitLanguage ? "?lang=\(language)" : "" }

    /// Whether the browser reached the site over TLS: `--secure-cookies`, or a proxy's `X-Forwarded-Proto: https`.
    var isBehindTLS: Bool {
        site.options.secureCookies || http.headers["X-Forwarded-Proto"]?.lowercased() == "https"
    }

    /// The site's address: `--public-url`, else the scheme and `Host` the request came with (for answers to this
    /// request only; nothing stored is built from a request's `Host`).
    var siteURL: String {
        site.options.publicURL ?? (isBehindTLS ? "https://" : "http://") + (http.headers["Host"] ?? "localhost")
    }

    /// How forms word their problems in the request's language.
    var wording: FormWording { FormWording(locale: locale) }

    /// A label in the request's language, or `fallback` when the locale has none.
    func label(_ key: String, fallback: String) -> String { locale.label(key, fallback: fallback) }

    /// A label in the request's language.
    func label(_ key: String, _ parameters: [String: String] = [:]) -> String {
        locale.label(key, parameters)
    }
}

extension WebSite {
    /// Who reads public pages: a viewer, so that the role policy hides unpublished plans and private values.
    static let publicVisitor = Principal(name: "public", role: .viewer)
}
