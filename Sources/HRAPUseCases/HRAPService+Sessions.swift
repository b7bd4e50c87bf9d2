import HRAPCore
import HRAPStore
import Hashing

/// A session just begun: the cookie's value (shown to the browser once; only its hash is stored) and the record.
public struct BegunSession: Sendable {
    public var cookie: String
    public var session: StoredSession
    public var principal: Principal
}

/// How long sessions last, in seconds: without use, and at most.
public struct SessionLimits: Sendable {
    public var idle: Int64
    public var lifetime: Int64

    /// Creates the limits.
    public init(idle: Int64, lifetime: Int64) {
        (self.idle, self.lifetime) = (idle, lifetime)
    }
}

extension HRAPService {
    /// Signs a person in with their user name and password, from a client address, at `now` (the surface's clock).
    ///
    /// The password is checked outside any transaction (it takes about half a second); an unknown user, a disabled
    /// or invited one, and a wrong password all cost the same check and give the same nil, and count as a failure
    /// against the address and the user name. Ten failures of either within a minute are refused with
    /// ``ServiceError/tooManyFailures(retryAfter:)``, the start of the lockout audited. The session is then created
    /// in one transaction that finds the same stored hash it checked, and upgrades the hash to today's rounds.
    public func signIn(
        username: String, password: String, from address: String, client: String, at now: Timestamp
    ) throws -> BegunSession? {
        let keys = ["address " + address, "account " + username.lowercased()]
        try refuseWhileLocked(keys, now: now)
        let account = try reading { try store.account(username: username) }
        let stored = account.flatMap { $0.state == .active ? $0.passwordHash : nil }
        let hash = stored.flatMap(PasswordHash.init(stored:))
        guard (hash ?? .decoy(rounds: passwords.rounds)).verifies(password), let account, let stored, let hash else {
            try countFailure(keys, now: now)
            return nil
        }
        return try writing {
            guard var current = try store.account(id: account.id), current.state == .active,
                current.passwordHash == stored
            else { return nil }
            if hash.needsUpgrade(to: passwords.rounds) {
                current.passwordHash = try PasswordHash.make(password, rounds: passwords.rounds).description
                current = try store.updateAccount(current, by: Authorship(actor: current.username, time: clock()))
            }
            return try begin(for: current, method: "password", client: client, at: now)
        }
    }

    /// Signs in the person a trusted proxy vouches for (single sign-on): an active account of that user name, or,
    /// when `newcomers` is given, a new active account with that grant (audited). Nil for a disabled, invited or
    /// unknown person.
    public func signIn(
        proxiedUser username: String, newcomers: AccessGrant?, client: String, at now: Timestamp
    ) throws -> BegunSession? {
        try writing {
            var account = try store.account(username: username)
            if account == nil, let newcomers {
                account = try store.createAccount(
                    Account(
                        username: username, displayName: username, state: .active, grants: [newcomers],
                        created: clock(), createdBy: "auth proxy"),
                    by: Authorship(actor: "auth proxy", time: clock()))
            }
            guard let account, account.state == .active else { return nil }
            return try begin(for: account, method: "proxy", client: client, at: now)
        }
    }

    /// Begins a browser session for a token already accepted (``signIn(presenting:from:)``).
    public func beginSession(tokenHash: String, principal: Principal, client: String, at now: Timestamp) throws
        -> BegunSession
    {
        try writing {
            let cookie = Hex.encode(try SecureRandom.bytes(32))
            let session = try store.createSession(
                StoredSession(
                    hash: Self.tokenHash(cookie), account: nil, tokenHash: tokenHash,
                    csrf: Hex.encode(try SecureRandom.bytes(32)), method: "token", client: client, created: now),
                label: principal.name, by: author(principal))
            return BegunSession(cookie: cookie, session: session, principal: principal)
        }
    }

    /// The live session of a cookie with its principal as of now: nil when the cookie is unknown, the session ended,
    /// idle or too old, or its person disabled (or its token revoked or expired). Its last use is moved at most once
    /// a minute.
    public func session(cookie: String, at now: Timestamp, limits: SessionLimits) throws -> (
        session: StoredSession, principal: Principal
    )? {
        guard cookie.utf8.count == 64 else { return nil }
        let found: (StoredSession, Principal)? = try reading {
            guard let session = try store.session(hash: Self.tokenHash(cookie)),
                session.isLive(at: now, idle: limits.idle, lifetime: limits.lifetime)
            else { return nil }
            return try principal(of: session).map { (session, $0) }
        }
        guard let (found, principal) = found else { return nil }
        var session = found
        if now.secondsSince1970 - session.lastSeen.secondsSince1970 >= 60 {
            try writing { try store.touchSession(session.id, at: now) }
            session.lastSeen = now
        }
        return (session, principal)
    }

    /// Ends the session of a cookie (signing out), audited.
    public func endSession(cookie: String, as principal: Principal) throws {
        try writing {
            guard let session = try store.session(hash: Self.tokenHash(cookie)) else { return }
            try store.endSessions([session], label: principal.name, by: author(principal))
        }
    }

    /// A person's live sessions at `now`: their own, or anyone's for an admin.
    public func sessions(of username: String, at now: Timestamp, limits: SessionLimits, as principal: Principal) throws
        -> [StoredSession]
    {
        try reading {
            if principal.account?.lowercased() != username.lowercased() { try authorize(principal, .read, .account) }
            return try store.openSessions(account: try existingAccount(username).id).filter {
                $0.isLive(at: now, idle: limits.idle, lifetime: limits.lifetime)
            }
        }
    }

    /// Ends one of a person's sessions by its number, or all of them (nil): "sign out everywhere". Returns how many.
    @discardableResult
    public func endSessions(of username: String, id: Int64? = nil, as principal: Principal) throws -> Int {
        try writing {
            if principal.account?.lowercased() != username.lowercased() { try authorize(principal, .write, .account) }
            let open = try store.openSessions(account: try existingAccount(username).id)
            let ending = open.filter { id == nil || $0.id == id }
            if let id, ending.isEmpty { throw ServiceError.notFound(entity: "session", label: String(id), known: []) }
            return try store.endSessions(ending, label: username, by: author(principal))
        }
    }

    /// The principal of a signed-in person: their user name and grants, while their account is active.
    func principal(of account: Account) -> Principal? {
        guard account.state == .active else { return nil }
        var principal = Principal(name: account.username, grants: account.grants, account: account.username)
        principal.displayName = account.displayName
        return principal
    }

    private func principal(of session: StoredSession) throws -> Principal? {
        if let id = session.account { return try store.account(id: id).flatMap(principal(of:)) }
        return try session.tokenHash.flatMap { try principal(tokenHash: $0) }
    }

    private func begin(for account: Account, method: String, client: String, at now: Timestamp) throws -> BegunSession {
        guard let principal = principal(of: account) else {
            throw ServiceError.accountDisabled(username: account.username)
        }
        let cookie = Hex.encode(try SecureRandom.bytes(32))
        let session = try store.createSession(
            StoredSession(
                hash: Self.tokenHash(cookie), account: account.id, tokenHash: nil,
                csrf: Hex.encode(try SecureRandom.bytes(32)), method: method, client: client, created: now),
            label: account.username, by: author(principal))
        return BegunSession(cookie: cookie, session: session, principal: principal)
    }
}

extension HRAPService {
    /// Every live session at `now` with whose it is (a user name, or `token NAME` for one made with an API token): for
    /// admins.
    public func liveSessions(at now: Timestamp, limits: SessionLimits, as principal: Principal) throws -> [(
        session: StoredSession, holder: String
    )] {
        try reading {
            try authorize(principal, .read, .account)
            let people = Dictionary(uniqueKeysWithValues: try store.accounts().map { ($0.id, $0.username) })
            let tokens = Dictionary(try store.tokens().map { ($0.hash, "token " + $0.name) }) { first, _ in first }
            return try store.openSessions(account: nil).filter {
                $0.isLive(at: now, idle: limits.idle, lifetime: limits.lifetime)
            }.map { session in
                (session, session.account.flatMap { people[$0] } ?? session.tokenHash.flatMap { tokens[$0] } ?? "token")
            }
        }
    }
}
