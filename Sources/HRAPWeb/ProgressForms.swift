import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// An officer's forms: record an indicator value, record a progress update of a measure.
enum ProgressForms {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/measurements/new", .signedIn) { try show(.measurement, $0) },
            WebRoute("POST", "/plans/{plan}/measurements/new", .signedIn) { try post(.measurement, $0) },
            WebRoute("GET", "/plans/{plan}/updates/new", .signedIn) { try show(.update, $0) },
            WebRoute("POST", "/plans/{plan}/updates/new", .signedIn) { try post(.update, $0) },
        ] + UploadForm.all()
    }

    enum Kind { case measurement, update }

    /// The empty form; `?indicator=CODE` or `?action=CODE` (a to-do item's link) chooses what it is for.
    private static func show(_ kind: Kind, _ request: WebRequest) throws -> HTTPResponse {
        let plan = try writablePlan(request)
        var form = try form(kind, plan, request)
        let chosen = kind == .measurement ? "indicator" : "action"
        if let code = request.query[chosen], let index = form.fields.firstIndex(where: { $0.name == chosen }),
            form.fields[index].options.contains(where: { $0.value == code })
        {
            form.fields[index].value = code
        }
        return try render(kind, form, request, status: .ok)
    }

    private static func post(_ kind: Kind, _ request: WebRequest) throws -> HTTPResponse {
        let plan = try writablePlan(request)
        var form = try form(kind, plan, request)
        form.fill(from: try FormData(request.http), request.wording)
        guard !form.hasErrors else { return try render(kind, form, request, status: .unprocessableContent) }
        let conventions = FieldKind.TextConventions(
            listSeparator: "\n", decimalComma: request.locale.decimalSeparator == ",")
        let code = plan.code
        do {
            let (message, href): (String, String)
            switch kind {
            case .measurement:
                let measurement = try record(Measurement.self, form, conventions, extra: disaggregation(form))
                let outcome = try request.service.record(
                    measurement, valueGivenAsYesNo: FieldKind.isYesNoWord(form.value("value")), plan: code,
                    as: request.principal)
                message = request.label(
                    savedKey(outcome, "web.saved.measurement"),
                    [
                        "indicator": measurement.indicator, "date": request.locale.date(measurement.date),
                    ])
                href = "/plans/\(PublicPage.escape(code))/indicators/\(PublicPage.escape(measurement.indicator))"
            case .update:
                let update = try record(ProgressUpdate.self, form, conventions, extra: [:])
                let outcome = try request.service.record(update, plan: code, as: request.principal)
                message = request.label(
                    savedKey(outcome, "web.saved.update"),
                    [
                        "indicator": update.action, "action": update.action, "date": request.locale.date(update.date),
                    ])
                href = "/plans/\(PublicPage.escape(code))/actions/\(PublicPage.escape(update.action))"
            }
            if let session = request.session { request.site.sessions.say(message, link: href, to: session) }
            return WebSite.redirect(request.http.target)
        } catch let error as ValidationError {
            form.report(error.problems, request.wording)
            return try render(kind, form, request, status: .unprocessableContent)
        } catch ServiceError.invalid(let error) {
            form.report(error.problems, request.wording)
            return try render(kind, form, request, status: .unprocessableContent)
        }
    }

    /// The message's label: saved, unchanged, or waiting for a coordinator's approval.
    private static func savedKey(_ outcome: ProgressOutcome, _ saved: String) -> String {
        switch outcome {
        case .appended: saved
        case .unchanged: "web.saved.unchanged"
        case .awaitingApproval: "web.saved.pending"
        }
    }

    /// A record decoded from the form through its schema, so the form refuses what the API and CSV refuse.
    private static func record<R: Record>(
        _ type: R.Type, _ form: WebForm, _ conventions: FieldKind.TextConventions, extra: [String: JSONValue]
    ) throws -> R {
        var members: [(String, JSONValue)] = []
        for field in R.schema.fields {
            guard let shown = form.fields.first(where: { $0.name == field.name }) else { continue }
            if shown.kind == .checkbox {
                members.append((field.name, .bool(form.value(field.name) == "on")))
            } else if case .list = field.kind {
                let items = form.value(field.name).split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                members.append((field.name, .array(items.map { .string($0) })))
            } else if let json = form.json(field.name, kind: field.kind, conventions) {
                members.append((field.name, json))
            }
        }
        members += extra.map { ($0.key, $0.value) }
        let (record, problems) = R.schema.decode(.object(members), path: "")
        guard problems.isEmpty else { throw ValidationError(source: "the form", problems: problems) }
        return record
    }

    /// The group typed in the one syntax every surface reads (``FieldKind/json(fromText:_:)``: `ground=value` pairs
    /// separated by commas, `sex=female, age=0-17`, as on the command line and in spreadsheets); empty for the total.
    private static func disaggregation(_ form: WebForm) throws -> [String: JSONValue] {
        let group = FieldKind.dictionary.json(fromText: form.value("group"), .commandLine)
        switch group {
        case .null: return ["disaggregation": .object([])]
        case .object: return ["disaggregation": group]
        default:
            let problem = ValidationProblem(
                path: "group", code: .invalidValue, message: "write each group as ground=value, e.g. sex=female")
            throw ValidationError(source: "the form", problems: [problem])
        }
    }

    /// The plan, read as the signed-in user, whom the service's policy must allow to write `resource` of it (else
    /// the service's refusal, a 403 page; nothing written).
    static func writablePlan(_ request: WebRequest, _ resource: AccessRequest.Resource = .progress) throws -> Plan {
        try request.service.planToWrite(request.path("plan"), resource, as: request.principal)
    }
}
