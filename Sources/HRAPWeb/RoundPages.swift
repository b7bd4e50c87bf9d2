import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// A coordinator's review rounds in the browser: open a self- or peer-assessment round, invite reviewers, see who
/// has submitted (never what, while a blind round is open), close and reopen it, write the panel's recommendations
/// and the city's responses. Every rule is the service's; a refused post shows its problems and writes nothing.
enum RoundPages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/rounds", .signedIn, handler: { try page($0) }),
            WebRoute("POST", "/plans/{plan}/rounds", .signedIn, handler: open),
            WebRoute("POST", "/plans/{plan}/rounds/{round}/invite", .signedIn, handler: invite),
            WebRoute("POST", "/plans/{plan}/rounds/{round}/close", .signedIn) { try step($0, close: true) },
            WebRoute("POST", "/plans/{plan}/rounds/{round}/reopen", .signedIn) { try step($0, close: false) },
            WebRoute("POST", "/plans/{plan}/rounds/{round}/recommendations", .signedIn, handler: recommend),
            WebRoute("POST", "/plans/{plan}/responses", .signedIn, handler: respond),
        ]
    }

    static func page(_ request: WebRequest, problems: [String] = [], status: HTTPStatus = .ok) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        let service = request.service, principal = request.principal
        let base = "/plans/" + PublicPage.escape(plan.code) + "/rounds"
        let rounds: [MustacheValue] = try service.roundStatuses(plan: plan.code, as: principal).map { status in
            let round = status.round
            let (full, _) = try service.assessment(round.code, plan: plan.code, as: principal)
            let action = base + "/" + PublicPage.escape(round.code)
            return .object([
                "code": .string(round.code), "title": .string(round.title), "version": .string(String(round.version)),
                "kind": .string(round.kind.rawValue), "framework": .string(round.framework),
                "state": .string(request.label("web.rounds.state." + round.status.rawValue)),
                "open": .bool(round.status != .finalised), "blind": .bool(round.blind),
                "reviewers": .list(
                    status.reviewers.map { reviewer in
                        .object([
                            "name": .string(reviewer.reviewer.name + " (" + reviewer.reviewer.code + ")"),
                            "progress": .string(progress(reviewer, request)),
                        ])
                    }),
                "recommendations": .list(
                    full.recommendations.map {
                        .object([
                            "code": .string($0.code), "text": .string($0.text),
                            "reference": .string(round.code + "/" + $0.code),
                        ])
                    }),
                "invite_action": .string(action + "/invite"), "close_action": .string(action + "/close"),
                "reopen_action": .string(action + "/reopen"), "recommend_action": .string(action + "/recommendations"),
                "invite": .object(["form": inviteForm(round.code, request).model()]),
                "recommend": .object(["form": recommendForm(round.code, request).model()]),
            ])
        }
        return try request.site.page(
            "rounds.html",
            .object([
                "plan": .string(plan.code), "title": .string(plan.title), "csrf": .string(request.session?.csrf ?? ""),
                "rounds": .list(rounds), "action": .string(base),
                "open_form": .object(["form": try openForm(request).model()]),
                "respond_action": .string("/plans/" + PublicPage.escape(plan.code) + "/responses"),
                "respond_form": .object(["form": respondForm(request).model()]),
                "errors": .list(problems.map { .string($0) }), "has_errors": .bool(!problems.isEmpty),
            ]), request, status: status)
    }

    /// How far a reviewer has got, without what they rated.
    private static func progress(_ reviewer: RoundStatus.ReviewerStatus, _ request: WebRequest) -> String {
        if let submitted = reviewer.submittedAt {
            return "✔ " + request.label("web.rounds.submitted", ["date": AccountPages.time(submitted, request)])
        }
        return reviewer.sheet == nil ? request.label("web.rounds.not_started") : request.label("web.rounds.draft")
    }

    private static func openForm(_ request: WebRequest) throws -> WebForm {
        let frameworks = try request.service.frameworks(as: request.principal)
        var form = WebForm(fields: [
            .init(name: "code", label: request.label("web.rounds.code"), required: true, maxLength: 64),
            .init(name: "title", label: request.label("web.rounds.title"), required: true),
            .init(
                name: "kind", label: request.label("web.rounds.kind"), kind: .select,
                options: Assessment.Kind.allCases.map {
                    ($0.rawValue, request.label("web.rounds.kind." + $0.rawValue))
                },
                required: true),
            .init(
                name: "framework", label: request.label("web.rounds.framework"), kind: .select,
                options: frameworks.map { ($0.id, $0.id + " " + $0.title) }, required: true),
            .init(
                name: "as_of", label: request.label("web.rounds.as_of"), hint: request.label("web.record.day_hint"),
                required: true, maxLength: 10),
            .init(name: "blind", label: request.label("web.rounds.blind"), kind: .checkbox, value: "on"),
        ])
        form.idPrefix = "open-"
        return form
    }

    private static func inviteForm(_ round: String, _ request: WebRequest) -> WebForm {
        var form = RecordForm.form(Reviewer.self, nil, identity: [], choices: [:], request.locale)
        form.fields.removeAll { $0.name == "invited_at" }
        form.idPrefix = "invite-\(round)-"
        return form
    }

    private static func recommendForm(_ round: String, _ request: WebRequest) -> WebForm {
        var form = RecordForm.form(Recommendation.self, nil, identity: [], choices: [:], request.locale)
        form.fields.removeAll { $0.name == "created_at" }
        form.idPrefix = "recommend-\(round)-"
        return form
    }

    private static func respondForm(_ request: WebRequest) -> WebForm {
        var form = RecordForm.form(RecommendationResponse.self, nil, identity: [], choices: [:], request.locale)
        form.idPrefix = "respond-"
        return form
    }

    private static func open(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        let data = try FormData(request.http)
        var form = try openForm(request)
        form.fill(from: data, request.wording)
        guard let asOf = CalendarDate(form.value("as_of")) else {
            return try page(
                request, problems: [request.label("web.problem.date.invalid_value")], status: .unprocessableContent)
        }
        let opening = RoundOpening(
            code: form.value("code"), title: form.value("title").isEmpty ? nil : form.value("title"),
            kind: form.value("kind"), framework: form.value("framework"), asOf: asOf, automaticWeight: .number(0.5),
            blind: form.value("blind") == "on", selfAssessment: nil)
        return try settle(request, message: "web.rounds.opened") {
            _ = try request.service.openAssessment(opening, plan: plan.code, as: request.principal)
        }
    }

    private static func invite(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        return try settle(request, message: "web.rounds.invited") {
            let reviewer = try decoded(Reviewer.self, inviteForm(request.path("round"), request), request)
            try request.service.invite(reviewer, to: request.path("round"), plan: plan.code, as: request.principal)
        }
    }

    private static func recommend(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        return try settle(request, message: "web.rounds.recommended") {
            let recommendation = try decoded(
                Recommendation.self, recommendForm(request.path("round"), request), request)
            try request.service.recommend(
                recommendation, round: request.path("round"), plan: plan.code, as: request.principal)
        }
    }

    private static func respond(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        return try settle(request, message: "web.rounds.responded") {
            let response = try decoded(RecommendationResponse.self, respondForm(request), request)
            try request.service.respond(response, plan: plan.code, as: request.principal)
        }
    }

    private static func step(_ request: WebRequest, close: Bool) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .assessment)
        return try settle(request, message: close ? "web.rounds.closed" : "web.rounds.reopened") {
            if close {
                _ = try request.service.closeAssessment(request.path("round"), plan: plan.code, as: request.principal)
            } else {
                _ = try request.service.reopenAssessment(request.path("round"), plan: plan.code, as: request.principal)
            }
        }
    }

    /// A record read from a posted form by its schema; its problems are the service's kind of refusal.
    private static func decoded<R: Record>(_ type: R.Type, _ form: WebForm, _ request: WebRequest) throws -> R {
        var filled = form
        filled.fill(from: try FormData(request.http), request.wording)
        return try RecordForm.record(R.self, filled, request.locale)
    }

    /// Runs a step; on success the page says so, on a refusal it is shown again with every problem.
    private static func settle(_ request: WebRequest, message: String, _ body: () throws -> Void) throws
        -> HTTPResponse
    {
        do {
            try body()
        } catch ServiceError.invalid(let error) {
            return try page(
                request, problems: error.problems.map { "\($0.path): " + request.wording.problem($0, field: $0.path) },
                status: .unprocessableContent)
        } catch let error as ServiceError where error.kind == .conflict {
            return try page(request, problems: [error.description], status: .conflict)
        }
        if let session = request.session { request.site.sessions.say(request.label(message), to: session) }
        return WebSite.redirect(
            "/plans/" + PublicPage.escape(request.path("plan")) + "/rounds" + request.languageSuffix)
    }
}
