import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

extension WebSite {
    /// The one mapping from errors to pages: status, a title and what the visitor can do next, in their language.
    func errorPage(
        _ error: any Error, request: HTTPRequest, language: (locale: ReportLocale, explicit: Bool)
    ) -> HTTPResponse {
        let signedIn = session(of: request) != nil
        let (status, key): (HTTPStatus, String)
        switch error {
        case WebError.notFound: (status, key) = (.notFound, "not_found")
        case WebError.methodNotAllowed: (status, key) = (.methodNotAllowed, "method")
        case WebError.badRequest: (status, key) = (.badRequest, "bad_request")
        case WebError.sessionExpired: (status, key) = (.unauthorized, "session")
        case WebError.badCSRF: (status, key) = (.forbidden, "csrf")
        case WebError.readOnly: (status, key) = (.forbidden, "read_only")
        case WebError.forbidden: (status, key) = (.forbidden, "forbidden")
        case WebError.untrustedProxy: (status, key) = (.forbidden, "proxy")
        case WebError.noAccount: (status, key) = (.forbidden, "no_account")
        case ServiceError.unusableLink: (status, key) = (.notFound, "link")
        case let error as ServiceError:
            (status, key) = Self.page(error, signedIn: signedIn)
        default: (status, key) = (.internalServerError, "internal")
        }
        if key == "internal" { options.log("error: \(request.method) \(request.path): \(error)") }
        let locale = language.locale
        let model: MustacheValue = .object([
            "language": .string(locale.language), "labels": Self.labels(locale),
            "title": .string(locale.label("web.error.\(key).title")),
            "advice": .string(Self.advice(error, key: key, locale)),
            "status": .string(String(status.code)), "sign_in": .bool(key == "session" || key == "csrf"),
            "home": .string("/" + (language.explicit ? "?lang=\(locale.language)" : "")),
        ])
        var response =
            (try? pages.response("error.html", model, status: status))
            ?? HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: "\(status)\n")
        if case WebError.methodNotAllowed(let allowed) = error {
            response.headers.set("Allow", allowed.joined(separator: ", "))
        }
        if case ServiceError.tooManyFailures(let seconds) = error {
            response.headers.set("Retry-After", String(seconds))
        }
        if key == "busy" { response.headers.set("Retry-After", "1") }
        Self.secure(&response, personal: true)
        return response
    }

    /// The site's one mapping of the service's failures to a page: a wrong address and a plan one may not read are
    /// both "not found" to a visitor who is not signed in.
    static func page(_ error: ServiceError, signedIn: Bool) -> (HTTPStatus, String) {
        switch error.kind {
        case .notFound, .badArgument: (.notFound, "not_found")
        case .forbidden: signedIn ? (.forbidden, "forbidden") : (.notFound, "not_found")
        case .conflict, .preconditionFailed, .preconditionRequired:
            if case .approvalRequired = error { (.conflict, "approval") } else { (.conflict, "conflict") }
        case .invalid: (.badRequest, "bad_request")
        case .busy: (.serviceUnavailable, "busy")
        case .tooManyRequests: (.tooManyRequests, "too_many")
        case .missingInput, .unusableDatabase, .fileSystem, .failure: (.internalServerError, "internal")
        }
    }

    private static func advice(_ error: any Error, key: String, _ locale: ReportLocale) -> String {
        let general = locale.label("web.error.\(key).advice")
        if case ServiceError.tooManyFailures(let seconds) = error {
            return general.replacing("{seconds}", with: String(seconds))
        }
        guard case WebError.badRequest(let reason) = error else { return general }
        return locale.label(reason) + " " + general
    }

    /// The locale's labels for templates (`web.nav.plans` is `{{labels.web_nav_plans}}`).
    static func labels(_ locale: ReportLocale) -> MustacheValue {
        .object(
            Dictionary(
                locale.labels.map { ($0.key.replacing(".", with: "_"), MustacheValue.string($0.value)) },
                uniquingKeysWith: { first, _ in first }))
    }
}
