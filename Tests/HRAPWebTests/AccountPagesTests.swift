import Foundation
import HRAPCore
import HRAPUseCases
@testable import HTTPServing
import HRAPWeb
import Synchronization
import Testing

/// People in the browser: invited by an admin, setting a password, signing in, working, signing out everywhere,
/// disabled; sessions that survive a restart; single sign-on through a trusted proxy.
@Suite struct AccountPagesTests {
    static let password = "kettle by the window sill"

    /// Invites a person through the admin's page; returns the one-time link's path.
    func invite(_ site: WebFixture, _ username: String = "maria", roles: String = "officer:GB-aldermoor") throws
        -> String
    {
        site.signIn("admin")
        let invited = site.call(
            "POST", "/admin/people",
            form: [
                ("csrf", site.csrf(from: "/admin/people")), ("username", username), ("display_name", "Maria Lind"),
                ("grants", roles),
            ])
        #expect(invited.status == 201)
        let start = try #require(invited.body.range(of: "/welcome/"))
        let link = String(invited.body[start.lowerBound...].prefix("/welcome/".count + 64))
        site.cookies = [:]
        return link
    }

    /// Sets the password on the link's page.
    @discardableResult
    func setPassword(_ site: WebFixture, _ link: String, _ password: String, repeat again: String? = nil)
        -> WebResponse
    {
        let form = site.call("GET", link)
        return site.call(
            "POST", link,
            form: [("csrf", form.hiddenValue("csrf") ?? ""), ("password", password), ("repeat", again ?? password)])
    }

    /// Signs in with user name and password through the form.
    @discardableResult
    func signIn(_ site: WebFixture, _ username: String, _ password: String) -> WebResponse {
        let form = site.call("GET", "/sign-in")
        return site.call(
            "POST", "/sign-in",
            form: [
                ("csrf", form.hiddenValue("csrf") ?? ""), ("next", ""), ("username", username), ("password", password),
            ])
    }

    @Test func aPersonIsInvitedSetsAPasswordWorksSignsOutEverywhereAndIsDisabled() throws {
        let site = try WebFixture()
        let link = try invite(site)
        #expect(site.call("GET", link).body.contains("Maria Lind"))
        let mismatch = setPassword(site, link, Self.password, repeat: "something else entirely")
        #expect(mismatch.status == 400 && mismatch.body.contains("The two new passwords differ"))
        #expect(setPassword(site, link, Self.password).header("Location") == "/sign-in?done=password")
        #expect(site.call("GET", link).status == 404, "the link is used once")
        #expect(signIn(site, "maria", Self.password).status == 303)
        let workspace = site.call("GET", "/workspace")
        #expect(workspace.status == 200 && workspace.body.contains("Aldermoor"))
        let csrf = site.csrf(from: "/plans/aldermoor-2023/measurements/new")
        let saved = site.call(
            "POST", "/plans/aldermoor-2023/measurements/new",
            form: [("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "3"), ("public", "on")])
        #expect(saved.status == 303, "the person works as an officer of Aldermoor")
        let audit = try site.service.audit(.init(limit: 5), as: .commandLine("test"))
        #expect(audit.first?.actor == "maria", "the audit log names the person")
        let account = site.call("GET", "/account")
        #expect(account.status == 200 && account.body.contains("this browser"))
        let everywhere = site.call("POST", "/account/sessions/end", form: [("csrf", site.csrf(from: "/account"))])
        #expect(everywhere.status == 303)
        #expect(site.call("GET", "/workspace").status == 303, "signed out")
        _ = try site.service.setDisabled(true, username: "maria", as: .commandLine("admin"))
        let refused = signIn(site, "maria", Self.password)
        #expect(refused.status == 401)
    }

    @Test func anUnknownUserAndAWrongPasswordGetTheSameStatusAndPage() throws {
        let site = try WebFixture()
        setPassword(site, try invite(site), Self.password)
        let wrong = signIn(site, "maria", "not the password at all")
        let unknown = signIn(site, "nobody", "not the password at all")
        func page(_ response: WebResponse) -> String {
            response.body.replacing(response.hiddenValue("csrf") ?? "-", with: "").replacing("maria", with: "nobody")
        }
        #expect(wrong.status == 401 && unknown.status == 401)
        #expect(page(wrong) == page(unknown))
    }

    @Test func tenWrongPasswordsLockTheAccountWithItsEndInPlainWords() throws {
        let site = try WebFixture()
        setPassword(site, try invite(site), Self.password)
        for _ in 0..<10 { signIn(site, "maria", "wrong guess number") }
        let locked = signIn(site, "maria", Self.password)
        #expect(locked.status == 429)
        #expect(locked.header("Retry-After") != nil)
        #expect(locked.body.contains("You can try again in"))
    }

    @Test func aSessionSurvivesARestartOfTheServer() throws {
        let site = try WebFixture()
        setPassword(site, try invite(site), Self.password)
        signIn(site, "maria", Self.password)
        let restarted = try WebFixture(restarting: site)
        #expect(restarted.call("GET", "/workspace").status == 200)
    }

    @Test func passwordProblemsAreInTheReadersLanguageAndKeepTheLink() throws {
        let site = try WebFixture()
        let link = try invite(site)
        let form = site.call("GET", link + "?lang=de")
        let weak = site.call(
            "POST", link + "?lang=de",
            form: [("csrf", form.hiddenValue("csrf") ?? ""), ("password", "maria"), ("repeat", "maria")])
        #expect(weak.status == 400)
        #expect(weak.body.contains("mindestens 12 Zeichen"))
        #expect(setPassword(site, link, Self.password).status == 303, "the refused password kept the link usable")
    }

    @Test func anAdminInvitesWithEveryProblemReportedAndNothingWritten() throws {
        let site = try WebFixture()
        site.signIn("admin")
        let before = try site.auditRows()
        let bad = site.call(
            "POST", "/admin/people",
            form: [
                ("csrf", site.csrf(from: "/admin/people")), ("username", "a b"), ("display_name", ""),
                ("grants", "chief:everything"),
            ])
        #expect(bad.status == 400 && bad.body.contains("is not a role"))
        #expect(try site.auditRows() == before)
        site.cookies = [:]
        site.signIn("officer")
        #expect(site.call("GET", "/admin/people").status == 403, "only admins manage people")
    }

    @Test func aPersonCreatesAndRevokesTheirOwnToken() throws {
        let site = try WebFixture()
        setPassword(site, try invite(site), Self.password)
        signIn(site, "maria", Self.password)
        let created = site.call(
            "POST", "/account/tokens",
            form: [("csrf", site.csrf(from: "/account")), ("name", "laptop"), ("grant", "officer:GB-aldermoor")])
        #expect(created.status == 201)
        #expect(created.body.contains("<td>maria/laptop</td>"), "the token is listed in its table")
        let token = try #require(created.body.range(of: "hrap_")).lowerBound
        let secret = String(created.body[token...].prefix(69))
        #expect(try site.service.authenticate(secret)?.name == "maria/laptop (officer)")
        let tooMuch = site.call(
            "POST", "/account/tokens",
            form: [("csrf", site.csrf(from: "/account")), ("name", "root"), ("grant", "admin")])
        #expect(tooMuch.status == 400 && tooMuch.body.contains("more than your own rights allow"))
        let revoked = site.call(
            "POST", "/account/tokens/revoke", form: [("csrf", site.csrf(from: "/account")), ("token", "maria/laptop")])
        #expect(revoked.status == 303)
        #expect(try site.service.authenticate(secret) == nil)
    }

    @Test func aTrustedProxySignsInItsUserAndAForgedHeaderIsRefused() throws {
        let trusted = try WebFixture(authProxy: AuthProxy(header: "X-Forwarded-User", trusted: ["127.0.0.1"]))
        setPassword(trusted, try invite(trusted), Self.password)
        let vouched = trusted.call("GET", "/workspace", headers: [("X-Forwarded-User", "maria")])
        #expect(vouched.status == 200 && vouched.body.contains("Signed in as <strong>Maria Lind</strong>"))
        trusted.cookies = [:]
        let stranger = trusted.call("GET", "/workspace", headers: [("X-Forwarded-User", "mallory")])
        #expect(stranger.status == 403, "no account and no newcomers' role")
        let before = try trusted.auditRows()
        let elsewhere = try WebFixture(
            authProxy: AuthProxy(header: "X-Forwarded-User", trusted: ["10.1.2.3"]), restarting: trusted)
        elsewhere.cookies = [:]
        let forged = elsewhere.call("GET", "/workspace", headers: [("X-Forwarded-User", "maria")])
        #expect(forged.status == 403 && forged.body.contains("not accepted from here"))
        #expect(try trusted.auditRows() == before, "a forged header writes nothing")
        let welcoming = try WebFixture(
            authProxy: AuthProxy(header: "X-Forwarded-User", trusted: ["127.0.0.1"], newcomers: AccessGrant(.viewer)),
            restarting: trusted)
        welcoming.cookies = [:]
        #expect(welcoming.call("GET", "/workspace", headers: [("X-Forwarded-User", "newcomer")]).status == 200)
        #expect(try welcoming.service.accounts(as: .commandLine("t")).map(\.username).contains("newcomer"))
    }
}

/// The access log never holds a one-time link's secret.
@Suite struct AccessLogRedactionTests {
    @Test func aLinksPathIsLoggedWithoutItsSecret() throws {
        let fixture = try WebFixture()
        let site = try WebSite(
            service: fixture.service,
            options: WebSite.Options(
                templates: try WebFixture.templates(), locales: try WebFixture.locales(),
                today: { WebFixture.clock().date }))
        let lines = Mutex<[String]>([])
        var configuration = HTTPServer.Configuration()
        configuration.accessLog = { entry in lines.withLock { $0.append(entry.line) } }
        site.configure(&configuration)
        let secret = String(repeating: "ab", count: 32)
        for path in ["/welcome/" + secret, "/plans/aldermoor-2023"] {
            configuration.accessLog(
                AccessLogEntry(
                    method: "GET", path: path, status: 200, bytes: 10, duration: 0.001, remoteAddress: "127.0.0.1"))
        }
        let logged = lines.withLock { $0 }
        #expect(logged.count == 2 && !logged[0].contains(secret) && logged[0].contains("/welcome/…"))
        #expect(logged[1].contains("/plans/aldermoor-2023"))
    }
}
