import Foundation
import HRAPCore
import HRAPUseCases
import Testing

/// Review rounds in the browser: opened, reviewers invited, progress seen without ratings, recommendations written and
/// answered, finalised and reopened; refusals write nothing.
@Suite struct RoundPagesTests {
    static let rounds = "/plans/aldermoor-2023/rounds"

    @Test func aCoordinatorRunsARoundFromOpeningToFinalising() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let page = site.call("GET", Self.rounds)
        #expect(page.status == 200)
        let csrf = page.hiddenValue("csrf") ?? ""
        let opened = site.call(
            "POST", Self.rounds,
            form: [
                ("csrf", csrf), ("code", "peer-2026"), ("title", "Peer review 2026"), ("kind", "peer"),
                ("framework", "hrgl-2024"), ("as_of", "2026-01-10"), ("blind", "on"),
            ])
        #expect(opened.status == 303)
        let invited = site.call(
            "POST", Self.rounds + "/peer-2026/invite",
            form: [
                ("csrf", csrf), ("code", "m.kovac"), ("name", "Mira Kovač"), ("affiliation", "Rivertown"),
                ("home_city", "Rivertown"), ("conflict_of_interest", "none"),
            ])
        #expect(
            invited.status == 303,
            "\(invited.body.components(separatedBy: "<ul><li>").dropFirst().first?.prefix(300) ?? "")")
        let listed = site.call("GET", Self.rounds)
        #expect(listed.body.contains("Peer review 2026"))
        let recommended = site.call(
            "POST", Self.rounds + "/peer-2026/recommendations",
            form: [
                ("csrf", csrf), ("code", "R1"), ("encouragement", "3"), ("text", "Cite the CRPD in every objective."),
            ])
        #expect(recommended.status == 303)
        let answered = site.call(
            "POST", "/plans/aldermoor-2023/responses",
            form: [
                ("csrf", csrf), ("recommendation", "peer-2026/R1"), ("decision", "accepted"),
                ("reason", "We will revise the objectives."),
            ])
        #expect(answered.status == 303)
        let early = site.call("POST", Self.rounds + "/peer-2026/close", form: [("csrf", csrf)])
        #expect(early.status == 409 && early.body.contains("has no submitted sheet"))
        #expect(site.call("GET", Self.rounds).body.contains("Mira Kovač (m.kovac): not started"))
        try submitSheet(site)
        site.signIn("officer")
        let progress = site.call("GET", Self.rounds)
        #expect(progress.body.contains("Mira Kovač (m.kovac): ✔ submitted"))
        #expect(!progress.body.contains("outside the visit"), "what a reviewer wrote is not shown")
        let close = site.call(
            "POST", Self.rounds + "/peer-2026/close", form: [("csrf", progress.hiddenValue("csrf") ?? "")])
        #expect(close.status == 303)
        let closed = try site.service.roundStatuses(plan: "aldermoor-2023", as: .commandLine("t"))
        #expect(closed.first { $0.round.code == "peer-2026" }?.round.status == .finalised)
        let reopen = site.call(
            "POST", Self.rounds + "/peer-2026/reopen", form: [("csrf", site.csrf(from: Self.rounds))])
        #expect(reopen.status == 303)
    }

    /// The invited reviewer submits a complete sheet through their form.
    func submitSheet(_ site: WebFixture) throws {
        site.cookies = [:]
        site.signIn("reviewer")
        let path = "/plans/aldermoor-2023/rounds/peer-2026/sheet"
        var complete: [(String, String)] = [("csrf", site.csrf(from: path)), ("step", "submit")]
        for number in 1...14 {
            complete += [
                ("not_assessable-\(number)", "not seen"), ("rationale-\(number)", "outside the visit"),
                ("evidence-\(number)", "report:R2023"),
            ]
        }
        #expect(site.call("POST", path, form: complete).status == 303)
        site.cookies = [:]
    }

    @Test func aBadRequestShowsItsProblemsAndWritesNothing() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let csrf = site.csrf(from: Self.rounds)
        let before = try site.auditRows()
        let answer = site.call(
            "POST", "/plans/aldermoor-2023/responses",
            form: [("csrf", csrf), ("recommendation", "not a reference"), ("decision", "accepted"), ("reason", "")])
        #expect(answer.status == 422 && answer.body.contains("class=\"error-summary\""))
        let round = site.call(
            "POST", Self.rounds,
            form: [("csrf", csrf), ("code", "x"), ("kind", "peer"), ("framework", "nope"), ("as_of", "someday")])
        #expect(round.status == 422)
        #expect(try site.auditRows() == before)
        site.cookies = [:]
        site.signIn("otherOfficer")
        #expect(site.call("GET", Self.rounds).status == 403)
    }
}

/// A reviewer writes their own recommendation under their sheet; it names them, and only them.
@Suite struct ReviewerRecommendationTests {
    @Test func anInvitedReviewerRecommendsInTheirOwnNameOnly() throws {
        let site = try WebFixture()
        let admin = Principal.commandLine("test")
        try site.openPeerRoundWithReviewer()
        site.signIn("reviewer")
        let sheet = "/plans/aldermoor-2023/rounds/peer-2026/sheet"
        let csrf = site.csrf(from: sheet)
        let before = try site.auditRows()
        let refused = site.call(
            "POST", sheet + "/recommendations", form: [("csrf", csrf), ("code", "R1"), ("encouragement", "99")])
        #expect(refused.status == 422 && refused.body.contains("id=\"recommend-text-error\""))
        #expect(try site.auditRows() == before)
        let made = site.call(
            "POST", sheet + "/recommendations",
            form: [("csrf", csrf), ("code", "R1"), ("encouragement", "3"), ("text", "Cite the CRPD.")])
        #expect(made.status == 303)
        let round = try site.service.assessment("peer-2026", plan: "aldermoor-2023", as: admin).0
        #expect(round.recommendations.map(\.reviewer) == ["m.kovac"])
        var forged = Recommendation()
        (forged.code, forged.encouragement, forged.text, forged.reviewer) = ("R2", 3, "In another's name.", "o.nobody")
        let mira = try #require(try site.service.authenticate(site.tokens["reviewer"] ?? ""))
        #expect(throws: ServiceError.self) {
            try site.service.recommend(forged, round: "peer-2026", plan: "aldermoor-2023", as: mira)
        }
        let outsider = try #require(try site.service.authenticate(site.tokens["outsider"] ?? ""))
        forged.reviewer = nil
        #expect(throws: ServiceError.self) {
            try site.service.recommend(forged, round: "peer-2026", plan: "aldermoor-2023", as: outsider)
        }
    }
}
