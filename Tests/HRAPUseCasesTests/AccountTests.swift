import Foundation
import HRAPCore
import HRAPStore
import HRAPUseCases
import Hashing
import Testing

/// Accounts from invitation to disabling, with passwords, sessions kept in the database and person-owned tokens.
@Suite struct AccountTests {
    /// Few rounds, so that the tests are quick; the rules read the shipped list of common passwords.
    static let passwords = PasswordPolicy(
        rules: PasswordRules(
            commonPasswords: (try? String(
                contentsOfFile: repositoryRoot + "/templates/security/common-passwords.txt", encoding: .utf8)) ?? ""),
        rounds: 1_000)
    static let limits = SessionLimits(idle: 7200, lifetime: 43200)
    static let now = fixedClock()
    static let password = "tea kettle on the windowsill"

    /// A service over the example with the role policy, and one that may do everything for setting up.
    func services() throws -> (guarded: HRAPService, admin: HRAPService, path: String) {
        let (_, path) = try exampleService()
        func open(_ policy: any AccessPolicy) throws -> HRAPService {
            try HRAPService.open(
                path: path, mode: .write, policy: policy, catalogue: shippedCatalogue, passwords: Self.passwords,
                clock: fixedClock)
        }
        return (try open(RolePolicy()), try open(AllowAll()), path)
    }

    func invite(_ service: HRAPService, _ username: String = "maria", grants: [AccessGrant]? = nil) throws -> IssuedLink
    {
        try service.inviteAccount(
            AccountRequest(
                username: username, displayName: "Maria Lind",
                grants: grants ?? [AccessGrant(.officer, government: "GB-aldermoor")]), as: officer)
    }

    @Test func aPersonIsInvitedSetsAPasswordSignsInAndSignsOutEverywhere() throws {
        let (service, admin, path) = try services()
        let link = try invite(admin)
        #expect(link.account.state == .invited && link.account.passwordHash == nil)
        #expect(link.expires.secondsSince1970 - Self.now.secondsSince1970 == 7 * 24 * 3600)
        #expect(try service.linkHolder(link.secret).account.username == "maria")
        let account = try service.setPassword(link: link.secret, password: Self.password)
        #expect(account.state == .active)
        let stored = try #require(account.passwordHash.flatMap(PasswordHash.init(stored:)))
        #expect(stored.rounds == 1_000 && stored.verifies(Self.password), "the hash records its parameters")
        #expect(throws: ServiceError.unusableLink) {
            try service.setPassword(link: link.secret, password: "another long one")
        }
        let begun = try #require(
            try service.signIn(
                username: "MARIA", password: Self.password, from: "10.0.0.1", client: "test", at: Self.now))
        #expect(begun.principal.account == "maria" && begun.principal.writes(for: "GB-aldermoor"))
        let second = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "10.0.0.2", client: "t2", at: Self.now)
        )
        // Another process over the same file (a restart) finds both sessions.
        let restarted = try HRAPService.open(
            path: path, mode: .write, policy: RolePolicy(), catalogue: shippedCatalogue, clock: fixedClock)
        #expect(
            try restarted.session(cookie: begun.cookie, at: Self.now, limits: Self.limits)?.principal.name == "maria")
        #expect(try service.sessions(of: "maria", at: Self.now, limits: Self.limits, as: begun.principal).count == 2)
        #expect(try service.endSessions(of: "maria", as: begun.principal) == 2)
        #expect(try restarted.session(cookie: second.cookie, at: Self.now, limits: Self.limits) == nil)
        #expect(try admin.check(as: officer).isEmpty, "every account, link and session has its audit row")
    }

    @Test func aDisabledPersonsSessionsAndTokensEndAndTheyCannotSignIn() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        let begun = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now))
        let token = try service.createOwnToken(
            name: "script", grant: AccessGrant(.officer, government: "GB-aldermoor"), expires: nil, as: begun.principal)
        #expect(token.record.name == "maria/script" && token.record.owner == "maria")
        #expect(try service.authenticate(token.token)?.name == "maria/script (officer)")
        let disabled = try admin.setDisabled(true, username: "maria", as: officer)
        #expect(disabled.state == .disabled)
        #expect(try service.session(cookie: begun.cookie, at: Self.now, limits: Self.limits) == nil)
        #expect(try service.authenticate(token.token) == nil, "a disabled person's token stops working")
        #expect(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now) == nil)
        #expect(throws: ServiceError.accountDisabled(username: "maria")) {
            try admin.resetLink(for: "maria", as: officer)
        }
        _ = try admin.setDisabled(false, username: "maria", as: officer)
        #expect(try service.authenticate(token.token) != nil, "enabled again, the token works again")
    }

    @Test func anAdminSeesWhoseEachLiveSessionIs() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        _ = try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now)
        let token = try admin.createToken(TokenRequest(name: "script", role: .viewer), as: officer)
        let principal = try #require(try service.authenticate(token.token))
        _ = try service.beginSession(
            tokenHash: HRAPService.tokenHash(token.token), principal: principal, client: "c", at: Self.now)
        let live = try admin.liveSessions(at: Self.now, limits: Self.limits, as: officer)
        #expect(Set(live.map(\.holder)) == ["maria", "token script"])
        let later = Timestamp(secondsSince1970: Self.now.secondsSince1970 + Self.limits.idle)
        #expect(try admin.liveSessions(at: later, limits: Self.limits, as: officer).isEmpty, "idle ones are not live")
    }

    @Test func anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        let wrong = try service.signIn(
            username: "maria", password: "not her password", from: "a", client: "c", at: Self.now)
        let unknown = try service.signIn(
            username: "nobody", password: Self.password, from: "b", client: "c", at: Self.now)
        let invited = try invite(admin, "lena")
        let notYet = try service.signIn(username: "lena", password: "", from: "c", client: "c", at: Self.now)
        #expect(wrong == nil && unknown == nil && notYet == nil)
        #expect(try service.linkHolder(invited.secret).purpose == .invitation)
    }

    @Test func tenFailuresLockTheAccountAndTheAddressForAMinuteAudited() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        for attempt in 0..<10 {
            _ = try service.signIn(
                username: "maria", password: "guess \(attempt)", from: "10.0.0.\(attempt)", client: "c", at: Self.now)
        }
        #expect(throws: ServiceError.tooManyFailures(retryAfter: 60)) {
            try service.signIn(username: "maria", password: Self.password, from: "10.9.9.9", client: "c", at: Self.now)
        }
        let later = Timestamp(secondsSince1970: Self.now.secondsSince1970 + 61)
        #expect(
            try service.signIn(username: "maria", password: Self.password, from: "10.9.9.9", client: "c", at: later)
                != nil)
        let lockouts = try admin.audit(.init(limit: 100), as: officer).filter { $0.entity == "lockout" }
        #expect(lockouts.map(\.label) == ["account maria"])
    }

    @Test func passwordRulesReportEveryProblemAndKeepTheLink() throws {
        let (service, admin, _) = try services()
        let link = try invite(admin)
        #expect {
            try service.setPassword(link: link.secret, password: "maria")
        } throws: { error in
            guard case .invalid(let validation) = error as? ServiceError else { return false }
            return validation.problems.map(\.code.rawValue) == ["password_too_short", "password_contains_name"]
        }
        #expect(throws: ServiceError.self) { try service.setPassword(link: link.secret, password: "password1234") }
        #expect(try service.setPassword(link: link.secret, password: Self.password).state == .active)
    }

    @Test func anExpiredReplacedOrForgedLinkIsRefused() throws {
        let (_, admin, path) = try services()
        let first = try invite(admin)
        let second = try admin.resetLink(for: "maria", as: officer)
        #expect(throws: ServiceError.unusableLink) { try admin.linkHolder(first.secret) }
        #expect(throws: ServiceError.unusableLink) { try admin.linkHolder(String(repeating: "0", count: 64)) }
        #expect(throws: ServiceError.unusableLink) { try admin.linkHolder("short") }
        let eightDaysOn = try HRAPService.open(
            path: path, mode: .write, catalogue: shippedCatalogue, passwords: Self.passwords,
            clock: { Timestamp(secondsSince1970: Self.now.secondsSince1970 + 8 * 24 * 3600) })
        #expect(throws: ServiceError.unusableLink) {
            try eightDaysOn.setPassword(link: second.secret, password: Self.password)
        }
    }

    @Test func aPersonsTokenHasAtMostTheirRights() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        let maria = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now)
        ).principal
        #expect(throws: ServiceError.self) {
            try service.createOwnToken(name: "root", grant: AccessGrant(.admin), expires: nil, as: maria)
        }
        #expect(throws: ServiceError.self) {
            try service.createOwnToken(
                name: "other", grant: AccessGrant(.officer, government: "DE-hainbach"), expires: nil, as: maria)
        }
        let viewer = try service.createOwnToken(name: "read", grant: AccessGrant(.viewer), expires: nil, as: maria)
        #expect(try service.ownTokens(as: maria).map(\.name) == ["maria/read"])
        #expect(throws: ServiceError.self) { try service.revokeOwnToken("maria/read", as: officer) }
        #expect(try service.revokeOwnToken("maria/read", as: maria).revoked != nil)
        #expect(try service.authenticate(viewer.token) == nil)
    }

    @Test func onlyAnAdminManagesAccountsAndNoOneLocksThemselvesOut() throws {
        let (service, admin, _) = try services()
        _ = try service.setPassword(link: try invite(admin).secret, password: Self.password)
        let maria = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now)
        ).principal
        #expect(throws: ServiceError.self) { try service.accounts(as: maria) }
        #expect(throws: ServiceError.self) { try service.setDisabled(true, username: "maria", as: maria) }
        #expect(try service.account("maria", as: maria).username == "maria", "a person reads their own account")
        _ = try admin.changeAccount(
            "maria", to: AccountRequest(username: "maria", displayName: "Maria", grants: [AccessGrant(.admin)]),
            as: officer)
        let boss = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now)
        ).principal
        #expect(throws: ServiceError.self) { try service.setDisabled(true, username: "maria", as: boss) }
        #expect(throws: ServiceError.self) {
            try service.changeAccount(
                "maria", to: AccountRequest(username: "maria", displayName: "M", grants: [AccessGrant(.viewer)]),
                as: boss)
        }
    }

    @Test func badAccountRequestsReportEveryProblemAndWriteNothing() throws {
        let (_, admin, _) = try services()
        let before = try admin.audit(.init(limit: 100_000), as: officer).count
        #expect {
            try admin.inviteAccount(
                AccountRequest(
                    username: "a b", displayName: " ",
                    grants: [AccessGrant(.reviewer, reviewer: "x"), AccessGrant(.reviewer, reviewer: "y")]), as: officer
            )
        } throws: { error in
            guard case .invalid(let validation) = error as? ServiceError else { return false }
            return Set(validation.problems.map(\.path)) == ["username", "display_name", "grants"]
        }
        #expect(throws: ServiceError.self) {
            try admin.inviteAccount(
                AccountRequest(
                    username: "jo", displayName: "Jo", grants: [AccessGrant(.officer, government: "XX-nowhere")]),
                as: officer)
        }
        _ = try invite(admin)
        #expect(throws: ServiceError.duplicate(entity: "account", code: "Maria")) { try invite(admin, "Maria") }
        #expect(try admin.audit(.init(limit: 100_000), as: officer).count == before + 2, "one account, one link")
    }

    @Test func aViewerOfAGovernmentReadsItsDraftsButNoPrivateValues() throws {
        let policy = RolePolicy()
        let context = PlanAccessContext(government: "GB-aldermoor", published: false, reviewers: [])
        let viewer = Principal(name: "council", grants: [AccessGrant(.viewer, government: "GB-aldermoor")])
        let other = Principal(name: "other", grants: [AccessGrant(.viewer, government: "DE-hainbach")])
        #expect(policy.permits(viewer, AccessRequest(.read, .plan, plan: "p", context: context)))
        #expect(!policy.permits(viewer, AccessRequest(.read, .privateValues, plan: "p", context: context)))
        #expect(!policy.permits(viewer, AccessRequest(.write, .progress, plan: "p", context: context)))
        #expect(!policy.permits(other, AccessRequest(.read, .plan, plan: "p", context: context)))
    }

    @Test func signingInIsARead_thenOneWrite_andSettingAPasswordToo() throws {
        let (service, admin, _) = try services()
        let link = try invite(admin)
        var before = service.transactionsBegun
        _ = try service.setPassword(link: link.secret, password: Self.password)
        #expect(service.transactionsBegun - before == 2, "the link read, the hash made outside, then one write")
        before = service.transactionsBegun
        let begun = try #require(
            try service.signIn(username: "maria", password: Self.password, from: "a", client: "c", at: Self.now))
        #expect(service.transactionsBegun - before == 2, "the account read, the check outside, then one write")
        before = service.transactionsBegun
        _ = try service.session(cookie: begun.cookie, at: Self.now, limits: Self.limits)
        #expect(service.transactionsBegun - before == 1, "a session used within the minute is only read")
        let later = Timestamp(secondsSince1970: Self.now.secondsSince1970 + 61)
        before = service.transactionsBegun
        #expect(try service.session(cookie: begun.cookie, at: later, limits: Self.limits)?.session.lastSeen == later)
        #expect(service.transactionsBegun - before == 2, "and its last use moved once a minute")
        before = service.transactionsBegun
        try service.changePassword(current: Self.password, new: "a brand new passphrase", as: begun.principal)
        #expect(service.transactionsBegun - before == 2)
        #expect(throws: ServiceError.self) {
            try service.changePassword(current: Self.password, new: "another passphrase", as: begun.principal)
        }
    }
}
