import Foundation
import JSONCoding
import Testing

/// The role matrix, cell by cell: every role against every kind of resource and verb, on a live server. Roles:
/// admin, officer of Aldermoor, officer of Hainbach, reviewer m.kovac, viewer, and no token.
@Suite(.serialized) struct RoleMatrixTests {
    static let roles = ["admin", "officer", "otherOfficer", "reviewer", "viewer", "none"]
    static let plan = "/api/v1/plans/aldermoor-2023"
    let fixture: APIFixture

    init() throws {
        fixture = try APIFixture()
        // An open round with m.kovac invited, and one without.
        for (code, reviewer) in [("peer-2026", "m.kovac"), ("peer-2026b", "s.other")] {
            let opened = fixture.call(
                "POST", Self.plan + "/assessments", as: "officer",
                body: #"{"code": "\#(code)", "kind": "peer", "as_of": "2026-12-31", "title": "Next"}"#)
            precondition(opened.status == 201, opened.body)
            let invited = fixture.call(
                "POST", Self.plan + "/assessments/\(code)/reviewers", as: "officer",
                body: """
                    {"code": "\(reviewer)", "name": "R", "affiliation": "Rivertown human rights office", "home_city": "Rivertown",
                     "conflict_of_interest": "none"}
                    """)
            precondition(invited.status == 201, invited.body)
        }
    }

    private func check(
        _ method: String, _ path: String, body: (String) -> String? = { _ in nil },
        ifMatch: Bool = false, expected: [Int]
    ) {
        for (role, status) in zip(Self.roles, expected) {
            var headers: [(String, String)] = []
            if ifMatch, let etag = fixture.call("GET", path).header("ETag") { headers.append(("If-Match", etag)) }
            let before = (try? fixture.auditRows()) ?? -1
            let response = fixture.call(
                method, path, as: role == "none" ? nil : role, body: body(role), headers: headers)
            #expect(
                response.status == status,
                "\(role) \(method) \(path) → \(response.status): \(response.body.prefix(300))")
            if response.status >= 400 {
                #expect((try? fixture.auditRows()) == before, "\(role) \(method) \(path) wrote nothing")
                #expect(response.header("Content-Type") == "application/problem+json")
            }
        }
    }

    @Test func readingPlans() {
        check("GET", "/api/v1/plans", expected: [200, 200, 200, 200, 200, 401])
        check("GET", Self.plan, expected: [200, 200, 200, 200, 200, 401])
        check("GET", "/api/v1/plans/aldermoor-draft", expected: [200, 200, 404, 404, 404, 401])
        check("GET", "/api/v1/plans/aldermoor-draft/actions", expected: [200, 200, 404, 404, 404, 401])
        check("GET", Self.plan + "/actions/1.1.1", expected: [200, 200, 200, 200, 200, 401])
        check("GET", Self.plan + "/score", expected: [200, 200, 200, 200, 200, 401])
        check("GET", Self.plan + "/progress", expected: [200, 200, 200, 200, 200, 401])
        check("GET", "/api/v1/frameworks", expected: [200, 200, 200, 200, 200, 401])
    }

    @Test func writingPlanData() {
        check(
            "PATCH", Self.plan + "/objectives/1.1", body: { #"{"title": "Objective renamed by \#($0)"}"# },
            ifMatch: true,
            expected: [200, 200, 403, 403, 403, 401])
        check(
            "POST", Self.plan + "/units", body: { #"{"code": "U-\#($0)", "name": "Unit", "kind": "department"}"# },
            expected: [201, 201, 403, 403, 403, 401])
        check(
            "POST", Self.plan + "/measurements",
            body: {
                #"{"indicator": "1.1.b", "date": "2026-0\#(Self.roles.firstIndex(of: $0)! + 1)-28", "value": 400}"#
            },
            expected: [201, 201, 403, 403, 403, 401])
        check("POST", Self.plan + "/snapshots", expected: [201, 201, 403, 403, 403, 401])
        check(
            "PATCH", "/api/v1/governments/GB-aldermoor", body: { _ in #"{"population": 214500}"# }, ifMatch: true,
            expected: [200, 200, 403, 403, 403, 401])
        check(
            "POST", "/api/v1/governments",
            body: { #"{"code": "XX-\#($0)", "name": "New", "country": "AT", "level": "municipality"}"# },
            expected: [201, 403, 403, 403, 403, 401])
        // The draft has no objective 1: its owners learn that; the others learn nothing of the draft.
        check(
            "PATCH", "/api/v1/plans/aldermoor-draft/objectives/1", body: { _ in "{}" }, ifMatch: false,
            expected: [404, 404, 404, 404, 404, 401])
    }

    @Test func adminOnlyResources() {
        check("GET", "/api/v1/tokens", expected: [200, 403, 403, 403, 403, 401])
        check("GET", "/api/v1/audit?plan=aldermoor-2023", expected: [200, 200, 403, 403, 403, 401])
        check("GET", "/api/v1/audit", expected: [200, 403, 403, 403, 403, 401])
        check(
            "POST", "/api/v1/tokens", body: { #"{"name": "t-\#($0)", "role": "viewer"}"# },
            expected: [201, 403, 403, 403, 403, 401])
    }

    @Test func ratingsBelongToTheInvitedReviewer() {
        let sheet: (String) -> String? = { role in
            let reviewer = role == "admin" ? #", "reviewer": "m.kovac""# : ""
            return #"{"format": "hrap-rating-sheet/1"\#(reviewer), "ratings": [{"encouragement": 4, "level": 3, "#
                + #""rationale": "Seen \#(role)", "evidence": ["report:R2024"]}]}"#
        }
        check(
            "POST", Self.plan + "/assessments/peer-2026/ratings", body: sheet, expected: [201, 403, 403, 201, 403, 401])
        check(
            "POST", Self.plan + "/assessments/peer-2026b/ratings", body: sheet,
            expected: [409, 403, 403, 403, 403, 401])
        check("GET", Self.plan + "/assessments/peer-2025", expected: [200, 200, 200, 200, 200, 401])
    }

    @Test func privateValuesReachOnlyWhoMaySeeThem() throws {
        let path = Self.plan + "/measurements?indicator=1.1.a&from=2025-11-15&to=2025-11-15"
        for (role, sees) in [
            ("admin", true), ("officer", true), ("otherOfficer", false), ("reviewer", false), ("viewer", false),
        ] {
            let items = fixture.call("GET", path, as: role).json?["items"]?.array ?? []
            #expect(!items.isEmpty, "\(role) sees the public values")
            let child = items.contains { $0["disaggregation"]?["age"] == .string("0-17") }
            #expect(child == sees, "\(role) sees the withheld value: \(child)")
            let file = fixture.call("GET", Self.plan + "/file", as: role).body
            #expect(file.contains("Withheld from publication") == sees, "\(role): plan file")
            let history = fixture.call("GET", Self.plan + "/indicators/1.1.a/history", as: role).body
            #expect(history.contains("Withheld from publication") == sees, "\(role): history")
        }
        #expect(fixture.call("GET", Self.plan + "/sheets/measurements", as: "viewer").status == 403)
    }
}

/// Blind review over the API: a reviewer does not see another reviewer's submitted sheet before submitting their own.
@Suite(.serialized) struct BlindReviewTests {
    static let plan = "/api/v1/plans/aldermoor-2023"

    /// Opens a blind round as Aldermoor's officer (its coordinator) and invites the reviewers.
    private func openRound(_ code: String, reviewers: [String], _ fixture: APIFixture) {
        let opened = fixture.call(
            "POST", Self.plan + "/assessments", as: "officer",
            body: #"{"code": "\#(code)", "kind": "peer", "as_of": "2026-12-31", "title": "Blind"}"#)
        #expect(opened.status == 201)
        for reviewer in reviewers {
            let invited = fixture.call(
                "POST", Self.plan + "/assessments/\(code)/reviewers", as: "officer",
                body: """
                    {"code": "\(reviewer)", "name": "\(reviewer)", "affiliation": "Rivertown human rights office",
                     "home_city": "Rivertown", "conflict_of_interest": "none"}
                    """)
            #expect(invited.status == 201)
        }
    }

    /// Enters s.other's ratings of all 14 encouragements (as an admin), each rationale carrying `secret`.
    private func rateAsOther(_ round: String, secret: String, _ fixture: APIFixture) {
        let ratings = (1...14).map { number in
            #"{"encouragement": \#(number), "level": 2, "rationale": "\#(secret) \#(number)", "evidence": ["report:R2024"]}"#
        }.joined(separator: ", ")
        let rated = fixture.call(
            "POST", Self.plan + "/assessments/\(round)/ratings", as: "admin",
            body: #"{"format": "hrap-rating-sheet/1", "reviewer": "s.other", "ratings": [\#(ratings)]}"#)
        #expect(rated.status == 201, "\(rated.body)")
    }

    private func submitAsOther(_ round: String, _ fixture: APIFixture, as role: String = "admin") -> APIResponse {
        fixture.call(
            "POST", Self.plan + "/assessments/\(round)/submissions", as: role, body: #"{"reviewer": "s.other"}"#)
    }

    @Test func anotherReviewersSheetStaysHiddenUntilOneSubmits() throws {
        let fixture = try APIFixture()
        openRound("blind-2026", reviewers: ["m.kovac", "s.other"], fixture)
        rateAsOther("blind-2026", secret: "Only s.other wrote this", fixture)
        let submitted = submitAsOther("blind-2026", fixture)
        #expect(submitted.status == 201, "\(submitted.body)")
        let view = fixture.call("GET", Self.plan + "/assessments/blind-2026", as: "reviewer")
        #expect(view.status == 200)
        func levels(_ response: APIResponse) -> [JSONValue] {
            (response.json?["summary"]?["encouragements"]?.array ?? []).flatMap { $0["levels"]?.array ?? [] }
        }
        #expect(view.json?["hidden_sheets"] == .integer(1), "\(view.body.prefix(300))")
        #expect(levels(view).isEmpty, "m.kovac sees none of s.other's levels yet")
        let coordinator = fixture.call("GET", Self.plan + "/assessments/blind-2026", as: "officer")
        #expect(
            coordinator.json?["hidden_sheets"] == .integer(0) && levels(coordinator).count == 14,
            "the coordinator sees them")
        let own = submitAsOther("blind-2026", fixture, as: "reviewer")
        #expect(own.status == 403, "a reviewer cannot submit another reviewer's sheet")
    }

    /// The plan file and the audit log follow the round view's rule: a draft reaches nobody but its reviewer and
    /// admins; a submission in an open blind round nobody but the coordinator, its reviewer and admins.
    @Test func theFileAndTheAuditLogKeepTheRoundsRule() throws {
        let fixture = try APIFixture()
        let secret = "Draft only s.other has seen"
        openRound("blind-2027", reviewers: ["s.other"], fixture)
        rateAsOther("blind-2027", secret: secret, fixture)
        func leaks(_ role: String) -> [String] {
            [Self.plan + "/file", "/api/v1/audit?plan=aldermoor-2023&limit=1000"].filter { path in
                let response = fixture.call("GET", path, as: role)
                return response.status != 200 || response.body.contains(secret)
            }
        }
        #expect(leaks("officer") == [], "the coordinator sees no draft")
        #expect(leaks("coordinator") == [], "another officer sees no draft")
        #expect(leaks("admin").count == 2, "an admin sees the draft in both")
        #expect(submitAsOther("blind-2027", fixture).status == 201)
        #expect(leaks("coordinator") == [], "another officer sees no sealed submission")
        #expect(leaks("officer").count == 2, "the coordinator sees the submission, as in the round view")
        #expect(fixture.call("POST", Self.plan + "/assessments/blind-2027/close", as: "officer").status == 200)
        #expect(leaks("coordinator").count == 2, "once finalised, the submission is what the round publishes")
    }
}
