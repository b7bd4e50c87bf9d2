import JSONCoding

/// A person who signs in: a user name, a display name, the roles they hold with their scopes, and a state. The
/// password is kept only as a slow salted hash (`pbkdf2-sha256$ROUNDS$SALT$KEY`).
public struct Account: Sendable, Equatable {
    /// Where a person stands: invited (no password yet), active, or disabled (no sign-in, sessions and tokens end).
    public enum State: String, Sendable, CaseIterable {
        case invited, active, disabled
    }

    public var id: Int64 = 0
    /// Unique, compared without regard to case: what the person types to sign in (often an e-mail address).
    public var username: String
    public var displayName: String
    public var state: State
    public var grants: [AccessGrant]
    /// The stored password hash; nil until the person sets a password (and for single-sign-on-only accounts).
    public var passwordHash: String?
    public var created: Timestamp
    public var createdBy: String
    public var changed: Timestamp
    public var changedBy: String

    /// Creates an account record.
    public init(
        username: String, displayName: String, state: State, grants: [AccessGrant], passwordHash: String? = nil,
        created: Timestamp, createdBy: String
    ) {
        (self.username, self.displayName, self.state, self.grants) = (username, displayName, state, grants)
        self.passwordHash = passwordHash
        (self.created, self.createdBy, self.changed, self.changedBy) = (created, createdBy, created, createdBy)
    }

    /// The account as audit rows and listings show it: never the password hash, only whether there is one.
    public func json() -> JSONValue {
        .object([
            ("username", .string(username)), ("display_name", .string(displayName)), ("state", .string(state.rawValue)),
            ("grants", .array(grants.map { .string($0.description) })),
            ("has_password", .bool(passwordHash != nil)),
            ("created_at", .string(created.description)), ("created_by", .string(createdBy)),
            ("changed_at", .string(changed.description)), ("changed_by", .string(changedBy)),
        ])
    }
}

/// A one-time link that lets a person set a password: an invitation or a reset. Only the SHA-256 of its random
/// secret is stored; it expires, and it is used once.
public struct AccountLink: Sendable, Equatable {
    public enum Purpose: String, Sendable, CaseIterable {
        case invitation, reset
    }

    public var id: Int64 = 0
    public var account: Int64
    public var purpose: Purpose
    /// The SHA-256 of the link's secret, hex.
    public var hash: String
    public var created: Timestamp
    public var createdBy: String
    /// The moment after which the link is refused.
    public var expires: Timestamp
    public var used: Timestamp?

    /// Creates a link record.
    public init(
        account: Int64, purpose: Purpose, hash: String, created: Timestamp, createdBy: String, expires: Timestamp
    ) {
        (self.account, self.purpose, self.hash) = (account, purpose, hash)
        (self.created, self.createdBy, self.expires) = (created, createdBy, expires)
    }

    /// Whether the link may still be used at `now`.
    public func isUsable(at now: Timestamp) -> Bool {
        used == nil && now <= expires
    }
}

/// A signed-in browser as stored: the SHA-256 of its cookie, whose it is, its CSRF token, and its times. A session
/// made with an API token names the token's hash instead of an account.
public struct StoredSession: Sendable, Equatable {
    public var id: Int64 = 0
    /// The SHA-256 of the cookie's value, hex.
    public var hash: String
    public var account: Int64?
    public var tokenHash: String?
    public var csrf: String
    /// How the session began: `password`, `token` or `proxy`.
    public var method: String
    /// The client's address and browser, as the person sees them on their page.
    public var client: String
    public var created: Timestamp
    public var lastSeen: Timestamp
    public var ended: Timestamp?

    /// Creates a session record.
    public init(
        hash: String, account: Int64?, tokenHash: String?, csrf: String, method: String, client: String,
        created: Timestamp
    ) {
        (self.hash, self.account, self.tokenHash, self.csrf) = (hash, account, tokenHash, csrf)
        (self.method, self.client, self.created, self.lastSeen) = (method, client, created, created)
    }

    /// Whether the session is still good at `now`: not ended, used within `idle` seconds, begun within `lifetime`.
    public func isLive(at now: Timestamp, idle: Int64, lifetime: Int64) -> Bool {
        ended == nil && now.secondsSince1970 - lastSeen.secondsSince1970 < idle
            && now.secondsSince1970 - created.secondsSince1970 < lifetime
    }
}
