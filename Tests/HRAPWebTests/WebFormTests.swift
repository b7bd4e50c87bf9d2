import Foundation
import HRAPCore
import HRAPUseCases
import Synchronization
import SQLiteStore
import Testing

/// The web forms against a live server: sign-in and sessions, CSRF, each form valid and invalid, and the bad input
/// the issue lists. Every refused post is checked to have written nothing (the audit log did not grow).
@Suite(.serialized) struct WebFormTests {
    static let plan = "/plans/aldermoor-2023"

    @Test func signingInSetsAStrictCookieAndABadTokenIsRefused() throws {
        let site = try WebFixture()
        let refused = site.signIn("hrap_" + String(repeating: "0", count: 64))
        #expect(refused.status == 401)
        #expect(refused.body.contains("not accepted"))
        #expect(refused.body.contains("aria-invalid=\"true\""))
        #expect(site.cookies["hrap_session"] == nil)
        let accepted = site.signIn("officer")
        #expect(accepted.status == 303)
        #expect(accepted.header("Location") == "/workspace")
        let cookie = accepted.headers.first { $0.0 == "Set-Cookie" && $0.1.hasPrefix("hrap_session=") }?.1 ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"))
        let workspace = site.call("GET", "/workspace")
        #expect(workspace.status == 200)
        #expect(workspace.header("Cache-Control") == "no-store")
        #expect(workspace.body.contains("aldermoor-2023") && !workspace.body.contains("hainbach-inklusiv"))
    }

    /// The sign-in form is throttled by the service's rule, as the API is: ten wrong tokens within a minute from one
    /// address, and further guesses get 429 with Retry-After; a valid token still signs in.
    @Test func guessingAtTheSignInFormIsSlowedDown() throws {
        let site = try WebFixture()
        let statuses = (0..<12).map { site.signIn("hrap_" + String(repeating: "\($0 % 10)", count: 64)).status }
        #expect(statuses.prefix(10).allSatisfy { $0 == 401 }, "\(statuses)")
        let throttled = site.signIn("wrong")
        #expect(throttled.status == 429 && Int(throttled.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(throttled.body.contains("Too many failed sign-ins"))
        #expect(site.signIn("officer").status == 303, "a valid token is not held back by others' guesses")
    }

    @Test func behindATLSProxyTheCookieIsSecure() throws {
        let site = try WebFixture()
        let form = site.call("GET", "/sign-in")
        let response = site.call(
            "POST", "/sign-in",
            form: [
                ("csrf", form.hiddenValue("csrf") ?? ""), ("next", "/workspace"),
                ("token", site.tokens["officer"] ?? ""),
            ], headers: [("X-Forwarded-Proto", "https")])
        #expect(
            response.headers.contains {
                $0.0 == "Set-Cookie" && $0.1.hasPrefix("hrap_session=") && $0.1.contains("; Secure")
            })
    }

    @Test func signInRefusesAForeignRedirectAndAMissingCSRFToken() throws {
        let site = try WebFixture()
        let form = site.call("GET", "/sign-in")
        let response = site.call(
            "POST", "/sign-in",
            form: [
                ("csrf", form.hiddenValue("csrf") ?? ""), ("next", "//evil.example/x"),
                ("token", site.tokens["officer"] ?? ""),
            ])
        #expect(response.header("Location") == "/workspace")
        site.cookies = [:]
        let forged = site.call("POST", "/sign-in", form: [("csrf", "x"), ("token", site.tokens["officer"] ?? "")])
        #expect(forged.status == 403)
        #expect(site.cookies["hrap_session"] == nil)
    }

    @Test func aFormPageWithoutASessionSendsToSignIn() throws {
        let site = try WebFixture()
        let page = site.call("GET", Self.plan + "/measurements/new")
        #expect(page.status == 303)
        #expect(page.header("Location")?.hasPrefix("/sign-in?next=%2Fplans%2Faldermoor-2023") == true)
    }

    /// A database another writer keeps busy past the wait is a page saying so, 503 with Retry-After, in the
    /// visitor's language; nothing is written, and the same form a moment later is saved.
    @Test func aBusyDatabaseIsAPageToRetryNotAnInternalError() throws {
        let site = try WebFixture(busyTimeoutMilliseconds: 200)
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let form = [
            ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "413"), ("group", ""),
            ("source", ""), ("note", ""), ("evidence_url", ""), ("public", "on"),
        ]
        let blocker = try Database(path: site.database, mode: .readWrite)
        try blocker.run("BEGIN IMMEDIATE")
        let busy = site.call("POST", Self.plan + "/measurements/new", form: form)
        try blocker.run("ROLLBACK")
        #expect(busy.status == 503 && busy.header("Retry-After") == "1", "\(busy.status)")
        #expect(busy.body.contains("The database is busy"))
        #expect(site.call("POST", Self.plan + "/measurements/new", form: form).status == 303)
    }

    @Test func aValidMeasurementIsSavedRedirectedAndShown() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let before = try site.auditRows()
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "412"), ("group", ""),
                ("source", "Web form test"), ("note", ""), ("evidence_url", ""), ("public", "on"),
            ])
        #expect(posted.status == 303)
        #expect(posted.header("Location") == Self.plan + "/measurements/new")
        #expect(try site.auditRows() == before + 1)
        let next = site.call("GET", Self.plan + "/measurements/new")
        #expect(next.body.contains("Saved: the value of indicator 1.1.b"))
        #expect(next.body.contains("role=\"status\""))
        let values = try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: .commandLine("t"))
        #expect(
            values.contains { $0.value == 412 && $0.source == "Web form test" && $0.recordedBy == "maria (officer)" })
    }

    @Test func aGermanOfficerTypesADecimalComma() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new?lang=de")
        let posted = site.call(
            "POST", Self.plan + "/measurements/new?lang=de",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-30"), ("value", "12,5"), ("public", "on"),
            ])
        #expect(posted.status == 303)
        let values = try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: .commandLine("t"))
        #expect(values.contains { $0.value == 12.5 && !$0.isNewMethod })
    }

    /// The box for a new definition or method is off by default and, ticked, flags the value.
    @Test func aValueByANewMethodIsFlaggedFromTheForm() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let page = site.call("GET", Self.plan + "/measurements/new")
        #expect(page.body.contains("name=\"new_method\"") && !page.body.contains("name=\"new_method\" checked"))
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-30"), ("value", "530"),
                ("new_method", "on"), ("public", "on"),
            ])
        #expect(posted.status == 303)
        let values = try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: .commandLine("t"))
        #expect(values.contains { $0.value == 530 && $0.isNewMethod && $0.isPublic })
    }

    @Test func anInvalidMeasurementKeepsWhatWasTypedAndSaysWhyNextToEachField() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let before = try site.auditRows()
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-13-45"), ("value", "lots"),
                ("source", "kept <b>"),
                ("public", "on"),
            ])
        #expect(posted.status == 422)
        #expect(try site.auditRows() == before)
        #expect(posted.body.contains("class=\"error-summary\""))
        #expect(posted.body.contains("href=\"#field-date\""))
        #expect(posted.body.contains("id=\"field-date-error\""))
        #expect(posted.body.contains("id=\"field-value-error\""))
        #expect(posted.body.contains("value=\"kept &lt;b&gt;\""))
        #expect(posted.body.contains("value=\"lots\""))
        #expect(posted.body.contains("<title>There is a problem: "))
    }

    /// A group is typed as everywhere else (`ground=value`, as on the command line and in spreadsheets); another
    /// spelling is an error at the group field, and nothing is written.
    @Test func aGroupIsTypedInTheSyntaxOfEverySurface() throws {
        let site = try WebFixture()
        site.signIn("officer")
        func post(_ group: String) throws -> WebResponse {
            let csrf = site.csrf(from: Self.plan + "/measurements/new")
            return site.call(
                "POST", Self.plan + "/measurements/new",
                form: [
                    ("csrf", csrf), ("indicator", "1.1.a"), ("date", "2026-01-10"), ("value", "7"),
                    ("group", group), ("public", "on"),
                ])
        }
        let before = try site.auditRows()
        let refused = try post("sex: female")
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"field-group-error\""))
        #expect(try site.auditRows() == before)
        #expect(try post("sex=female, age=18-64").status == 303)
        let saved = try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.a", as: .commandLine("t"))
        #expect(saved.contains { $0.disaggregation == ["sex": "female", "age": "18-64"] && $0.value == 7 })
    }

    @Test func anUnknownIndicatorIsAFieldErrorNotACrash() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "9.9.z"), ("date", "2025-12-31"), ("value", "1"), ("public", "on"),
            ])
        #expect(posted.status == 422)
        #expect(posted.body.contains("class=\"error-summary\""))
    }

    @Test func postsWithoutOrWithAWrongCSRFTokenWriteNothing() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let before = try site.auditRows()
        let fields = [("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "1"), ("public", "on")]
        let missing = site.call("POST", Self.plan + "/measurements/new", form: fields)
        let wrong = site.call(
            "POST", Self.plan + "/measurements/new", form: [("csrf", String(repeating: "a", count: 64))] + fields)
        #expect(missing.status == 403 && wrong.status == 403)
        #expect(wrong.body.contains("The form has expired"))
        #expect(try site.auditRows() == before)
    }

    @Test func anExpiredTamperedOrEndedSessionWritesNothing() throws {
        let clock = Mutex(Date().timeIntervalSince1970)
        let site = try WebFixture(now: { clock.withLock { $0 } })
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let fields = [("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "1"), ("public", "on")]
        let before = try site.auditRows()
        let real = site.cookies["hrap_session"] ?? ""
        site.cookies["hrap_session"] = String(real.reversed())
        let tampered = site.call("POST", Self.plan + "/measurements/new", form: fields)
        #expect(tampered.status == 401)
        #expect(tampered.body.contains("Your session has ended"))
        site.cookies["hrap_session"] = real
        clock.withLock { $0 += 3 * 3600 }
        let expired = site.call("POST", Self.plan + "/measurements/new", form: fields)
        #expect(expired.status == 401)
        #expect(try site.auditRows() == before)
    }

    @Test func signingOutOrRevokingTheTokenEndsTheSession() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: "/workspace")
        let out = site.call("POST", "/sign-out", form: [("csrf", csrf)])
        #expect(out.status == 303)
        #expect(site.cookies["hrap_session"] == nil)
        site.signIn("otherOfficer")
        #expect(site.call("GET", "/workspace").status == 200)
        _ = try site.service.revokeToken("jonas", as: .commandLine("test"))
        #expect(site.call("GET", "/workspace").status == 303)
    }

    @Test func anOfficerCannotPostToAnotherGovernmentsPlan() throws {
        let site = try WebFixture()
        site.signIn("otherOfficer")
        let csrf = site.csrf(from: "/workspace")
        let before = try site.auditRows()
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "1"), ("public", "on"),
            ])
        #expect(posted.status == 403)
        #expect(posted.body.contains("You may not do this"))
        #expect(site.call("GET", Self.plan + "/updates/new").status == 403)
        #expect(try site.auditRows() == before)
    }

    @Test func aHundredThousandCharactersAreRefusedAndNothingIsWritten() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/updates/new")
        let before = try site.auditRows()
        let posted = site.call(
            "POST", Self.plan + "/updates/new",
            form: [
                ("csrf", csrf), ("action", "1.1.1"), ("date", "2025-12-31"), ("status", "ongoing"),
                ("narrative", String(repeating: "x", count: 100_000)), ("public", "on"),
            ])
        #expect(posted.status == 422)
        #expect(posted.body.contains("at most 10000 characters (100000 given)"))
        #expect(posted.body.count < 60_000)
        #expect(try site.auditRows() == before)
    }

    @Test func aProgressUpdateWithScriptIsSavedAndShownEscaped() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/updates/new")
        let posted = site.call(
            "POST", Self.plan + "/updates/new",
            form: [
                ("csrf", csrf), ("action", "1.1.1"), ("date", "2025-12-31"), ("status", "ongoing"),
                ("percent_complete", "40"), ("narrative", "<script>alert(1)</script> \"quoted\""),
                ("evidence_urls", "https://example.org/a\njavascript:alert(1)"), ("public", "on"),
            ])
        #expect(posted.status == 422, "a javascript: link is not a URL hrap keeps")
        let retry = site.call(
            "POST", Self.plan + "/updates/new",
            form: [
                ("csrf", csrf), ("action", "1.1.1"), ("date", "2025-12-17"), ("status", "ongoing"),
                ("percent_complete", "40"), ("narrative", "<script>alert(1)</script> \"quoted\""),
                ("evidence_urls", "https://example.org/a"), ("public", "on"),
            ])
        #expect(
            retry.status == 303,
            "\(retry.body.components(separatedBy: "error-summary-heading").last?.prefix(900) ?? "")")
        let page = site.call("GET", Self.plan + "/actions/1.1.1").body
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<a href=\"https://example.org/a\""))
    }

    @Test func aCSVUploadIsAllOrNothingWithEveryBadRowListed() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/upload")
        let before = try site.auditRows()
        let bad = "indicator,date,value\n1.1.b,2026-06-30,410\nnope,2026-06-30,1\n1.1.b,not-a-date,2\n"
        let refused = Self.upload(site, csrf: csrf, csv: bad)
        #expect(refused.status == 422)
        #expect(refused.body.contains("nope") && refused.body.contains("not-a-date"))
        #expect(try site.auditRows() == before)
        let accepted = Self.upload(site, csrf: csrf, csv: "indicator,date,value\n1.1.b,2026-06-30,410\n")
        #expect(accepted.status == 303)
        #expect(site.call("GET", Self.plan + "/upload").body.contains("1 rows, 1 new"))
    }

    static func upload(_ site: WebFixture, csrf: String, csv: String) -> WebResponse {
        let boundary = "----hrapTestBoundary7MA4YWxk"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nmeasurements\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        return site.call(
            "POST", Self.plan + "/upload", body: Array(body.utf8),
            contentType: "multipart/form-data; boundary=\(boundary)")
    }

    @Test func aCoordinatorWithdrawsAndRepublishesAPlan() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let manage = site.call("GET", Self.plan + "/manage")
        let (csrf, version) = (manage.hiddenValue("csrf") ?? "", manage.hiddenValue("version") ?? "")
        let withdrawn = site.call(
            "POST", Self.plan + "/publish",
            form: [
                ("csrf", csrf), ("version", version),
                ("published", "false"),
            ])
        #expect(withdrawn.status == 303)
        #expect(
            try site.service.plan("aldermoor-2023", as: .commandLine("t")).published == false,
            "\(site.call("GET", Self.plan + "/manage").body.components(separatedBy: "<main").last?.prefix(800) ?? "")")
        let saved = site.cookies
        site.cookies = [:]
        #expect(site.call("GET", Self.plan).status == 404)
        site.cookies = saved
        let stale = site.call(
            "POST", Self.plan + "/publish",
            form: [
                ("csrf", csrf), ("version", version),
                ("published", "true"),
            ])
        #expect(stale.status == 303)
        #expect(site.call("GET", Self.plan + "/manage").body.contains("someone else changed the plan"))
        let fresh = site.call("GET", Self.plan + "/manage").hiddenValue("version") ?? ""
        _ = site.call(
            "POST", Self.plan + "/publish", form: [("csrf", csrf), ("version", fresh), ("published", "true")])
        site.cookies = [:]
        #expect(site.call("GET", Self.plan).status == 200)
    }

    @Test func aReviewerFillsInAndSubmitsOnlyTheirOwnSheet() throws {
        let site = try WebFixture()
        let admin = Principal.commandLine("test")
        try site.openPeerRoundWithReviewer()
        site.signIn("reviewer")
        let path = Self.plan + "/rounds/peer-2026/sheet"
        #expect(site.call("GET", "/workspace").body.contains(path))
        let csrf = site.csrf(from: path)
        let incomplete = site.call("POST", path, form: [("csrf", csrf), ("level-1", "3"), ("rationale-1", "")])
        #expect(incomplete.status == 422)
        #expect(
            incomplete.body.contains("id=\"field-evidence-1-error\"")
                || incomplete.body.contains("id=\"field-rationale-1-error\""))
        let draft = site.call(
            "POST", path,
            form: [
                ("csrf", csrf), ("level-1", "3"), ("rationale-1", "Council resolution seen"),
                ("evidence-1", "document:Council resolution <https://example.org/r>"), ("step", "submit"),
            ])
        #expect(draft.status == 303)
        let shown = site.call("GET", path).body
        #expect(shown.contains("Saved 1 ratings in your draft sheet. It is not submitted yet:"))
        #expect(shown.contains("Council resolution seen"), "the draft is shown again")
        var round = try site.service.assessment("peer-2026", plan: "aldermoor-2023", as: admin).0
        #expect(round.sheets(of: "m.kovac").last?.submittedAt == nil)
        var complete: [(String, String)] = [("csrf", csrf), ("step", "submit")]
        for number in 2...14 {
            complete += [
                ("not_assessable-\(number)", "not seen"), ("rationale-\(number)", "outside the visit"),
                ("evidence-\(number)", "report:R2023"),
            ]
        }
        #expect(site.call("POST", path, form: complete).status == 303)
        round = try site.service.assessment("peer-2026", plan: "aldermoor-2023", as: admin).0
        #expect(round.sheets(of: "m.kovac").last?.submittedAt != nil)
        site.cookies = [:]
        site.signIn("outsider")
        #expect(site.call("GET", path).status == 403)
    }

    @Test func aReadOnlyServerRefusesEveryFormPost() throws {
        let site = try WebFixture(readOnly: true)
        site.signIn("officer")
        let csrf = site.csrf(from: Self.plan + "/measurements/new")
        let posted = site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", csrf), ("indicator", "1.1.b"), ("date", "2025-12-31"), ("value", "1"), ("public", "on"),
            ])
        #expect(posted.status == 403)
        #expect(posted.body.contains("Changes are switched off"))
    }
}
