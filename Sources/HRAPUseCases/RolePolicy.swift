/// The HTTP service's roles (least privilege):
///
/// - **viewer** reads governments, frameworks and published plans with their public values;
/// - **officer** reads and writes the plans, records, progress, scores and rounds of its own government (and its
///   government's record), and reads other published plans like a viewer;
/// - **reviewer** reads the plans it is invited to review and writes only its own rating sheets there;
/// - **admin** does everything, including tokens and the audit log of every plan.
public struct RolePolicy: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool {
        switch principal.role {
        case .admin: true
        case .viewer: request.verb == .read && publicRead(request)
        case .officer: officer(principal, request)
        case .reviewer: reviewer(principal, request)
        }
    }

    /// What anyone with a token may read: governments, frameworks, and published plans without their private values.
    private func publicRead(_ request: AccessRequest) -> Bool {
        switch request.resource {
        case .government, .framework: true
        case .plan, .planRecord, .progress, .score, .assessment:
            request.plan == nil || request.context?.published == true
        case .database, .audit, .token, .privateValues, .rating, .sealedRatings: false
        }
    }

    private func officer(_ principal: Principal, _ request: AccessRequest) -> Bool {
        guard let government = principal.government else { return false }
        let ownPlan = request.context.map { $0.government == government } ?? false
        let ownership = request.owner.map { $0 == government } ?? true
        switch (request.verb, request.resource) {
        case (.read, .database), (.read, .token), (.write, .database), (.write, .token), (.write, .framework),
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

    private func reviewer(_ principal: Principal, _ request: AccessRequest) -> Bool {
        guard let identity = principal.reviewer else { return false }
        let invited = request.context?.reviewers.contains(identity) ?? false
        switch (request.verb, request.resource) {
        case (.read, .plan), (.read, .planRecord), (.read, .progress), (.read, .score), (.read, .assessment):
            return publicRead(request) || invited
        case (.read, _):
            return publicRead(request)
        case (.write, .rating):
            return (request.roundReviewers ?? []).contains(identity) && request.reviewer == identity
        case (.write, _):
            return false
        }
    }
}
