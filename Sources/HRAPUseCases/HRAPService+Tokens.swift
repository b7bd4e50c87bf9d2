import HRAPCore
import HRAPStore
import Hashing

/// What a new token is for.
public struct TokenRequest: Sendable {
    public var name: String
    public var role: Principal.Role
    /// Required for an officer: the government whose plans it writes.
    public var government: String?
    /// Required for a reviewer: the reviewer identity (an invited reviewer's code) it acts as.
    public var reviewer: String?
    /// The last day the token is accepted; nil: until revoked.
    public var expires: CalendarDate?

    /// Creates a request.
    public init(
        name: String, role: Principal.Role, government: String? = nil, reviewer: String? = nil,
        expires: CalendarDate? = nil
    ) {
        (self.name, self.role, self.government, self.reviewer, self.expires) = (
            name, role, government, reviewer,
            expires
        )
    }
}

extension HRAPService {
    /// The prefix of every token, so that a leaked one is recognisable (secret scanners, logs).
    public static let tokenPrefix = "hrap_"

    /// Creates a token: 256 bits from the system's secure generator; only its SHA-256 is stored. The token itself is
    /// returned once and never again.
    public func createToken(_ request: TokenRequest, as principal: Principal) throws -> (
        token: String,
        record: AccessToken
    ) {
        return try writing {
            try authorize(principal, .write, .token)
            try Self.check(request)
            let secret = Self.tokenPrefix + Hex.encode(try SecureRandom.bytes(32))
            let record = AccessToken(
                name: request.name, role: request.role.rawValue, government: request.government,
                reviewer: request.reviewer,
                hash: Self.tokenHash(secret), expires: request.expires, created: clock(), createdBy: principal.name)
            return (secret, try store.createToken(record, by: author(principal)))
        }
    }

    /// Every token, revoked and expired ones too, without their hashes' use to anyone: a listing for admins.
    public func tokens(as principal: Principal) throws -> [AccessToken] {
        return try reading {
            try authorize(principal, .read, .token)
            return try store.tokens()
        }
    }

    /// Revokes a token by name.
    public func revokeToken(_ name: String, as principal: Principal) throws -> AccessToken {
        return try writing {
            try authorize(principal, .write, .token)
            return try store.revokeToken(name, by: author(principal))
        }
    }

    /// Signs in with what a client presented, from an address: the principal of a valid token (never held back by
    /// others' failures), else nil, counting the failure against the address and against the presented text's start.
    /// Ten failures of either within a minute are refused with ``ServiceError/tooManyFailures(retryAfter:)`` until the
    /// minute has passed: the same rule for the API and the site's sign-in form.
    public func signIn(presenting presented: String, from address: String) throws -> Principal? {
        if let principal = try authenticate(presented) { return principal }
        let keys = ["address " + address, "token " + String(presented.prefix(Self.tokenPrefix.count + 8))]
        try refuseWhileLocked(keys, now: clock())
        try countFailure(keys, now: clock())
        return nil
    }

    /// Throws ``ServiceError/tooManyFailures(retryAfter:)`` while any of the keys is locked out.
    func refuseWhileLocked(_ keys: [String], now: Timestamp) throws {
        let seconds = Double(now.secondsSince1970)
        if let wait = keys.compactMap({ throttle.wait(for: $0, now: seconds) }).max() {
            throw ServiceError.tooManyFailures(retryAfter: wait)
        }
    }

    /// Counts a failed sign-in against each key; the failure that starts a lockout is audited, with its end.
    func countFailure(_ keys: [String], now: Timestamp) throws {
        let seconds = Double(now.secondsSince1970)
        for key in keys where throttle.fail(key, now: seconds) {
            let until = Timestamp(secondsSince1970: now.secondsSince1970 + Int64(throttle.window))
            try writing {
                try store.recordEvent(
                    entity: "lockout", label: key,
                    details: .object([
                        ("failures", .integer(Int64(throttle.limit))), ("until", .string(until.description)),
                    ]),
                    by: Authorship(actor: "sign-in", time: clock()))
            }
        }
    }

    /// The principal of a token, or nil when it is unknown, revoked or expired (no throttling: see ``signIn``).
    public func authenticate(_ presented: String) throws -> Principal? {
        return try reading {
            guard presented.hasPrefix(Self.tokenPrefix), presented.utf8.count == Self.tokenPrefix.utf8.count + 64 else {
                return nil
            }
            return try principal(tokenHash: Self.tokenHash(presented))
        }
    }

    /// The principal of the token stored under a hash, or nil when it is unknown, revoked or expired: what a web
    /// session checks on every request, so that revoking a token ends the sessions made with it.
    public func principal(tokenHash hash: String) throws -> Principal? {
        return try reading {
            guard let token = try store.token(hash: hash), ConstantTime.equal(Array(token.hash.utf8), Array(hash.utf8)),
                token.state(on: clock().date) == .active, let role = Principal.Role(rawValue: token.role)
            else { return nil }
            let grant = AccessGrant(role, government: token.government, reviewer: token.reviewer)
            if let owner = token.owner {
                guard let account = try store.account(username: owner), account.state == .active,
                    account.grants.contains(where: { $0.covers(grant) })
                else { return nil }
            }
            return Principal(name: "\(token.name) (\(token.role))", grants: [grant])
        }
    }

    /// The SHA-256 of a token, as stored (a web session keeps this, never the token).
    public static func tokenHash(_ token: String) -> String {
        Hex.encode(SHA256.hash(Array(token.utf8)))
    }

    static func check(_ request: TokenRequest, shortName: String? = nil) throws {
        var problems: [ValidationProblem] = []
        let name = shortName ?? request.name
        if name.isEmpty || request.name.utf8.count > 100 || name.contains(where: \.isNewline) {
            problems.append(
                ValidationProblem(
                    path: "name", code: .invalidValue, message: "a name of 1 to 100 characters on one line"))
        }
        if (request.role == .officer) != (request.government != nil) {
            problems.append(
                ValidationProblem(
                    path: "government", code: .required,
                    message: "an officer's token needs a government, and only an officer's"))
        }
        if (request.role == .reviewer) != (request.reviewer != nil) {
            problems.append(
                ValidationProblem(
                    path: "reviewer", code: .required,
                    message: "a reviewer's token needs a reviewer identity, and only a reviewer's"))
        }
        guard problems.isEmpty else { throw ValidationError(source: "the token", problems: problems) }
    }
}
