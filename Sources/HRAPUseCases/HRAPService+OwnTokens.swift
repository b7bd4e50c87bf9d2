import HRAPCore
import HRAPStore
import Hashing

extension HRAPService {
    /// Creates a token for a signed-in person's programs, named `USERNAME/NAME`, with one of the rights they hold
    /// (or less: a viewer's). It works only while they are active and still hold a grant that covers it; the token
    /// itself is returned once.
    public func createOwnToken(
        name: String, grant: AccessGrant, expires: CalendarDate?, as principal: Principal
    ) throws -> (token: String, record: AccessToken) {
        try writing {
            let account = try signedInAccount(principal)
            guard account.grants.contains(where: { $0.covers(grant) }) else {
                throw ValidationError(
                    source: "the token",
                    problems: [
                        ValidationProblem(
                            path: "grant", code: .notAllowed, message: "\(grant) is more than your own rights allow")
                    ])
            }
            let request = TokenRequest(
                name: account.username + "/" + name, role: grant.role, government: grant.government,
                reviewer: grant.reviewer, expires: expires)
            try Self.check(request, shortName: name)
            let secret = Self.tokenPrefix + Hex.encode(try SecureRandom.bytes(32))
            var record = AccessToken(
                name: request.name, role: grant.role.rawValue, government: grant.government, reviewer: grant.reviewer,
                hash: Self.tokenHash(secret), expires: expires, created: clock(), createdBy: principal.name)
            record.owner = account.username
            return (secret, try store.createToken(record, by: author(principal)))
        }
    }

    /// The tokens a signed-in person owns, revoked ones too.
    public func ownTokens(as principal: Principal) throws -> [AccessToken] {
        try reading { try store.tokens(owner: try signedInAccount(principal).username) }
    }

    /// Revokes one of the signed-in person's own tokens, by its full name.
    public func revokeOwnToken(_ name: String, as principal: Principal) throws -> AccessToken {
        try writing {
            let owned = try store.tokens(owner: try signedInAccount(principal).username)
            guard owned.contains(where: { $0.name == name }) else {
                throw ServiceError.notFound(entity: "token", label: name, known: owned.map(\.name))
            }
            return try store.revokeToken(name, by: author(principal))
        }
    }

    /// The active account of a signed-in person; a token or the command line has none.
    func signedInAccount(_ principal: Principal) throws -> Account {
        guard let username = principal.account, let account = try store.account(username: username),
            account.state == .active
        else { throw ServiceError.forbidden(principal: principal.name, request: AccessRequest(.write, .token)) }
        return account
    }
}
