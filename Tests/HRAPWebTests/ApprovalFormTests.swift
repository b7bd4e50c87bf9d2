import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import Testing

/// Approval before publication through the web forms: an officer's entry waits, counts nowhere and shows nowhere
/// public until another officer approves it; a rejection needs a reason and keeps the entry in the history.
@Suite(.serialized) struct ApprovalFormTests {
    static let plan = "/plans/aldermoor-2023"
    static let admin = Principal.commandLine("test")

    /// A live site whose Aldermoor plan (published) requires approval.
    private func approvalSite() throws -> WebFixture {
        let site = try WebFixture()
        try site.service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("requires_approval", .bool(true))], as: Self.admin)
        return site
    }

    private func postMeasurement(_ site: WebFixture, value: String) -> WebResponse {
        site.call(
            "POST", Self.plan + "/measurements/new",
            form: [
                ("csrf", site.csrf(from: Self.plan + "/measurements/new")), ("indicator", "1.1.b"),
                ("date", "2025-12-31"), ("value", value), ("group", ""), ("source", "Approval test"), ("note", ""),
                ("evidence_url", ""), ("public", "on"),
            ])
    }

    private func values(_ site: WebFixture) throws -> [Double?] {
        try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: Self.admin).map(\.value)
    }

    @Test func anEntryWaitsCountsNowhereAndAppearsOnceAnotherOfficerApproves() throws {
        let site = try approvalSite()
        site.signIn("officer")
        let before = try site.auditRows()
        #expect(postMeasurement(site, value: "4321").status == 303)
        #expect(site.call("GET", Self.plan + "/measurements/new").body.contains("Saved for approval"))
        #expect(try site.auditRows() == before + 1)
        #expect(try !values(site).contains(4321))
        let submission = try #require(
            try site.service.submissions(
                plan: "aldermoor-2023", pendingOnly: true, as: Self.admin
            ).first)
        let publicPage = site.anonymous(Self.plan + "/indicators/1.1.b")
        #expect(publicPage.status == 200 && !publicPage.body.contains("4321"))

        let manage = site.call("GET", Self.plan + "/manage")
        #expect(manage.body.contains("You submitted this"))
        let own = site.call(
            "POST", Self.plan + "/submissions/\(submission.id)",
            form: [("csrf", site.csrf(from: Self.plan + "/manage")), ("decision", "approve")])
        #expect(own.status == 303)
        #expect(try site.auditRows() == before + 1)

        site.cookies = [:]
        site.signIn("coordinator")
        let queue = site.call("GET", Self.plan + "/manage")
        #expect(queue.body.contains("1.1.b") && queue.body.contains("submitted by maria (officer)"))
        let approved = site.call(
            "POST", Self.plan + "/submissions/\(submission.id)",
            form: [("csrf", site.csrf(from: Self.plan + "/manage")), ("decision", "approve")])
        #expect(approved.status == 303)
        #expect(site.call("GET", Self.plan + "/manage").body.contains("Approved: 1.1.b, "), "in words, as in the queue")
        let stored = try site.service.measurements(plan: "aldermoor-2023", indicator: "1.1.b", as: Self.admin)
        #expect(stored.contains { $0.value == 4321 && $0.recordedBy == "maria (officer)" })
        #expect(site.anonymous(Self.plan + "/indicators/1.1.b").body.contains("4,321"))
        let audit = try site.service.audit(.init(entity: "submission", limit: 10), as: Self.admin)
        #expect(audit.map(\.operation) == [.update, .create])
    }

    @Test func aRejectionNeedsAReasonAndTheEntryStaysInTheHistory() throws {
        let site = try approvalSite()
        site.signIn("officer")
        #expect(postMeasurement(site, value: "999").status == 303)
        let id = try #require(
            try site.service.submissions(
                plan: "aldermoor-2023", pendingOnly: true, as: Self.admin
            ).first?.id)
        site.cookies = [:]
        site.signIn("coordinator")
        let csrf = site.csrf(from: Self.plan + "/manage")
        let before = try site.auditRows()
        let noReason = site.call(
            "POST", Self.plan + "/submissions/\(id)",
            form: [("csrf", csrf), ("decision", "reject"), ("reason", "  ")])
        #expect(noReason.status == 422)
        #expect(noReason.body.contains("Say why you reject it") && noReason.body.contains("aria-invalid=\"true\""))
        #expect(noReason.body.contains("class=\"error-summary\"") && noReason.body.contains("href=\"#reason-\(id)\""))
        #expect(try site.auditRows() == before)
        let reason = "<script>alert(1)</script> the survey closed in March"
        let rejected = site.call(
            "POST", Self.plan + "/submissions/\(id)",
            form: [("csrf", csrf), ("decision", "reject"), ("reason", reason)])
        #expect(rejected.status == 303)
        let page = site.call("GET", Self.plan + "/manage")
        #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; the survey closed"))
        #expect(!page.body.contains("<script>alert"))
        #expect(page.body.contains("rejected (kept in the history"))
        #expect(try !values(site).contains(999))
        let again = site.call(
            "POST", Self.plan + "/submissions/\(id)",
            form: [("csrf", csrf), ("decision", "approve")])
        #expect(again.status == 303)
        #expect(site.call("GET", Self.plan + "/manage").body.contains("someone decided on this entry already"))
        #expect(try !values(site).contains(999))
        let all = try site.service.submissions(plan: "aldermoor-2023", pendingOnly: false, as: Self.admin)
        #expect(all.first?.decision == .rejected && all.first?.reason == reason)
    }

    @Test func othersCannotSeeOrDecideAndBulkImportsAreRefused() throws {
        let site = try approvalSite()
        site.signIn("officer")
        #expect(postMeasurement(site, value: "77").status == 303)
        let id = try #require(
            try site.service.submissions(
                plan: "aldermoor-2023", pendingOnly: true, as: Self.admin
            ).first?.id)
        let before = try site.auditRows()
        let upload = WebFormTests.upload(
            site, csrf: site.csrf(from: Self.plan + "/upload"), csv: "indicator,date,value\n1.1.b,2026-06-30,410\n")
        #expect(upload.status == 409)
        #expect(upload.body.contains("need approval") && upload.body.contains("Nothing was saved"))
        #expect(try site.auditRows() == before)

        site.cookies = [:]
        site.signIn("otherOfficer")
        let signedIn = try site.auditRows()
        #expect(signedIn == before + 1, "the sign-in is audited")
        #expect(site.call("GET", Self.plan + "/manage").status == 403)
        let csrf = site.csrf(from: "/workspace")
        #expect(
            site.call(
                "POST", Self.plan + "/submissions/\(id)",
                form: [("csrf", csrf), ("decision", "approve")]
            ).status == 403)
        site.cookies = [:]
        #expect(site.call("POST", Self.plan + "/submissions/\(id)", form: [("decision", "approve")]).status == 401)
        #expect(try site.auditRows() == signedIn)
        #expect(try site.service.submission(id, plan: "aldermoor-2023", as: Self.admin).decision == nil)
    }

    @Test func onlyAnAdminTurnsApprovalOnOrOff() throws {
        let site = try approvalSite()
        let officer = Principal(name: "maria (officer)", role: .officer, government: "GB-aldermoor")
        #expect(throws: ServiceError.self) {
            try site.service.saveRecord(
                Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
                changes: [("requires_approval", .bool(false))], as: officer)
        }
        try site.service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("title", .string("Aldermoor plan, renamed"))], as: officer)
        #expect(try site.service.plan("aldermoor-2023", as: Self.admin).requiresApproval)
    }
}
