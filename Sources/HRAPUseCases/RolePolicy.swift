import HRAPCore

/// The HTTP service's roles (least privilege):
///
/// - **viewer** reads governments, frameworks and published plans with their public values; a viewer of a government
///   also reads that government's unpublished drafts (still without private values);
/// - **officer** reads and writes the plans, records, progress, scores and rounds of its own government (and its
///   government's record), and reads other published plans like a viewer;
/// - **reviewer** reads the plans it is invited to review and writes only its own rating sheets and its own
///   recommendations there;
/// - **admin** does everything, including tokens, accounts and the audit log of every plan.
///
/// A principal with several grants may do what any one of them permits.
public struct RolePolicy: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool {
        principal.grants.contains { permits($0, request) }
    }

    private func permits(_ grant: AccessGrant, _ request: AccessRequest) -> Bool {
        switch grant.role {
        case .admin: true
        case .viewer: request.verb == .read && (publicRead(request) || draftRead(grant, request))
        case .officer: officer(grant, request)
        case .reviewer: reviewer(grant, request)
        }
    }

    /// What a viewer of a government reads besides public data: that government's unpublished plans.
    private func draftRead(_ grant: AccessGrant, _ request: AccessRequest) -> Bool {
        guard let government = grant.government, let context = request.context else { return false }
        switch request.resource {
        case .plan, .planRecord, .progress, .score, .assessment: return context.government == government
        default: return false
        }
    }

    /// What anyone with a token may read: governments, frameworks, and published plans without their private values.
    private func publicRead(_ request: AccessRequest) -> Bool {
        switch request.resource {
        case .government, .framework: true
        case .plan, .planRecord, .progress, .score, .assessment:
            request.plan == nil || request.context?.published == true
        case .database, .audit, .token, .account, .privateValues, .rating, .recommendation, .sealedRatings: false
        }
    }

    private func officer(_ grant: AccessGrant, _ request: AccessRequest) -> Bool {
        guard let government = grant.government else { return false }
        let ownPlan = request.context.map { $0.government == government } ?? false
        let ownership = request.owner.map { $0 == government } ?? true
        switch (request.verb, request.resource) {
        case (.read, .database), (.read, .token), (.write, .database), (.write, .token), (.read, .account),
            (.write, .account), (.write, .framework),
            (.write, .rating), (.read, .rating), (.read, .sealedRatings), (.write, .sealedRatings):
            return false
        case (.read, .audit), (.read, .privateValues):
            return ownPlan
        case (.read, _):
            return publicRead(request) || ownPlan
        case (.write, .government):
            return request.owner == government
        case (.write, .plan):
            return ownership && (request.context == nil || ownPlan)
        case (.write, _):
            return ownPlan && ownership
        }
    }

    private func reviewer(_ grant: AccessGrant, _ request: AccessRequest) -> Bool {
        guard let identity = grant.reviewer else { return false }
        let invited = request.context?.reviewers.contains(identity) ?? false
        switch (request.verb, request.resource) {
        case (.read, .plan), (.read, .planRecord), (.read, .progress), (.read, .score), (.read, .assessment):
            return publicRead(request) || invited
        case (.read, _):
            return publicRead(request)
        case (.write, .rating), (.write, .recommendation):
            return (request.roundReviewers ?? []).contains(identity) && request.reviewer == identity
        case (.write, _):
            return false
        }
    }
}
