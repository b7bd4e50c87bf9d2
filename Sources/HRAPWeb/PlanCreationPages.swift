import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// Starting a plan in the browser (empty, as a copy of another plan's structure, or from a plan file) and changing
/// the plan's own record (title, period, status, adoption) with the form generated from its schema.
enum PlanCreationPages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/new", .signedIn, handler: { try page($0, status: .ok) }),
            WebRoute("POST", "/plans/new", .signedIn, handler: create),
            WebRoute("POST", "/plans/new/copy", .signedIn, handler: copy),
            WebRoute("POST", "/plans/new/upload", .signedIn, handler: upload),
            WebRoute("GET", "/plans/{plan}/settings", .signedIn, handler: { try settings($0, form: nil, status: .ok) }),
            WebRoute("POST", "/plans/{plan}/settings", .signedIn, handler: saveSettings),
        ]
    }

    /// The three ways to start, each with its own form; a refused one is shown again with its problems.
    private static func page(
        _ request: WebRequest, empty: WebForm? = nil, copyForm: WebForm? = nil, uploadForm: WebForm? = nil,
        status: HTTPStatus
    ) throws -> HTTPResponse {
        let governments = try request.service.governments(as: request.principal).filter {
            request.principal.writes(for: $0.code)
        }
        guard !governments.isEmpty || request.principal.role == .admin else { throw WebError.forbidden }
        var plan = empty ?? RecordForm.form(Plan.self, nil, choices: [:], request.locale)
        if let index = plan.fields.firstIndex(where: { $0.name == "government" }) {
            (plan.fields[index].kind, plan.fields[index].options) = (.select, governments.map { ($0.code, $0.name) })
        }
        plan.fields.removeAll { ["published", "requires_approval"].contains($0.name) }
        let plans = try request.service.plans(as: request.principal)
        return try request.site.page(
            "plan-new.html",
            .object([
                "csrf": .string(request.session?.csrf ?? ""), "empty": .object(["form": plan.model()]),
                "may_add_government": .bool(request.principal.role == .admin),
                "copy": .object(["form": (copyForm ?? copyFields(plans, request)).model()]),
                "upload": .object(["form": (uploadForm ?? uploadFields(request)).model()]),
            ]), request, status: status)
    }

    private static func create(_ request: WebRequest) throws -> HTTPResponse {
        let data = try FormData(request.http)
        var form = RecordForm.form(Plan.self, nil, choices: [:], request.locale)
        form.fields.removeAll { ["published", "requires_approval"].contains($0.name) }
        form.fill(from: data, request.wording)
        guard !form.hasErrors else { return try page(request, empty: form, status: .unprocessableContent) }
        let changes = RecordForm.changes(Plan.self, form, request.locale)
        let code = changes.first { $0.0 == "code" }?.1
        let refused = try attempt(&form, request) {
            try request.service.saveRecord(
                Plan.self, plan: nil, mode: .create, identity: [code == .null ? nil : code], changes: changes,
                as: request.principal)
        }
        if let refused { return try page(request, empty: form, status: refused) }
        return done(request, code: form.value("code"))
    }

    private static func copy(_ request: WebRequest) throws -> HTTPResponse {
        let data = try FormData(request.http)
        var form = copyFields(try request.service.plans(as: request.principal), request)
        form.fill(from: data, request.wording)
        for index in form.fields.indices where form.fields[index].value.isEmpty {
            form.fields[index].error = request.label("web.problem.required")
        }
        guard !form.hasErrors else { return try page(request, copyForm: form, status: .unprocessableContent) }
        let (source, code, title) = (form.value("source"), form.value("code"), form.value("title"))
        let refused = try attempt(&form, request) {
            _ = try request.service.copyPlanStructure(from: source, to: code, title: title, as: request.principal)
        }
        if let refused { return try page(request, copyForm: form, status: refused) }
        return done(request, code: code)
    }

    /// Runs a write; on a refusal the form gets its problems (the plan file's `$.plan.` paths as the form's field
    /// names) and the status to show it with; nil when it was written.
    private static func attempt(_ form: inout WebForm, _ request: WebRequest, _ body: () throws -> Void) throws
        -> HTTPStatus?
    {
        do {
            try body()
            return nil
        } catch ServiceError.invalid(let error) {
            let problems = error.problems.map { problem in
                var moved = problem
                if problem.path.hasPrefix("$.plan.") { moved.path = String(problem.path.dropFirst(7)) }
                return moved
            }
            form.report(problems, request.wording)
            return .unprocessableContent
        } catch ServiceError.duplicate {
            form.general.append(request.label("web.record.duplicate"))
            return .conflict
        }
    }

    private static func upload(_ request: WebRequest) throws -> HTTPResponse {
        let data = try FormData(request.http)
        var form = uploadFields(request)
        guard let file = data.files["file"], !file.bytes.isEmpty else {
            form.fields[0].error = request.label("web.form.file_missing")
            return try page(request, uploadForm: form, status: .unprocessableContent)
        }
        let name = file.filename.isEmpty ? "plan.json" : file.filename
        let json: JSONValue
        do { json = try JSONParser.parse(file.bytes) } catch {
            form.general = ["\(name): \(error)"]
            return try page(request, uploadForm: form, status: .unprocessableContent)
        }
        let (plan, problems) = PlanFile.decode(json)
        do {
            _ = try request.service.importPlan(plan, readProblems: problems, source: name, as: request.principal)
        } catch ServiceError.invalid(let error) {
            form.general =
                error.problems.map { "\(name) \($0.path): \($0.message)" }
                + (error.omitted > 0 ? [request.label("web.form.more_problems", ["count": String(error.omitted)])] : [])
            return try page(request, uploadForm: form, status: .unprocessableContent)
        }
        return done(request, code: plan.plan.code)
    }

    private static func done(_ request: WebRequest, code: String) -> HTTPResponse {
        if let session = request.session {
            request.site.sessions.say(request.label("web.plan_new.created", ["code": code]), to: session)
        }
        return WebSite.redirect("/plans/" + PublicPage.escape(code) + "/edit" + request.languageSuffix)
    }

    private static func copyFields(_ plans: [Plan], _ request: WebRequest) -> WebForm {
        var form = WebForm(fields: [
            .init(
                name: "source", label: request.label("web.plan_new.source"), kind: .select,
                options: plans.map { ($0.code, $0.title) }, required: true),
            .init(name: "code", label: RecordForm.label("plan", "code", request.locale), required: true, maxLength: 64),
            .init(name: "title", label: RecordForm.label("plan", "title", request.locale), required: true),
        ])
        form.idPrefix = "copy-"
        return form
    }

    private static func uploadFields(_ request: WebRequest) -> WebForm {
        var form = WebForm(fields: [
            .init(
                name: "file", label: request.label("web.plan_new.file"), hint: request.label("web.plan_new.file_hint"),
                kind: .file, required: true)
        ])
        form.idPrefix = "upload-"
        form.fields[0].accept = ".json,application/json"
        return form
    }

    // MARK: The plan's own record

    private static func settings(_ request: WebRequest, form: WebForm?, version: String? = nil, status: HTTPStatus)
        throws -> HTTPResponse
    {
        let plan = try ProgressForms.writablePlan(request, .plan)
        var shown = form ?? RecordForm.form(Plan.self, plan, choices: [:], request.locale)
        shown.fields.removeAll { ["published", "requires_approval"].contains($0.name) }
        return try request.site.page(
            "record-form.html",
            .object([
                "title": .string(request.label("web.plan_settings") + ": " + plan.title), "plan": .string(plan.code),
                "section_href": .string("/plans/" + PublicPage.escape(plan.code) + "/edit" + request.languageSuffix),
                "section": .string(request.label("web.plan_edit")), "action": .string(request.http.target),
                "csrf": .string(request.session?.csrf ?? ""),
                "version": .string(version ?? HRAPService.etag(Plan.schema.encode(plan))), "form": shown.model(),
            ]), request, status: status)
    }

    private static func saveSettings(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .plan)
        let data = try FormData(request.http)
        var form = RecordForm.form(Plan.self, plan, choices: [:], request.locale)
        form.fields.removeAll { ["published", "requires_approval"].contains($0.name) }
        form.fill(from: data, request.wording)
        guard !form.hasErrors else {
            return try settings(request, form: form, version: data.value("version"), status: .unprocessableContent)
        }
        do {
            try request.service.saveRecord(
                Plan.self, plan: nil, mode: .update, identity: [.string(plan.code)],
                changes: RecordForm.changes(Plan.self, form, request.locale), expecting: .some(data.value("version")),
                as: request.principal)
        } catch ServiceError.invalid(let error) {
            form.report(error.problems, request.wording)
            return try settings(request, form: form, version: data.value("version"), status: .unprocessableContent)
        } catch ServiceError.changedSinceRead {
            form.general.append(request.label("web.record.conflict_intro"))
            return try settings(request, form: form, status: .conflict)
        }
        if let session = request.session { request.site.sessions.say(request.label("web.people.saved"), to: session) }
        return WebSite.redirect(request.http.target)
    }
}
