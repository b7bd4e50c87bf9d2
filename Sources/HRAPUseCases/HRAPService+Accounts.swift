import HRAPCore
import HRAPStore
import Hashing

/// Who a new account is for.
public struct AccountRequest: Sendable {
    /// What the person types to sign in: 3 to 100 characters, letters, digits and `.`, `_`, `-`, `@`, `+`.
    public var username: String
    public var displayName: String
    public var grants: [AccessGrant]

    /// Creates a request.
    public init(username: String, displayName: String, grants: [AccessGrant]) {
        (self.username, self.displayName, self.grants) = (username, displayName, grants)
    }
}

/// A one-time link's secret, shown once, with what it is for.
public struct IssuedLink: Sendable {
    /// The secret for the link's path `/welcome/SECRET`; only its hash is stored.
    public var secret: String
    public var account: Account
    public var expires: Timestamp
}

extension HRAPService {
    /// How long an invitation or reset link works: seven days.
    public static let linkLifetime: Int64 = 7 * 24 * 3600

    /// Invites a person: creates their account (invited, no password) and a one-time link to set a password. One
    /// transaction; the account and the link are audited, the secret is returned once.
    public func inviteAccount(_ request: AccountRequest, as principal: Principal) throws -> IssuedLink {
        try writing {
            try authorize(principal, .write, .account)
            try Self.check(request)
            let account = try store.createAccount(
                Account(
                    username: request.username, displayName: request.displayName, state: .invited,
                    grants: request.grants, created: clock(), createdBy: principal.name), by: author(principal))
            return try issueLink(.invitation, for: account, as: principal)
        }
    }

    /// A new link for a person to set a new password (a forgotten one); their earlier links stop working.
    public func resetLink(for username: String, as principal: Principal) throws -> IssuedLink {
        try writing {
            try authorize(principal, .write, .account)
            let account = try existingAccount(username)
            guard account.state != .disabled else { throw ServiceError.accountDisabled(username: account.username) }
            return try issueLink(account.passwordHash == nil ? .invitation : .reset, for: account, as: principal)
        }
    }

    /// Every account, for admins.
    public func accounts(as principal: Principal) throws -> [Account] {
        try reading {
            try authorize(principal, .read, .account)
            return try store.accounts()
        }
    }

    /// One account: an admin's question, or the person's own.
    public func account(_ username: String, as principal: Principal) throws -> Account {
        try reading {
            if principal.account?.lowercased() != username.lowercased() { try authorize(principal, .read, .account) }
            return try existingAccount(username)
        }
    }

    /// Changes a person's display name and grants; their sessions see the change on their next request.
    public func changeAccount(_ username: String, to request: AccountRequest, as principal: Principal) throws
        -> Account
    {
        try writing {
            try authorize(principal, .write, .account)
            var account = try existingAccount(username)
            try Self.check(
                AccountRequest(username: account.username, displayName: request.displayName, grants: request.grants))
            if account.username.lowercased() == principal.account?.lowercased(),
                !request.grants.contains(where: { $0.role == .admin })
            {
                throw Self.selfLockout("admin", "you cannot take away your own admin role")
            }
            (account.displayName, account.grants) = (request.displayName, request.grants)
            return try store.updateAccount(account, by: author(principal))
        }
    }

    /// Disables a person (no sign-in; their sessions end and their tokens stop working) or enables them again.
    public func setDisabled(_ disabled: Bool, username: String, as principal: Principal) throws -> Account {
        try writing {
            try authorize(principal, .write, .account)
            var account = try existingAccount(username)
            if disabled, account.username.lowercased() == principal.account?.lowercased() {
                throw Self.selfLockout("state", "you cannot disable your own account")
            }
            account.state = disabled ? .disabled : (account.passwordHash == nil ? .invited : .active)
            let changed = try store.updateAccount(account, by: author(principal))
            if disabled {
                try store.endSessions(
                    try store.openSessions(account: account.id), label: account.username, by: author(principal))
            }
            return changed
        }
    }

    func existingAccount(_ username: String) throws -> Account {
        guard let account = try store.account(username: username) else {
            throw ServiceError.notFound(entity: "account", label: username, known: [])
        }
        return account
    }

    private func issueLink(_ purpose: AccountLink.Purpose, for account: Account, as principal: Principal) throws
        -> IssuedLink
    {
        let secret = Hex.encode(try SecureRandom.bytes(32))
        let now = clock()
        let expires = Timestamp(secondsSince1970: now.secondsSince1970 + Self.linkLifetime)
        _ = try store.createLink(
            AccountLink(
                account: account.id, purpose: purpose, hash: Self.tokenHash(secret), created: now,
                createdBy: principal.name, expires: expires), label: account.username, by: author(principal))
        return IssuedLink(secret: secret, account: account, expires: expires)
    }

    private static func selfLockout(_ path: String, _ message: String) -> ValidationError {
        ValidationError(
            source: "the account", problems: [ValidationProblem(path: path, code: .notAllowed, message: message)])
    }

    private static func check(_ request: AccountRequest) throws {
        var problems: [ValidationProblem] = []
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@+")
        if !(3...100).contains(request.username.count) || !request.username.allSatisfy(allowed.contains) {
            problems.append(
                ValidationProblem(
                    path: "username", code: .invalidValue,
                    message: "3 to 100 letters, digits and . _ - @ + (an e-mail address will do)"))
        }
        let name = request.displayName
        if name.allSatisfy(\.isWhitespace) || name.count > 100 || name.contains(where: \.isNewline) {
            problems.append(
                ValidationProblem(path: "display_name", code: .required, message: "a name of 1 to 100 characters"))
        }
        if request.grants.isEmpty {
            problems.append(ValidationProblem(path: "grants", code: .required, message: "at least one role"))
        }
        if request.grants.filter({ $0.role == .reviewer }).count > 1 {
            problems.append(
                ValidationProblem(path: "grants", code: .notAllowed, message: "at most one reviewer identity"))
        }
        guard problems.isEmpty else { throw ValidationError(source: "the account", problems: problems) }
    }
}
