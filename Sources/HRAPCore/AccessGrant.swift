/// What a principal may do, from least to most.
public enum AccessRole: String, Sendable, CaseIterable, Comparable {
    /// Reads published plans and public values; with a government, that government's unpublished drafts too.
    case viewer
    /// Writes the answers of one reviewer identity in the rounds they are invited to.
    case reviewer
    /// Writes the plan data of one government.
    case officer
    /// Everything.
    case admin

    public static func < (lhs: AccessRole, rhs: AccessRole) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .reviewer: 1
        case .officer: 2
        case .admin: 3
        }
    }
}

/// One role with its scope: an officer of a government, a reviewer identity, a viewer (of one government's drafts,
/// or of published plans only), or an admin.
public struct AccessGrant: Sendable, Hashable, CustomStringConvertible {
    public var role: AccessRole
    /// The government an officer writes for, or whose unpublished drafts a viewer reads.
    public var government: String?
    /// The reviewer identity (an invited reviewer's code) a reviewer acts as.
    public var reviewer: String?

    /// Creates a grant.
    public init(_ role: AccessRole, government: String? = nil, reviewer: String? = nil) {
        (self.role, self.government, self.reviewer) = (role, government, reviewer)
    }

    /// The grant as people write it: `admin`, `viewer`, `viewer:GOV`, `officer:GOV`, `reviewer:IDENTITY`.
    public var description: String {
        role.rawValue + ((government ?? reviewer).map { ":" + $0 } ?? "")
    }

    /// Reads the written form; nil when the role is unknown or its scope is missing or not allowed for the role.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let role = AccessRole(rawValue: first) else { return nil }
        let scope = parts.count == 2 ? parts[1] : nil
        if scope?.isEmpty == true { return nil }
        switch role {
        case .admin: guard scope == nil else { return nil }
        case .viewer: break
        case .officer: guard scope != nil else { return nil }
        case .reviewer: guard scope != nil else { return nil }
        }
        self.init(role, government: role == .reviewer ? nil : scope, reviewer: role == .reviewer ? scope : nil)
    }

    /// Whether everything `other` allows, this allows too: what a person's own token may be given at most.
    public func covers(_ other: AccessGrant) -> Bool {
        switch (role, other.role) {
        case (.admin, _): true
        case (_, .viewer): other.government == nil || other.government == government && role != .reviewer
        case (.officer, .officer): government == other.government
        case (.reviewer, .reviewer): reviewer == other.reviewer
        default: false
        }
    }
}
