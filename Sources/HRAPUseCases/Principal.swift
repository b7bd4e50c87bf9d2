import HRAPCore

/// Who calls a use case: the identity written into audit rows and the grants the access policy judges.
///
/// The command line's principal is the declared `--actor` with the administrator role; the HTTP service passes the
/// principal of the request's token or of the signed-in person (who may hold several grants).
public struct Principal: Sendable, Equatable {
    /// What a principal may do, from least to most.
    public typealias Role = AccessRole

    /// The name written into audit rows (`recorded_by`, `actor`).
    public var name: String
    /// What the principal holds; the policy permits what any one of them permits.
    public var grants: [AccessGrant]
    /// The signed-in person's user name; nil for a token and the command line.
    public var account: String?
    /// The signed-in person's name as pages greet them.
    public var displayName: String?

    /// Creates a principal with one grant.
    public init(name: String, role: Role, government: String? = nil, reviewer: String? = nil) {
        self.init(name: name, grants: [AccessGrant(role, government: government, reviewer: reviewer)])
    }

    /// Creates a principal with its grants.
    public init(name: String, grants: [AccessGrant], account: String? = nil) {
        (self.name, self.grants, self.account) = (name, grants, account)
    }

    /// The highest role held (viewer for none).
    public var role: Role { grants.map(\.role).max() ?? .viewer }
    /// The government of the first officer grant.
    public var government: String? { grants.first { $0.role == .officer }?.government }
    /// The reviewer identity (an invited reviewer's code) the principal acts as, from its reviewer grant.
    public var reviewer: String? { grants.first { $0.role == .reviewer }?.reviewer }

    /// Who the principal is in an assessment round: the reviewer identity, else the name.
    public var identity: String { reviewer ?? name }

    /// Whether the principal writes for this government's plans (an officer of it, or an admin).
    public func writes(for government: String) -> Bool {
        grants.contains { $0.role == .admin || ($0.role == .officer && $0.government == government) }
    }

    /// The principal of the command line: the declared actor, with every right.
    public static func commandLine(_ name: String) -> Principal {
        Principal(name: name, role: .admin)
    }
}
