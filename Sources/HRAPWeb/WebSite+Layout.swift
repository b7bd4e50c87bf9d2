import HRAPReports
import HTTPServing
import Mustache

extension WebSite {
    /// Renders a page with what every page shows around its content: the language switch, the navigation, the
    /// signed-in user with the sign-out form, and a one-time message.
    func page(_ name: String, _ model: MustacheValue, _ request: WebRequest, status: HTTPStatus = .ok) throws
        -> HTTPResponse
    {
        guard case .object(var members) = model else { return try pages.response(name, model, status: status) }
        if members["labels"] == nil { members["labels"] = Self.labels(request.locale) }
        members["language"] = .string(request.language)
        members["site"] = site(request)
        return try pages.response(name, .object(members), status: status)
    }

    private func site(_ request: WebRequest) -> MustacheValue {
        let others = (PercentDecoding.query(request.http.query) ?? []).filter { $0.0 != "lang" }
        let path = String(request.http.path)
        let languages: [MustacheValue] = options.locales.keys.sorted().map { code in
            let query = (others + [("lang", code)]).map { PublicPage.escape($0.0) + "=" + PublicPage.escape($0.1) }
            return .object([
                "code": .string(code), "name": .string(options.locales[code]?.label("web.language.name") ?? code),
                "href": .string(path + "?" + query.joined(separator: "&")), "current": .bool(code == request.language),
            ])
        }
        var members: [String: MustacheValue] = [
            "home": .string("/" + request.languageSuffix), "languages": .list(languages),
            "accessibility": .string("/accessibility" + request.languageSuffix),
            "sign_in": .string("/sign-in" + request.languageSuffix),
        ]
        if let session = request.session {
            members["user"] = .object([
                "name": .string(session.principal.displayName ?? session.principal.name),
                "role": .string(session.principal.role.rawValue),
                "csrf": .string(session.csrf), "workspace": .string("/workspace" + request.languageSuffix),
                "account": session.principal.account.map { _ in .string("/account" + request.languageSuffix) } ?? .null,
                "people": session.principal.role == .admin ? .string("/admin/people" + request.languageSuffix) : .null,
            ])
            if let message = sessions.takeMessage(session) {
                members["message"] = .object([
                    "text": .string(message.text), "link": message.link.map { .string($0) } ?? .null,
                ])
            }
        }
        return .object(members)
    }
}
