import HRAPCore
import HRAPUseCases
import HTTPServing
import Mustache

/// Uploading a spreadsheet of indicator values or progress updates: all or nothing, every bad row listed.
enum UploadForm {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/upload", .signedIn) { request in
                _ = try ProgressForms.writablePlan(request)
                return try render(form(request), request, status: .ok)
            },
            WebRoute("POST", "/plans/{plan}/upload", .signedIn, handler: post),
        ]
    }

    private static func form(_ request: WebRequest) -> WebForm {
        WebForm(fields: [
            .init(
                name: "kind", label: request.label("web.form.sheet_kind"), kind: .select, value: "measurements",
                options: [
                    ("measurements", request.label("web.form.sheet_measurements")),
                    ("progress", request.label("web.form.sheet_progress")),
                ], required: true),
            .init(
                name: "file", label: request.label("web.form.file"), hint: request.label("web.form.file_hint"),
                kind: .file, required: true),
        ])
    }

    private static func post(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request)
        let data = try FormData(request.http)
        var form = form(request)
        form.fill(from: data, request.wording)
        let kind = SheetKind(rawValue: form.value("kind")).flatMap {
            [.measurements, .progress].contains($0) ? $0 : nil
        }
        if kind == nil { form.fields[0].error = request.label("web.form.choose") }
        let upload = data.files["file"]
        if upload == nil || upload?.bytes.isEmpty == true {
            form.fields[1].error = request.label("web.form.file_missing")
        }
        guard let kind, let upload, !form.hasErrors else {
            return try render(form, request, status: .unprocessableContent)
        }
        let name = upload.filename.isEmpty ? "upload.csv" : upload.filename
        do {
            let summary = try request.service.importSheet(
                kind, bytes: upload.bytes, source: name, plan: plan.code, delimiter: nil, as: request.principal)
            let message = request.label(
                "web.saved.upload",
                [
                    "file": name, "rows": String(summary.rows), "inserted": String(summary.inserted),
                    "corrected": String(summary.corrected), "unchanged": String(summary.unchanged),
                ])
            if let session = request.session { request.site.sessions.say(message, to: session) }
            return WebSite.redirect(request.http.target)
        } catch ServiceError.invalid(let error) {
            form.general =
                error.problems.map(\.description)
                + (error.omitted > 0 ? [request.label("web.form.more_problems", ["count": String(error.omitted)])] : [])
            return try render(form, request, status: .unprocessableContent)
        }
    }

    private static func render(_ form: WebForm, _ request: WebRequest, status: HTTPStatus) throws -> HTTPResponse {
        try request.site.page(
            "progress-form.html",
            .object([
                "title": .string(request.label("web.upload")), "intro": .string(request.label("web.form.upload_intro")),
                "plan": .string(request.path("plan")), "action": .string(request.http.target),
                "csrf": .string(request.session?.csrf ?? ""), "form": form.model(),
                "enctype": .string("multipart/form-data"),
                "submit": .string(request.label("web.form.import")),
            ]), request, status: status)
    }
}
