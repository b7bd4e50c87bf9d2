import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import SQLiteStore
import Testing

/// The shipped hrgl-2024 framework.
func hrgl2024() throws -> Framework { try shippedFramework("hrgl-2024") }

/// A round of the example plan and the steps of its workflow.
struct AssessmentScenario {
    let store: PlanStore
    let framework: Framework
    let plan = "aldermoor-2023"

    init() throws {
        store = try storeWithExample()
        framework = try hrgl2024()
    }

    func open(_ code: String, kind: Assessment.Kind = .peer, at time: String = "2026-02-01T09:00:00Z") throws
        -> Assessment
    {
        var round = Assessment()
        round.code = code
        round.title = "Round \(code)"
        round.kind = kind
        round.framework = framework.id
        round.frameworkVersion = framework.version
        round.asOf = CalendarDate.endOfYear(2025)
        round.coordinator = "coord"
        return try store.openAssessment(round, plan: plan, by: author("coord", at: time))
    }

    func invite(_ code: String, to round: String, home: String = "Rivertown") throws {
        var reviewer = Reviewer()
        reviewer.code = code
        reviewer.name = code.capitalized
        reviewer.affiliation = "Human rights office"
        reviewer.homeCity = home
        reviewer.conflictOfInterest = "none"
        try store.invite(reviewer, to: round, plan: plan, by: author("coord"))
    }

    /// A sheet rating every encouragement at `level` (or as given per number), with a document as evidence.
    func sheet(_ level: Int, except: [Int: Int?] = [:]) -> RatingSheetFile {
        var sheet = RatingSheetFile()
        sheet.ratings = framework.encouragements.map { encouragement in
            var rating = Rating()
            rating.encouragement = encouragement.number
            rating.level = except[encouragement.number] ?? level
            rating.notAssessable = rating.level == nil ? "no documents available" : nil
            rating.rationale = "read the plan"
            rating.evidence = [
                Evidence(.document, "Aldermoor Human Rights Action Plan", locator: "p. \(encouragement.number)")
            ]
            return .init(rating, at: "row \(encouragement.number)")
        }
        return sheet
    }

    @discardableResult
    func rate(
        _ sheet: RatingSheetFile, by reviewer: String, in round: String, supersede: Bool = false,
        at time: String = "2026-02-10T09:00:00Z"
    ) throws -> RatingOutcome {
        try store.write {
            let context = try store.ratingContext(round: round, plan: plan)
            try context.round.checkRated(against: framework)
            let (number, isNew) = try context.round.sheetForRating(
                by: reviewer, supersede: supersede, government: context.government)
            let check = RatingSheetCheck(
                round: context.round, framework: framework, evidence: context.evidence, earlier: context.earlier)
            let problems = check.problems(of: sheet, readProblems: [])
            guard problems.isEmpty else { throw ValidationError(source: "sheet", problems: problems) }
            return try store.recordRatings(
                sheet.ratings.map(\.value), followUps: sheet.followUps.map(\.value), reviewer: reviewer, sheet: number,
                isNew: isNew, supersede: supersede, round: round, plan: plan, by: author(reviewer, at: time))
        }
    }

    func submit(_ reviewer: String, in round: String, at time: String = "2026-02-11T09:00:00Z") throws {
        try store.submitSheet(
            reviewer: reviewer, round: round, plan: plan, framework: framework, by: author(reviewer, at: time))
    }
}

@Suite struct AssessmentStoreTests {
    @Test func theWholeWorkflowFromOpeningToReopeningKeepsEveryVersionAndAuditsEachStep() throws {
        let scenario = try AssessmentScenario()
        let store = scenario.store
        let opened = try scenario.open("peer-t1")
        #expect(
            (opened.version, opened.status, opened.selfAssessment) == (1, .open, "self-2025"),
            "the example's self-assessment")
        try scenario.invite("ana", to: "peer-t1")
        try scenario.invite("ben", to: "peer-t1")
        let first = try scenario.rate(scenario.sheet(3), by: "ana", in: "peer-t1")
        #expect(first == RatingOutcome(sheet: 1, startedSheet: true, recorded: 14, unchanged: 0))
        #expect(try store.assessment("peer-t1", plan: scenario.plan).status == .inReview)
        let again = try scenario.rate(scenario.sheet(3, except: [2: 1]), by: "ana", in: "peer-t1")
        #expect(again == RatingOutcome(sheet: 1, startedSheet: false, recorded: 1, unchanged: 13))
        try scenario.submit("ana", in: "peer-t1")
        try scenario.rate(scenario.sheet(1), by: "ben", in: "peer-t1")
        try scenario.submit("ben", in: "peer-t1")
        let superseding = try scenario.rate(
            scenario.sheet(1, except: [5: 2]), by: "ben", in: "peer-t1", supersede: true)
        #expect(superseding == RatingOutcome(sheet: 2, startedSheet: true, recorded: 1, unchanged: 13))
        try scenario.submit("ben", in: "peer-t1", at: "2026-02-12T09:00:00Z")
        let closed = try store.closeAssessment("peer-t1", plan: scenario.plan, by: author("coord"))
        #expect(closed.status == .finalised)

        let round = try store.assessment("peer-t1", plan: scenario.plan)
        #expect(
            round.sheets.map { "\($0.reviewer) \($0.number) \($0.isSubmitted)" } == [
                "ana 1 true", "ben 1 true", "ben 2 true",
            ])
        #expect(round.sheets[0].ratings.filter { $0.encouragement == 2 }.map(\.level) == [3, 1])
        #expect(round.submittedSheets.map { $0.currentRatings[5]?.level } == [3, 2])

        #expect(throws: AssessmentError.finalised(round: "peer-t1 v1")) {
            try scenario.rate(scenario.sheet(2), by: "ana", in: "peer-t1", supersede: true)
        }
        let reopened = try store.reopenAssessment("peer-t1", plan: scenario.plan, by: author("coord"))
        #expect((reopened.version, reopened.status) == (2, .inReview))
        try scenario.rate(scenario.sheet(3, except: [2: 2]), by: "ana", in: "peer-t1", supersede: true)
        #expect(throws: AssessmentError.newerVersion(round: "peer-t1 v1", latest: 2)) {
            try scenario.submit("ana", in: "peer-t1@1")
        }
        try scenario.submit("ana", in: "peer-t1")
        let versions = try store.assessments(plan: scenario.plan).filter { $0.code == "peer-t1" }
        #expect(versions.map(\.label) == ["peer-t1 v1", "peer-t1 v2"])
        #expect(versions[0].status == .finalised && versions[0].sheets.count == 3)
        #expect(versions[1].sheets(of: "ana").map(\.number) == [1, 2])
        #expect(try store.assessment("peer-t1@1", plan: scenario.plan).sheets(of: "ana").count == 1)

        let audit = try store.audit(AuditFilter(plan: scenario.plan, limit: 1_000)).filter {
            $0.label.hasPrefix("peer-t1")
        }
        let entities = Dictionary(grouping: audit, by: \.entity).mapValues(\.count)
        #expect(entities["assessment"] == 3)
        #expect(entities["reviewer"] == 2)
        #expect(entities["rating"] == 14 + 1 + 14 + 1 + 1)
        #expect(entities["review_sheet"] == 3 + 3 + 1 + 1)
    }

    @Test func theDatabaseItselfRefusesToChangeFinalisedRoundsSubmittedSheetsAndRatings() throws {
        let scenario = try AssessmentScenario()
        _ = try scenario.open("peer-t1")
        try scenario.invite("ana", to: "peer-t1")
        try scenario.rate(scenario.sheet(2), by: "ana", in: "peer-t1")
        try scenario.submit("ana", in: "peer-t1")
        try scenario.store.closeAssessment("peer-t1", plan: scenario.plan, by: author("coord"))
        let statements = [
            "UPDATE ratings SET level = 4",
            "DELETE FROM ratings",
            "UPDATE review_sheets SET submitted_at = NULL",
            "UPDATE assessments SET title = 'changed'",
            "DELETE FROM assessments",
            "INSERT INTO recommendations (assessment_id, code, encouragement, text, created_at, created_by) VALUES (1, 'R9', 1, 'x', 'now', 'me')",
            "UPDATE assessment_reviewers SET name = 'x'",
        ]
        for sql in statements {
            #expect(throws: SQLiteError.self, "\(sql)") { try scenario.store.pool.write { try $0.run(sql) } }
        }
        #expect(try scenario.store.assessment("peer-t1", plan: scenario.plan).title == "Round peer-t1")
    }

    @Test func badRatingsAreAllReportedAndNothingIsWritten() throws {
        let scenario = try AssessmentScenario()
        _ = try scenario.open("peer-t1")
        try scenario.invite("ana", to: "peer-t1")
        var sheet = scenario.sheet(2)
        var noEvidence = sheet.ratings[0].value
        noEvidence.evidence = []
        var outside = sheet.ratings[1].value
        outside.encouragement = 15
        var missingIndicator = sheet.ratings[2].value
        missingIndicator.evidence = [
            Evidence(.measurement, "9.9.z"), Evidence(.report, "R2024"),
            Evidence(.update, "1.1.1", locator: "2024-12-31"),
        ]
        sheet.ratings[0] = .init(noEvidence, at: "line 2")
        sheet.ratings[1] = .init(outside, at: "line 3")
        sheet.ratings[2] = .init(missingIndicator, at: "line 4")
        sheet.ratings.append(.init(sheet.ratings[5].value, at: "line 20"))
        let before = try (
            scenario.store.count("audit_log"), scenario.store.count("ratings"), scenario.store.count("review_sheets")
        )
        do {
            try scenario.rate(sheet, by: "ana", in: "peer-t1")
            Issue.record("bad ratings were accepted")
        } catch let error as ValidationError {
            #expect(
                error.problems.map(\.description) == [
                    "line 2.evidence: a rating needs at least one piece of evidence",
                    "line 3.encouragement: hrgl-2024 v1 has no encouragement 15; it has 1–14",
                    "line 4.evidence[0]: the plan has no indicator '9.9.z'",
                    "line 20: encouragement 6 is rated twice (also at row 6)",
                ])
        }
        #expect(
            try (
                scenario.store.count("audit_log"), scenario.store.count("ratings"),
                scenario.store.count("review_sheets")
            ) == before)
        #expect(try scenario.store.assessment("peer-t1", plan: scenario.plan).status == .open)
    }

    @Test func workflowMistakesAreRefusedWithTheirReason() throws {
        let scenario = try AssessmentScenario()
        _ = try scenario.open("peer-t1")
        try scenario.invite("ana", to: "peer-t1")
        #expect(throws: AssessmentError.ownCity(reviewer: "cleo", homeCity: "Aldermoor", kind: .peer)) {
            try scenario.invite("cleo", to: "peer-t1", home: "Aldermoor")
        }
        #expect(throws: AssessmentError.noDraft(reviewer: "ana")) { try scenario.submit("ana", in: "peer-t1") }
        try scenario.rate(scenario.sheet(2, except: [14: nil]), by: "ana", in: "peer-t1")
        var partial = scenario.sheet(2)
        partial.ratings = Array(partial.ratings.prefix(3))
        _ = try scenario.open("peer-t2")
        try scenario.invite("ana", to: "peer-t2")
        try scenario.rate(partial, by: "ana", in: "peer-t2")
        #expect(throws: AssessmentError.incomplete(reviewer: "ana", missing: Array(4...14))) {
            try scenario.submit("ana", in: "peer-t2")
        }
        try scenario.submit("ana", in: "peer-t1")
        #expect(
            throws: AssessmentError.alreadySubmitted(reviewer: "ana", sheet: 1, at: Timestamp("2026-02-11T09:00:00Z")!)
        ) {
            try scenario.submit("ana", in: "peer-t1")
        }
        #expect(throws: AssessmentError.noSubmissions(round: "peer-t2 v1")) {
            try scenario.store.closeAssessment("peer-t2", plan: scenario.plan, by: author("coord"))
        }
        #expect(throws: StoreError.self) { _ = try scenario.open("peer-t1") }
        var other = try hrgl2024()
        other.version = "2"
        #expect(throws: ValidationError.self) {
            try scenario.store.submitSheet(
                reviewer: "ana", round: "peer-t2", plan: scenario.plan, framework: other, by: author())
        }
        let own = try scenario.open("self-t1", kind: .self)
        #expect(own.selfAssessment == nil)
        try scenario.invite("cleo", to: "self-t1", home: "Aldermoor")
    }

    @Test func recommendationsResponsesAndFollowUpsInALaterRound() throws {
        let scenario = try AssessmentScenario()
        let store = scenario.store
        _ = try scenario.open("self-t0", kind: .self)
        try scenario.invite("officer", to: "self-t0", home: "GB-aldermoor")
        try scenario.rate(scenario.sheet(3), by: "officer", in: "self-t0")
        try scenario.submit("officer", in: "self-t0")
        try store.closeAssessment("self-t0", plan: scenario.plan, by: author("coord"))
        let peer = try scenario.open("peer-t0")
        #expect(peer.selfAssessment == "self-t0")
        try scenario.invite("ana", to: "peer-t0")
        var recommendation = Recommendation()
        recommendation.code = "R1"
        recommendation.encouragement = 4
        recommendation.text = "Tie every action to a budget line."
        recommendation.reviewer = "ana"
        recommendation.actions = ["3.1.3", "9.9.9"]
        #expect(throws: StoreError.self) {
            try store.recommend(
                recommendation, round: "peer-t0", plan: scenario.plan, framework: scenario.framework, by: author("ana"))
        }
        recommendation.actions = ["3.1.3"]
        try store.recommend(
            recommendation, round: "peer-t0", plan: scenario.plan, framework: scenario.framework, by: author("ana"))
        try scenario.rate(scenario.sheet(1), by: "ana", in: "peer-t0")
        try scenario.submit("ana", in: "peer-t0")
        try store.closeAssessment("peer-t0", plan: scenario.plan, by: author("coord"))

        var response = RecommendationResponse()
        response.recommendation = "peer-t0/R1"
        response.decision = .partiallyAccepted
        response.reason = "Budget lines for new actions only."
        response.followUpActions = ["3.1.3"]
        try store.respond(response, plan: scenario.plan, by: author("officer"))
        response.decision = .accepted
        try store.respond(response, plan: scenario.plan, by: author("officer", at: "2026-03-01T10:00:00Z"))
        var unknown = response
        unknown.recommendation = "peer-t0/R7"
        unknown.followUpActions = ["0.0"]
        do {
            try store.respond(unknown, plan: scenario.plan, by: author("officer"))
            Issue.record("a response to an unknown recommendation was accepted")
        } catch StoreError.invalid(let error) {
            #expect(
                error.problems.map(\.description) == [
                    "recommendation: no recommendation 'peer-t0/R7'; known: peer-2025/R1, peer-2025/R2, peer-2025/R3, peer-t0/R1",
                    "follow_up_actions: the plan has no action '0.0'",
                ])
        }
        #expect(
            try store.responses(plan: scenario.plan).filter { $0.recommendation == "peer-t0/R1" }.map(\.decision) == [
                .partiallyAccepted, .accepted,
            ])

        _ = try scenario.open("peer-t2")
        try scenario.invite("ben", to: "peer-t2")
        var sheet = scenario.sheet(2)
        var followUp = FollowUpRating()
        followUp.recommendation = "peer-t0/R1"
        followUp.implementation = .partly
        followUp.rationale = "Two of three actions have budget lines."
        followUp.evidence = [Evidence(.update, "3.2.3")]
        var ownRound = followUp
        ownRound.recommendation = "peer-t2/R1"
        var missing = followUp
        missing.recommendation = "peer-t0/R2"
        sheet.followUps = [.init(ownRound, at: "line 16"), .init(missing, at: "line 17")]
        do {
            try scenario.rate(sheet, by: "ben", in: "peer-t2")
            Issue.record("bad follow-ups were accepted")
        } catch let error as ValidationError {
            #expect(
                error.problems.map(\.description) == [
                    "line 16.recommendation: a round follows up recommendations of earlier rounds, not its own",
                    "line 16.evidence[0]: action 3.2.3 has no progress updates",
                    "line 17.recommendation: no finalised round of the plan has recommendation 'peer-t0/R2'; known: peer-2025/R1, peer-2025/R2, peer-2025/R3, peer-t0/R1",
                    "line 17.evidence[0]: action 3.2.3 has no progress updates",
                ])
        }
        followUp.evidence = [Evidence(.report, "R2024")]
        sheet.followUps = [.init(followUp, at: "line 16")]
        try scenario.rate(sheet, by: "ben", in: "peer-t2")
        try scenario.submit("ben", in: "peer-t2")
        let round = try store.assessment("peer-t2", plan: scenario.plan)
        let card = Scorer.score(try store.facts(plan: scenario.plan), framework: scenario.framework, asOf: round.asOf)
        let ownAssessment = try store.assessment("self-t0", plan: scenario.plan)
        let summary = AssessmentSummary(
            round: round, framework: scenario.framework, card: card, selfAssessment: ownAssessment,
            responses: try store.responses(plan: scenario.plan))
        #expect(
            summary.followUps.map { "\($0.recommendation) \($0.judgements)" } == [
                "peer-t0/R1 [HRAPCore.FollowUpRating.Implementation.partly]"
            ])
        #expect(summary.rows.allSatisfy { $0.selfRating == 3 && $0.median == 2 })
        let earlier = AssessmentSummary(
            round: try store.assessment("peer-t0", plan: scenario.plan), framework: scenario.framework, card: card,
            selfAssessment: ownAssessment,
            responses: try store.responses(plan: scenario.plan))
        #expect(
            earlier.recommendations.map {
                "\($0.recommendation.code) \($0.response?.decision.rawValue ?? "-") \($0.responseCount)"
            } == ["R1 accepted 2"])
        #expect(earlier.rows.allSatisfy { $0.flags.contains(.selfRatingGap) })
    }
}
