import JSONCoding

/// A token of the HTTP service as stored: never the token itself, only its SHA-256.
public struct AccessToken: Sendable, Equatable {
    public var id: Int64
    /// A name unique among tokens, written into audit rows (`maria (officer)`).
    public var name: String
    /// `admin`, `officer`, `reviewer` or `viewer`.
    public var role: String
    /// The government an officer's token writes for.
    public var government: String?
    /// The reviewer identity a reviewer's token acts as.
    public var reviewer: String?
    /// The SHA-256 of the token, hex.
    public var hash: String
    /// The last day the token is accepted.
    public var expires: CalendarDate?
    public var created: Timestamp
    public var createdBy: String
    public var revoked: Timestamp?
    public var revokedBy: String?
    /// The user name of the person who owns the token (it then works only while they may do what it grants);
    /// nil for a token made for a script by an administrator.
    public var owner: String?

    /// Creates a token record.
    public init(
        name: String, role: String, government: String? = nil, reviewer: String? = nil, hash: String,
        expires: CalendarDate? = nil, created: Timestamp, createdBy: String
    ) {
        self.id = 0
        self.name = name
        self.role = role
        self.government = government
        self.reviewer = reviewer
        self.hash = hash
        self.expires = expires
        self.created = created
        self.createdBy = createdBy
    }

    /// Whether a token is accepted.
    public enum State: String, Sendable {
        case active, expired, revoked
    }

    /// The token's state on a day: revoked ends it for good; it expires after its last day.
    public func state(on day: CalendarDate) -> State {
        if revoked != nil { return .revoked }
        if let expires, day > expires { return .expired }
        return .active
    }

    /// The token as audit rows and listings show it: everything but the hash; listings add its state on a day.
    public func json(stateOn day: CalendarDate? = nil) -> JSONValue {
        .object(
            [
                ("name", .string(name)), ("role", .string(role)),
                ("government", government.map(JSONValue.string) ?? .null),
                ("reviewer", reviewer.map(JSONValue.string) ?? .null),
                ("expires", expires.map { .string($0.description) } ?? .null),
                ("created_at", .string(created.description)), ("created_by", .string(createdBy)),
                ("revoked_at", revoked.map { .string($0.description) } ?? .null),
                ("revoked_by", revokedBy.map(JSONValue.string) ?? .null),
                ("owner", owner.map(JSONValue.string) ?? .null),
            ] + (day.map { [("state", .string(state(on: $0).rawValue))] } ?? []))
    }
}
