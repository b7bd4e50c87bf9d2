import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import JSONCoding
import Mustache

/// A reviewer's rating sheet for a round they are invited to: a level (or why it cannot be assessed), the rationale
/// and the evidence for each encouragement; saved as a draft or submitted. Blind-review rules are the service's: the
/// form shows only the reviewer's own ratings.
enum ReviewForms {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/plans/{plan}/rounds/{round}/sheet", .signedIn) { request in
                let (framework, current) = try context(request)
                return try render(form(framework, current: current, request), framework, request, status: .ok)
            },
            WebRoute("POST", "/plans/{plan}/rounds/{round}/sheet", .signedIn, handler: post),
            WebRoute("POST", "/plans/{plan}/rounds/{round}/sheet/recommendations", .signedIn, handler: recommend),
        ]
    }

    /// A reviewer's own recommendation: code, encouragement, text and the objectives and measures it concerns; it
    /// names the reviewer. Refused input is shown again next to its fields.
    private static func recommend(_ request: WebRequest) throws -> HTTPResponse {
        let (framework, current) = try context(request)
        var recommendation = recommendationForm(request)
        recommendation.fill(from: try FormData(request.http), request.wording)
        if !recommendation.hasErrors {
            do {
                let given = try RecordForm.record(Recommendation.self, recommendation, request.locale)
                try request.service.recommend(
                    given, round: request.path("round"), plan: request.path("plan"), as: request.principal)
            } catch ServiceError.invalid(let error) {
                recommendation.report(error.problems, request.wording)
            }
        }
        if recommendation.hasErrors {
            return try render(
                form(framework, current: current, request), framework, request, recommendation: recommendation,
                status: .unprocessableContent)
        }
        if let session = request.session {
            request.site.sessions.say(request.label("web.rounds.recommended"), to: session)
        }
        return WebSite.redirect(
            "/plans/\(PublicPage.escape(request.path("plan")))/rounds/\(PublicPage.escape(request.path("round")))/sheet"
                + request.languageSuffix)
    }

    /// The form of a reviewer's own recommendation (the reviewer and the time are the service's).
    private static func recommendationForm(_ request: WebRequest) -> WebForm {
        var form = RecordForm.form(Recommendation.self, nil, identity: [], choices: [:], request.locale)
        form.fields.removeAll { ["reviewer", "created_at"].contains($0.name) }
        form.idPrefix = "recommend-"
        return form
    }

    /// The round's framework and the reviewer's current draft ratings; 403 for who is not a reviewer of the round.
    private static func context(_ request: WebRequest) throws -> (Framework, [Int: Rating]) {
        guard let identity = request.principal.reviewer else { throw WebError.forbidden }
        let (status, framework) = try request.service.roundStatus(
            request.path("round"), plan: request.path("plan"), as: request.principal)
        guard status.reviewers.contains(where: { $0.reviewer.code == identity }) else { throw WebError.forbidden }
        let (round, _) = try request.service.assessment(
            request.path("round"), plan: request.path("plan"),
            as: request.principal)
        let draft = round.sheets(of: identity).last.flatMap { $0.submittedAt == nil ? $0 : nil }
        return (framework, draft?.currentRatings ?? [:])
    }

    private static func form(_ framework: Framework, current: [Int: Rating], _ request: WebRequest) -> WebForm {
        var fields: [WebForm.Field] = []
        let wording = request.locale.frameworks[framework.id]
        for encouragement in framework.encouragements {
            let number = encouragement.number, rating = current[number]
            let title = "\(number). \(wording?.shortTitles[number] ?? encouragement.shortTitle)"
            fields += [
                .init(
                    name: "level-\(number)", label: "\(title): \(request.label("web.review.level"))",
                    hint: wording?.texts[number] ?? encouragement.text, kind: .select,
                    value: rating?.level.map(String.init) ?? "",
                    options: framework.levelDescriptions.enumerated().map {
                        (String($0.offset), "\($0.offset) – \($0.element)")
                    }),
                .init(
                    name: "not_assessable-\(number)", label: request.label("web.review.not_assessable"),
                    value: rating?.notAssessable ?? "", maxLength: WebForm.Field.limit(Rating.self, "not_assessable")),
                .init(
                    name: "rationale-\(number)", label: request.label("web.review.rationale"), kind: .textarea,
                    value: rating?.rationale ?? "", maxLength: WebForm.Field.limit(Rating.self, "rationale")),
                .init(
                    name: "evidence-\(number)", label: request.label("web.review.evidence"),
                    hint: request.label("web.review.evidence_hint"), kind: .textarea,
                    value: rating?.evidence.map(\.description).joined(separator: "\n") ?? "", maxLength: 5_000),
            ]
        }
        return WebForm(fields: fields)
    }

    private static func post(_ request: WebRequest) throws -> HTTPResponse {
        let (framework, current) = try context(request)
        let data = try FormData(request.http)
        var form = form(framework, current: current, request)
        form.fill(from: data, request.wording)
        var sheet = RatingSheetFile()
        for encouragement in framework.encouragements where !form.hasErrors {
            let number = encouragement.number
            let typed = ["level", "not_assessable", "rationale", "evidence"].map { form.value("\($0)-\(number)") }
            guard typed.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
                continue
            }
            let evidence = typed[3].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.map { JSONValue.string($0) }
            var members: [(String, JSONValue)] = [
                ("encouragement", .integer(Int64(number))),
                ("rationale", .string(typed[2])), ("evidence", .array(evidence)),
            ]
            if let level = Int64(typed[0]) { members.append(("level", .integer(level))) }
            if !typed[1].isEmpty { members.append(("not_assessable", .string(typed[1]))) }
            let (rating, problems) = Rating.schema.decode(.object(members), path: "")
            form.report(problems, request.wording) { "\($0)-\(number)" }
            sheet.ratings.append(.init(rating, at: "encouragement \(number)"))
        }
        if sheet.ratings.isEmpty, !form.hasErrors { form.general.append(request.label("web.review.nothing")) }
        guard !form.hasErrors else { return try render(form, framework, request, status: .unprocessableContent) }
        let (plan, round) = (request.path("plan"), request.path("round"))
        let identity = request.principal.reviewer ?? ""
        do {
            _ = try request.service.rate(
                sheet, readProblems: [], reviewer: identity, round: round, plan: plan,
                supersede: false, source: "web form", as: request.principal)
            var message = request.label("web.review.saved", ["count": String(sheet.ratings.count)])
            if data.value("step") == "submit" {
                do {
                    let number = try request.service.submitSheet(
                        reviewer: identity, round: round, plan: plan,
                        as: request.principal)
                    message = request.label("web.review.submitted", ["number": String(number)])
                } catch ServiceError.assessment(let error) {
                    message += " " + request.label("web.review.not_submitted") + " " + error.description
                }
            }
            if let session = request.session { request.site.sessions.say(message, to: session) }
            return WebSite.redirect(request.http.target)
        } catch let error as ValidationError {
            form.general += error.problems.map(\.description)
            return try render(form, framework, request, status: .unprocessableContent)
        } catch ServiceError.invalid(let error) {
            form.general += error.problems.map(\.description)
            return try render(form, framework, request, status: .unprocessableContent)
        } catch ServiceError.assessment(let error) {
            form.general.append(error.description)
            return try render(form, framework, request, status: .conflict)
        }
    }

    private static func render(
        _ form: WebForm, _ framework: Framework, _ request: WebRequest, recommendation: WebForm? = nil,
        status: HTTPStatus
    ) throws -> HTTPResponse {
        try request.site.page(
            "sheet-form.html",
            .object([
                "title": .string(request.label("web.review.title")), "plan": .string(request.path("plan")),
                "round": .string(request.path("round")), "framework": .string(framework.title),
                "text_status": .string(request.label("cover.text_status.\(framework.textStatus.rawValue)")),
                "action": .string(request.http.target), "csrf": .string(request.session?.csrf ?? ""),
                "form": form.model(),
                "recommend": .object(["form": (recommendation ?? recommendationForm(request)).model()]),
                "recommend_action": .string(
                    "/plans/\(PublicPage.escape(request.path("plan")))/rounds/\(PublicPage.escape(request.path("round")))"
                        + "/sheet/recommendations"),
            ]), request, status: status)
    }
}
