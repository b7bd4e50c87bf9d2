import HRAPCore
import HRAPReports
import HRAPUseCases
import HTTPServing
import Mustache

/// A coordinator's approval queue on the plan's management page: approve an officer's entry, or reject it with a
/// reason; the latest decisions below it.
enum ApprovalForms {
    static func all() -> [WebRoute] {
        [WebRoute("POST", "/plans/{plan}/submissions/{id}", .signedIn, handler: decide)]
    }

    /// A rejection's reason typed but refused, shown again next to its field.
    struct Refusal {
        let id: Int64
        let reason: String
        let error: String
    }

    /// The longest reason the service takes (a reason is prose).
    static let reasonLimit = FieldKind.longText.maxLength ?? 0

    /// The queue and the latest decisions, for the management page.
    static func model(_ plan: Plan, _ request: WebRequest, refusal: Refusal? = nil) throws -> [String: MustacheValue] {
        let all = try request.service.submissions(plan: plan.code, pendingOnly: false, as: request.principal)
        let base = "/plans/\(PublicPage.escape(plan.code))/submissions/"
        let pending: [MustacheValue] = all.filter { $0.decision == nil }.reversed().map { submission in
            var item = describe(submission, request)
            item["action"] = .string(base + String(submission.id) + request.languageSuffix)
            item["own"] = .bool(submission.submittedBy == request.principal.name)
            item["reason"] = .string(refusal?.id == submission.id ? refusal?.reason ?? "" : "")
            item["error"] = refusal?.id == submission.id ? .string(refusal?.error ?? "") : .null
            return .object(item)
        }
        let decided = all.filter { $0.decision != nil }.prefix(20).map { MustacheValue.object(describe($0, request)) }
        return [
            "requires_approval": .bool(plan.requiresApproval), "pending": .list(pending),
            "has_pending": .bool(!pending.isEmpty), "decided": .list(Array(decided)),
            "has_decided": .bool(!decided.isEmpty),
            "refusal": refusal.map { .object(["id": .string(String($0.id)), "error": .string($0.error)]) } ?? .null,
            "reason_max": .string(String(reasonLimit)),
        ]
    }

    /// What a submission holds, in the request's language: the indicator or measure, the date and the value or status.
    private static func what(_ submission: Submission, _ locale: ReportLocale) -> String {
        switch submission.entry {
        case .measurement(let measurement):
            let group = measurement.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            let value =
                measurement.value.map { locale.number($0, decimals: 2) }
                ?? measurement.judgedStatus.map { locale.label("judged.\($0.rawValue)") } ?? ""
            return "\(measurement.indicator), \(locale.date(measurement.date)): \(value)"
                + (group.isEmpty ? "" : " (\(group.joined(separator: ", ")))")
        case .progressUpdate(let update):
            let status = locale.label("web.action_status.\(update.status.rawValue)")
            return "\(update.action), \(locale.date(update.date)): \(status)"
                + (update.narrative.map { " — \($0)" } ?? "")
        }
    }

    private static func describe(_ submission: Submission, _ request: WebRequest) -> [String: MustacheValue] {
        let locale = request.locale
        return [
            "id": .string(String(submission.id)), "what": .string(what(submission, locale)),
            "kind": .string(request.label("web.approval.kind.\(submission.entity)")),
            "submitted": .string(
                request.label(
                    "web.approval.submitted",
                    [
                        "who": submission.submittedBy, "date": locale.date(submission.submittedAt.date),
                    ])),
            "approved": .bool(submission.decision == .approved), "rejected": .bool(submission.decision == .rejected),
            "decided": .string(
                submission.decidedBy.map { who in
                    request.label(
                        "web.approval.decided",
                        [
                            "who": who, "date": submission.decidedAt.map { locale.date($0.date) } ?? "",
                        ])
                } ?? ""),
            "decision_reason": submission.reason.map(MustacheValue.string) ?? .null,
        ]
    }

    /// Approves or rejects one submission; a rejection without a reason shows the page again with the field's error.
    private static func decide(_ request: WebRequest) throws -> HTTPResponse {
        let plan = try ProgressForms.writablePlan(request, .plan)
        guard let id = Int64(request.path("id")) else { throw WebError.notFound }
        let form = try FormData(request.http)
        guard let approve = form.value("decision").flatMap({ ["approve": true, "reject": false][$0] }) else {
            throw WebError.badRequest("web.error.form")
        }
        let reason = (form.value("reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let manage = "/plans/\(PublicPage.escape(plan.code))/manage" + request.languageSuffix
        let message: String
        do {
            let decided = try request.service.decide(
                id, plan: plan.code, approve: approve, reason: reason.isEmpty ? nil : reason, as: request.principal)
            message = request.label(
                approve ? "web.approval.now_approved" : "web.approval.now_rejected",
                ["what": what(decided, request.locale)])
        } catch ServiceError.invalid(let error) {
            let tooLong = error.problems.contains { $0.code == .outOfRange }
            let label =
                tooLong
                ? request.label(
                    "web.approval.reason_too_long", ["max": request.locale.number(Double(reasonLimit))])
                : request.label("web.approval.reason_required")
            let refusal = Refusal(id: id, reason: reason, error: label)
            return try PlanForms.manage(plan, request, refusal: refusal, status: .unprocessableContent)
        } catch ServiceError.alreadyDecided {
            message = request.label("web.approval.already_decided")
        } catch ServiceError.ownSubmission {
            message = request.label("web.approval.own")
        }
        if let session = request.session { request.site.sessions.say(message, to: session) }
        return WebSite.redirect(manage)
    }
}
