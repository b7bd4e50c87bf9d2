/// Who calls a use case: the identity written into audit rows and the role the access policy judges.
///
/// The command line's principal is the declared `--actor` with the administrator role; the HTTP service will pass
/// the principal of the request's token.
public struct Principal: Sendable, Equatable {
    /// What a principal may do, from least to most.
    public enum Role: String, Sendable, CaseIterable {
        /// Reads published plans and public values.
        case viewer
        /// Writes the answers of one reviewer identity in the rounds they are invited to.
        case reviewer
        /// Writes the plan data of one government.
        case officer
        /// Everything.
        case admin
    }

    /// The name written into audit rows (`recorded_by`, `actor`).
    public var name: String
    public var role: Role
    /// The government an officer works for.
    public var government: String?
    /// The reviewer identity (an invited reviewer's code) a reviewer acts as.
    public var reviewer: String?

    /// Creates a principal.
    public init(name: String, role: Role, government: String? = nil, reviewer: String? = nil) {
        self.name = name
        self.role = role
        self.government = government
        self.reviewer = reviewer
    }

    /// Who the principal is in an assessment round: the reviewer identity, else the name.
    public var identity: String { reviewer ?? name }

    /// The principal of the command line: the declared actor, with every right.
    public static func commandLine(_ name: String) -> Principal {
        Principal(name: name, role: .admin)
    }
}
