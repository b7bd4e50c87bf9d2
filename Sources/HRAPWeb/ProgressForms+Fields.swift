import HRAPCore
import HRAPReports
import HTTPServing
import Mustache

extension ProgressForms {
    /// The empty form of a kind, with the plan's indicators or actions to choose from.
    static func form(_ kind: Kind, _ plan: Plan, _ request: WebRequest) throws -> WebForm {
        func label(_ key: String) -> String { request.label("web.form.\(key)") }
        let public_ = WebForm.Field(
            name: "public", label: label("public"), hint: label("public_hint"), kind: .checkbox,
            value: "on")
        switch kind {
        case .measurement:
            let indicators = try request.service.records(Indicator.self, plan: plan.code, as: request.principal)
            return WebForm(fields: [
                .init(
                    name: "indicator", label: label("indicator"), kind: .select,
                    options: indicators.map { ($0.code, "\($0.code) \($0.name)") }, required: true),
                .init(name: "date", label: label("date"), hint: label("date_hint"), kind: .date, required: true),
                .init(name: "value", label: label("value"), hint: label("value_hint"), maxLength: 40),
                .init(name: "group", label: label("group"), hint: label("group_hint")),
                .init(
                    name: "source", label: label("source"), maxLength: WebForm.Field.limit(Measurement.self, "source")),
                .init(
                    name: "note", label: label("note"), kind: .textarea,
                    maxLength: WebForm.Field.limit(Measurement.self, "note")),
                .init(
                    name: "evidence_url", label: label("evidence_url"), hint: label("url_hint"),
                    maxLength: WebForm.Field.limit(Measurement.self, "evidence_url")),
                .init(name: "new_method", label: label("new_method"), hint: label("new_method_hint"), kind: .checkbox),
                public_,
            ])
        case .update:
            let actions = try request.service.records(Action.self, plan: plan.code, as: request.principal)
            return WebForm(fields: [
                .init(
                    name: "action", label: label("action"), kind: .select,
                    options: actions.map { ($0.code, "\($0.code) \($0.title)") }, required: true),
                .init(name: "date", label: label("date"), kind: .date, required: true),
                .init(
                    name: "status", label: label("status"), kind: .select,
                    options: Action.Status.allCases.map {
                        ($0.rawValue, request.label("web.action_status.\($0.rawValue)"))
                    },
                    required: true),
                .init(name: "percent_complete", label: label("percent"), hint: label("percent_hint"), maxLength: 3),
                .init(
                    name: "narrative", label: label("narrative"), kind: .textarea,
                    maxLength: WebForm.Field.limit(ProgressUpdate.self, "narrative")),
                .init(
                    name: "evidence_urls", label: label("evidence_urls"), hint: label("urls_hint"), kind: .textarea,
                    maxLength: 10_000),
                public_,
            ])
        }
    }

    /// The form page, with what the user typed and the errors when it is shown again.
    static func render(_ kind: Kind, _ form: WebForm, _ request: WebRequest, status: HTTPStatus) throws -> HTTPResponse
    {
        let key = kind == .measurement ? "measurement" : "update"
        let plan = request.path("plan")
        return try request.site.page(
            "progress-form.html",
            .object([
                "title": .string(request.label(kind == .measurement ? "web.record_measurement" : "web.record_update")),
                "intro": .string(request.label("web.form.\(key)_intro")),
                "plan": .string(plan), "action": .string(request.http.target),
                "csrf": .string(request.session?.csrf ?? ""), "form": form.model(),
                "submit": .string(request.label("web.form.save")),
            ]), request, status: status)
    }
}
