import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding

/// A government's own record in the browser: an administrator adds one (a city starting with hrap), and its officers
/// or an administrator change its name, level, population and networks, with the form generated from its schema.
/// The service decides who may: an officer only for their own government.
enum GovernmentPages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/governments/new", .signedIn, handler: { try page($0, nil, form: nil, status: .ok) }),
            WebRoute("POST", "/governments/new", .signedIn, handler: { try save($0, nil) }),
            WebRoute(
                "GET", "/governments/{government}", .signedIn,
                handler: { try page($0, try stored($0), form: nil, status: .ok) }),
            WebRoute("POST", "/governments/{government}", .signedIn, handler: { try save($0, try stored($0)) }),
        ]
    }

    private static func stored(_ request: WebRequest) throws -> Government {
        let code = request.path("government")
        guard let government = try request.service.governments(as: request.principal).first(where: { $0.code == code })
        else { throw WebError.notFound }
        guard request.principal.writes(for: government.code) else { throw WebError.forbidden }
        return government
    }

    private static func page(
        _ request: WebRequest, _ government: Government?, form: WebForm?, version: String? = nil, status: HTTPStatus
    ) throws -> HTTPResponse {
        if government == nil, request.principal.role != .admin { throw WebError.forbidden }
        let shown = form ?? RecordForm.form(Government.self, government, choices: [:], request.locale)
        return try request.site.page(
            "record-form.html",
            .object([
                "title": .string(
                    government.map { request.label("web.government") + ": " + $0.name }
                        ?? request.label("web.government_new")),
                "plan": government.map { .string($0.code) } ?? .null,
                "section_href": .string("/workspace" + request.languageSuffix),
                "section": .string(request.label("web.workspace")), "action": .string(request.http.target),
                "csrf": .string(request.session?.csrf ?? ""),
                "version": .string(version ?? government.map { HRAPService.etag(Government.schema.encode($0)) } ?? ""),
                "form": shown.model(),
            ]), request, status: status)
    }

    private static func save(_ request: WebRequest, _ government: Government?) throws -> HTTPResponse {
        let data = try FormData(request.http)
        var form = RecordForm.form(Government.self, government, choices: [:], request.locale)
        form.fill(from: data, request.wording)
        let version = data.value("version")
        guard !form.hasErrors else {
            return try page(request, government, form: form, version: version, status: .unprocessableContent)
        }
        let changes = RecordForm.changes(Government.self, form, request.locale)
        let code = government.map { JSONValue.string($0.code) } ?? changes.first { $0.0 == "code" }?.1
        do {
            try request.service.saveRecord(
                Government.self, plan: nil, mode: government == nil ? .create : .update,
                identity: [code == .null ? nil : code], changes: changes,
                expecting: government == nil ? .none : .some(version), as: request.principal)
        } catch ServiceError.invalid(let error) {
            form.report(error.problems, request.wording)
            return try page(request, government, form: form, version: version, status: .unprocessableContent)
        } catch ServiceError.duplicate {
            form.general.append(request.label("web.record.duplicate"))
            return try page(request, government, form: form, version: version, status: .conflict)
        } catch ServiceError.changedSinceRead {
            form.general.append(request.label("web.record.conflict_intro"))
            return try page(request, government, form: form, status: .conflict)
        }
        if let session = request.session { request.site.sessions.say(request.label("web.people.saved"), to: session) }
        return WebSite.redirect("/governments/" + PublicPage.escape(form.value("code")) + request.languageSuffix)
    }
}
