import HRAPCore
import HRAPStore
import Hashing

/// What a new password must be, and how many PBKDF2 rounds its hash takes (today's recommendation unless a test or a
/// slow machine asks for fewer; older hashes are upgraded to these rounds at the next sign-in).
public struct PasswordPolicy: Sendable {
    public var rules: PasswordRules
    public var rounds: Int

    /// Creates a policy.
    public init(rules: PasswordRules = PasswordRules(commonPasswords: ""), rounds: Int = PasswordHash.currentRounds) {
        (self.rules, self.rounds) = (rules, rounds)
    }
}

extension HRAPService {
    /// The account a one-time link is for, to greet the person on the page where they set a password; throws
    /// ``ServiceError/unusableLink`` for a link that is unknown, used, replaced or expired, or a disabled account.
    public func linkHolder(_ secret: String) throws -> (account: Account, purpose: AccountLink.Purpose) {
        try reading {
            let (link, account) = try usableLink(secret)
            return (account, link.purpose)
        }
    }

    /// Sets a password through a one-time link: checks the link and the password rules (every problem), stores the
    /// hash, activates the account and uses the link, in one transaction audited in the person's name. The password
    /// is hashed before the transaction begins.
    public func setPassword(link secret: String, password: String) throws -> Account {
        let (_, holder) = try reading { try usableLink(secret) }
        try checkPassword(password, for: holder)
        let hash = try PasswordHash.make(password, rounds: passwords.rounds).description
        return try writing {
            let (link, account) = try usableLink(secret)
            var changed = account
            (changed.passwordHash, changed.state) = (hash, .active)
            let by = Authorship(actor: account.username, time: clock())
            try store.useLink(link, label: account.username, by: by)
            return try store.updateAccount(changed, by: by)
        }
    }

    /// Changes a signed-in person's own password, given the current one.
    public func changePassword(current: String, new password: String, as principal: Principal) throws {
        guard let username = principal.account else {
            throw ServiceError.forbidden(principal: principal.name, request: AccessRequest(.write, .account))
        }
        let account = try reading { try existingAccount(username) }
        guard let stored = account.passwordHash.flatMap(PasswordHash.init(stored:)), stored.verifies(current) else {
            throw ServiceError.invalid(
                ValidationError(
                    source: "the password",
                    problems: [
                        ValidationProblem(path: "current", code: .invalidValue, message: "this is not your password")
                    ]))
        }
        try checkPassword(password, for: account)
        let hash = try PasswordHash.make(password, rounds: passwords.rounds).description
        try writing {
            var changed = try existingAccount(username)
            guard changed.passwordHash == account.passwordHash else {
                throw ServiceError.changedSinceRead(entity: "account", label: username)
            }
            changed.passwordHash = hash
            _ = try store.updateAccount(changed, by: author(principal))
        }
    }

    /// Every problem the password rules find, as a validation error on the field `password`.
    func checkPassword(_ password: String, for account: Account) throws {
        let problems = passwords.rules.problems(password, context: [account.username, account.displayName, "hrap"])
        guard !problems.isEmpty else { return }
        throw ServiceError.invalid(
            ValidationError(
                source: "the password",
                problems: problems.map {
                    ValidationProblem(path: "password", code: Self.code(of: $0), message: Self.message(of: $0))
                }))
    }

    private func usableLink(_ secret: String) throws -> (AccountLink, Account) {
        guard secret.utf8.count == 64, let link = try store.link(hash: Self.tokenHash(secret)),
            ConstantTime.equal(Array(link.hash.utf8), Array(Self.tokenHash(secret).utf8)),
            link.isUsable(at: clock()), let account = try store.account(id: link.account), account.state != .disabled
        else { throw ServiceError.unusableLink }
        return (link, account)
    }

    private static func code(of problem: PasswordRules.Problem) -> ProblemCode {
        switch problem {
        case .tooShort: ProblemCode(rawValue: "password_too_short")
        case .tooLong: ProblemCode(rawValue: "password_too_long")
        case .common: ProblemCode(rawValue: "password_common")
        case .containsContext: ProblemCode(rawValue: "password_contains_name")
        case .repetitive: ProblemCode(rawValue: "password_repetitive")
        }
    }

    /// The English default of a password problem (surfaces word it from its key, ``PasswordRules/Problem``).
    private static func message(of problem: PasswordRules.Problem) -> String {
        switch problem {
        case .tooShort(let minimum): "at least \(minimum) characters"
        case .tooLong(let maximum): "at most \(maximum) characters"
        case .common: "a commonly used password; choose another"
        case .containsContext(let word): "it contains \(word); choose one without your name or the service's"
        case .repetitive: "one character repeated; choose another"
        }
    }
}
