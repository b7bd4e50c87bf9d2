import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Hashing
import Mustache

/// The public pages and the web forms, server-rendered from the `web` and `reports` templates over the service.
///
/// Public pages need no sign-in and show published plans with public values only (an unpublished plan is 404, so its
/// existence is not revealed). Forms need a session, stored by the service and named by a cookie (`HttpOnly`,
/// `SameSite=Strict`, `Secure` behind TLS), begun with a password, an API token, or a trusted proxy's word; every
/// form carries the session's CSRF token.
public final class WebSite: Sendable {
    /// What the site needs besides the service.
    public struct Options: Sendable {
        /// Templates by name: the `reports` and `web` folders together (a city's overrides merged in).
        public var templates: [String: String]
        /// The locales by language; English is the fallback.
        public var locales: [String: ReportLocale]
        /// The framework scores are shown against.
        public var framework = "hrgl-2024"
        /// Who to contact about accessibility, shown on the accessibility statement.
        public var accessibilityContact = "the city's web team"
        /// Refuse every write.
        public var readOnly = false
        /// Mark cookies `Secure` even without a proxy header saying the client used TLS.
        public var secureCookies = false
        /// How long a session lasts without use, and at most, in seconds.
        public var sessionIdle: Double = 2 * 3600
        public var sessionLifetime: Double = 12 * 3600
        /// Single sign-on through a proxy: the header that names the user, the addresses it is believed from, and
        /// the grant of a person the proxy names who has no account yet (nil: they are refused).
        public var authProxy: AuthProxy?
        /// The largest CSV upload in bytes.
        public var maxUpload = 64 * 1024 * 1024
        /// The site's public address without a trailing slash (`https://hrap.city.example`), for the absolute IRIs of
        /// the data catalogue; nil: the catalogue uses the address the request came to.
        public var publicURL: String?
        /// Where error lines go.
        public var log: @Sendable (String) -> Void = { _ in }
        /// Reads today's date and the time now (the edge reads the clock, never the service).
        public var today: @Sendable () -> CalendarDate
        public var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }

        /// Options with templates, locales and a clock.
        public init(
            templates: [String: String], locales: [String: ReportLocale], today: @escaping @Sendable () -> CalendarDate
        ) {
            (self.templates, self.locales, self.today) = (templates, locales, today)
        }
    }

    let service: HRAPService
    let options: Options
    let router: Router<WebRoute>
    let pages: PageRenderer
    let sessions = SessionMessages()
    /// Report data by plan, year and reader: a large plan's is tens of MiB, so few are kept.
    let dataCache = PageCache<AnalysedReport>(capacity: 4)
    /// Rendered pages for visitors: up to 512, and 32 MiB of bodies (a large plan's page is about 0.4 MiB, 45 KB
    /// gzipped).
    let pageCache = PageCache<CachedPage>(capacity: 512, maximumCost: 32 << 20) { $0.cost }
    /// How old a public page may be when it is sent while its newer version is being rendered.
    static let staleFor = Duration.seconds(30)

    let english: ReportLocale

    /// A site over a service whose policy is ``RolePolicy``; the locales must hold English, the fallback.
    public init(service: HRAPService, options: Options) throws(WebError) {
        guard let english = options.locales["en"] else { throw WebError.missingLocale("en") }
        self.english = english
        self.service = service
        self.options = options
        let routes =
            PlanCreationPages.all() + PublicRoutes.all() + SessionRoutes.all() + ProgressForms.all() + PlanForms.all()
            + ApprovalForms.all()
            + ReviewForms.all() + AccountPages.all() + PeoplePages.all() + AuthoringPages.all() + GovernmentPages.all()
            + CataloguePages.all()
            + CheckPage.all() + RoundPages.all() + PublicationPages.all()
        router = Router(routes, method: \.method, pattern: \.pattern)
        pages = PageRenderer(templates: options.templates)
    }

    /// Whether a path belongs to the site (everything but the API).
    public static func serves(_ path: Substring) -> Bool {
        !(path == "/api" || path.hasPrefix("/api/"))
    }

    /// Lets CSV uploads through the HTTP layer's body limit; other requests keep the limit already configured.
    public func configure(_ configuration: inout HTTPServer.Configuration) {
        let earlier = configuration.bodyLimit
        let maxUpload = options.maxUpload
        configuration.bodyLimit = { head in
            let path = head.target.split(separator: "?").first ?? ""
            if head.method == "POST", Self.serves(path), path.hasSuffix("/upload") { return maxUpload }
            return earlier(head)
        }
        let earlierLog = configuration.accessLog
        configuration.accessLog = { entry in
            // A one-time link's path is its secret: the log names the page, never the link.
            earlierLog(entry.path.hasPrefix("/welcome/") ? entry.with(path: "/welcome/…") : entry)
        }
        let earlierAdmit = configuration.admit
        configuration.admit = { [self] head, address in
            let path = head.target.split(separator: "?").first ?? ""
            return Self.serves(path) ? admit(head, from: address) : earlierAdmit(head, address)
        }
    }

    /// The answer to a form post that must be refused before its body is read: no live session, or a read-only
    /// site. It is the page the whole request would get; nothing is read or written.
    func admit(_ head: RequestHead, from address: String) -> HTTPResponse? {
        let request = HTTPRequest(head: head, remoteAddress: address)
        guard let segments = PercentDecoding.segments(request.path),
            case .found(let route, _) = router.match(method: head.method, segments: segments),
            route.access == .signedIn
        else { return nil }
        guard proxiedUser(request) == nil, session(of: request) == nil || options.readOnly else { return nil }
        return handle(request)
    }

    /// Answers one request with a page (errors become pages in the visitor's language).
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let language = language(request)
        do {
            return try route(request, language: language)
        } catch {
            return errorPage(error, request: request, language: language)
        }
    }
}
