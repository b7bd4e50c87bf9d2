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
        /// Assessment rounds, rating sheets, recommendations and responses.
        case assessment
        /// The audit log.
        case audit
    }

    public var verb: Verb
    public var resource: Resource
    /// The plan concerned, when there is one.
    public var plan: String?

    /// Creates a request.
    public init(_ verb: Verb, _ resource: Resource, plan: String? = nil) {
        self.verb = verb
        self.resource = resource
        self.plan = plan
    }

    public var description: String {
        "\(verb.rawValue) \(resource.rawValue.replacing("_", with: " "))" + (plan.map { " of plan \($0)" } ?? "")
    }
}

/// Decides whether a principal may make a request; the one place where rights are decided.
public protocol AccessPolicy: Sendable {
    /// Whether `principal` may do what `request` describes.
    func permits(_ principal: Principal, _ request: AccessRequest) -> Bool
}

/// The policy of the command line: whoever runs hrap on a database file may do everything with it.
public struct AllowAll: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool { true }
}

/// A policy that refuses everything; for tests that prove every use case asks.
public struct DenyAll: AccessPolicy {
    /// Creates the policy.
    public init() {}

    public func permits(_ principal: Principal, _ request: AccessRequest) -> Bool { false }
}
