import HRAPCore
import HRAPStore

extension HRAPService {
    /// The submissions of a plan that require approval: those waiting (oldest first), or all (newest first). For those
    /// who may see the plan's private values: officers of its government and admins.
    public func submissions(plan: String, pendingOnly: Bool, as principal: Principal) throws -> [Submission] {
        return try reading {
            try authorize(principal, .read, .privateValues, plan: plan)
            return try store.submissions(plan: plan, pendingOnly: pendingOnly)
        }
    }

    /// One page of ``submissions(plan:pendingOnly:as:)``, after the position `after` (nil: from the start).
    public func submissions(
        plan: String, pendingOnly: Bool, after: Int64?, limit: Int, as principal: Principal
    ) throws -> Page<Submission> {
        try reading {
            try authorize(principal, .read, .privateValues, plan: plan)
            let page = try store.submissions(plan: plan, pendingOnly: pendingOnly, after: after, limit: limit)
            return Page(items: page.items, next: page.next)
        }
    }

    /// One submission of a plan.
    public func submission(_ id: Int64, plan: String, as principal: Principal) throws -> Submission {
        return try reading {
            try authorize(principal, .read, .privateValues, plan: plan)
            return try store.submission(id, plan: plan)
        }
    }

    /// Approves or rejects (with a reason) a waiting submission. The coordinator is anyone who may change the plan
    /// (an officer of its government, an admin) except the submitter.
    public func decide(
        _ id: Int64, plan: String, approve: Bool, reason: String?, as principal: Principal
    ) throws -> Submission {
        return try writing {
            try authorize(principal, .write, .plan, plan: plan)
            let submission = try store.submission(id, plan: plan)
            guard submission.submittedBy != principal.name else { throw ServiceError.ownSubmission(id: id) }
            try Self.checkReason(reason, approve: approve)
            return try store.decide(id, plan: plan, approve: approve, reason: reason, by: author(principal))
        }
    }

    /// A rejection says why; a reason, given or required, is prose under the declared limits (``FieldKind/longText``).
    private static func checkReason(_ reason: String?, approve: Bool) throws {
        guard !approve || !(reason ?? "").allSatisfy(\.isWhitespace) else { return }
        do throws(FieldError) {
            _ = try FieldCodec<String>.longText.decode(.string(reason ?? ""))
        } catch {
            let message = error.code == .required ? "say why it is rejected" : error.message
            throw ValidationError(
                source: "the decision",
                problems: [ValidationProblem(path: "reason", code: error.code, message: message)])
        }
    }

    /// Whether the principal's entries on the plan wait for approval: an officer's, on a published plan that
    /// requires it. Admins' entries (the command line's among them) never wait.
    func entriesAwaitApproval(plan: String, by principal: Principal) throws -> Bool {
        principal.role == .officer ? try store.entriesAwaitApproval(plan: plan) : false
    }

    /// Throws unless the principal may make this change of a plan's approval setting: only an admin turns it on or
    /// off, so that the officers whose entries it holds cannot.
    func guardApprovalSetting(from stored: Plan?, to changed: Plan?, as principal: Principal) throws {
        guard let changed, principal.role != .admin, changed.requiresApproval != (stored?.requiresApproval ?? false)
        else { return }
        let request = AccessRequest(.write, .database, plan: changed.code)
        throw ServiceError.forbidden(principal: principal.name, request: request)
    }
}
