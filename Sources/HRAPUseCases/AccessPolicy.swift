import HRAPStore

/// What a use case is about to do, as the access policy sees it.
public struct AccessRequest: Sendable, Hashable, CustomStringConvertible {
    /// Reading or changing.
    public enum Verb: String, Sendable, CaseIterable {
        case read, write
    }

    /// What is read or written.
    public enum Resource: String, Sendable, CaseIterable {
        /// The database file itself (create, migrate, back up, check).
        case database
        case government, plan
        /// The records of a plan's structure: units, standards, fields, objectives, actions, indicators, budget,
        /// events, bodies, reports, evaluations, not-applicable marks.
        case planRecord = "plan_record"
        /// Measurements and progress updates.
        case progress
        /// Scores, progress trees, due lists and saved score snapshots.
        case score
        /// Shipped and imported frameworks.
        case framework
        /// Assessment rounds, invitations, recommendations and responses.
        case assessment
        /// A reviewer's own rating sheet: ratings and its submission.
        case rating
        /// A recommendation of a round: the panel's (by whoever runs the round) or one reviewer's own.
        case recommendation
        /// Values marked private (measurements and progress updates not for publication).
        case privateValues = "private_values"
        /// Rating sheets a round does not show the reader: other reviewers' drafts, and their submissions while a
        /// blind round is open.
        case sealedRatings = "sealed_ratings"
        /// Access tokens of the HTTP service.
        case token
        /// People's accounts, their invitations and sessions (a person's own are theirs without asking).
        case account
        /// The audit log.
        case audit
    }

    public var verb: Verb
    public var resource: Resource
    /// The plan concerned, when there is one.
    public var plan: String?
    /// The government that owns what is written (a government record, a new or moved plan).
    public var owner: String?
    /// The reviewer identity a rating sheet belongs to.
    public var reviewer: String?
    /// The reviewer identities invited to the round a rating sheet belongs to.
    public var roundReviewers: Set<String>?
    /// What the store says of the plan concerned, filled in by the service for policies that ask for it.
    public var context: PlanAccessContext?

    /// Creates a request.
    public init(
        _ verb: Verb, _ resource: Resource, plan: String? = nil, owner: String? = nil, reviewer: String? = nil,
        context: PlanAccessContext? = nil
    ) {
        self.verb = verb
        self.resource = resource
        self.plan = plan
        self.owner = owner
        self.reviewer = reviewer
        self.context = context
    }

    public var description: String {
        "\(verb.rawValue) \(resource.rawValue.replacing("_", with: " "))" + (plan.map { " of plan \($0)" } ?? "")
    }
}

/// What the store says of a plan, for an access policy: who owns it, whether it is published, who reviews it.
public struct PlanAccessContext: Sendable, Hashable {
    /// The code of the government whose plan it is.
    public var government: String
    public var published: Bool
    /// The reviewer identities invited to any round of the plan.
    public var reviewers: Set<String>

    /// The context of what the store says of a plan.
    init(_ access: PlanAccess) {
        self.init(government: access.government, published: access.published, reviewers: access.reviewers)
    }

    /// Creates a context.
    public init(government: String, published: Bool, reviewers: Set<String>) {
        self.government = government
        self.published = published
        self.reviewers = reviewers
    }
}

/// Decides whether a principal may make a request; the one place where rights are decided.
public protocol AccessPolicy: Sendable {
    /// Whether `principal` may do what `request` describes.
    func permits(_ principal: Principal, _ request: AccessRequest) -> Bool
    /// Whether the policy judges by the plan's ``PlanAccessContext`` (which costs the service a read).
    var needsPlanContext: Bool { get }
}

extension AccessPolicy {
    public var needsPlanContext: Bool { true }
}

/// The policy of the command line: whoever runs hrap on a database file may do everything with it.
public struct AllowAll: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool { true }

    public var needsPlanContext: Bool { false }
}

/// A policy that refuses everything; for tests that prove every use case asks.
public struct DenyAll: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool { false }

    public var needsPlanContext: Bool { false }
}
