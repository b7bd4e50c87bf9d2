import HRAPCore
import JSONCoding
import Testing

/// A small framework of three encouragements without criteria, and a peer round on it with two reviewers.
enum AssessmentFixture {
    static let time = Timestamp(secondsSince1970: 1_790_000_000)

    static var framework: Framework {
        var framework = Framework()
        framework.id = "fw"
        framework.version = "1"
        framework.levelDescriptions = ["none", "some", "half", "most", "all"]
        framework.encouragements = (1...3).map { number in
            var encouragement = Encouragement()
            encouragement.number = number
            encouragement.id = "e\(number)"
            encouragement.shortTitle = "Encouragement \(number)"
            return encouragement
        }
        return framework
    }

    static var government: Government {
        var government = Government()
        government.code = "GB-aldermoor"
        government.name = "Aldermoor City Council"
        return government
    }

    static func reviewer(_ code: String, home: String = "Rivertown") -> Reviewer {
        var reviewer = Reviewer()
        reviewer.code = code
        reviewer.name = code.uppercased()
        reviewer.affiliation = "Human rights office"
        reviewer.homeCity = home
        reviewer.conflictOfInterest = "none"
        return reviewer
    }

    static func rating(
        _ number: Int, _ level: Int?, evidence: [Evidence] = [Evidence(.document, "Plan", locator: "p. 3")]
    ) -> Rating {
        var rating = Rating()
        rating.encouragement = number
        rating.level = level
        rating.notAssessable = level == nil ? "no documents" : nil
        rating.rationale = "seen"
        rating.evidence = evidence
        return rating
    }

    static func sheet(_ reviewer: String, _ levels: [Int?], number: Int = 1, submitted: Bool = true) -> ReviewSheet {
        var sheet = ReviewSheet()
        sheet.reviewer = reviewer
        sheet.number = number
        sheet.submittedAt = submitted ? time : nil
        sheet.ratings = levels.enumerated().map { rating($0.offset + 1, $0.element) }
        return sheet
    }

    static func round(_ kind: Assessment.Kind = .peer, reviewers: [String] = ["ana", "ben"]) -> Assessment {
        var round = Assessment()
        round.code = kind == .self ? "self-2025" : "peer-2025"
        round.title = "Round"
        round.kind = kind
        round.framework = "fw"
        round.frameworkVersion = "1"
        round.coordinator = "coord"
        round.reviewers = reviewers.map { reviewer($0, home: kind == .self ? "Aldermoor" : "Rivertown") }
        return round
    }
}

@Suite struct AssessmentWorkflowTests {
    typealias F = AssessmentFixture

    @Test func evidenceReadsItsTextFormAndRefusesMalformedOnes() throws {
        #expect(
            try Evidence(parsing: "document: Budget 2025 <p. 14>")
                == Evidence(.document, "Budget 2025", locator: "p. 14"))
        #expect(
            try Evidence(parsing: "document:Plan <https://example.org/plan.pdf>").locator
                == "https://example.org/plan.pdf")
        #expect(try Evidence(parsing: "measurement:2.2.a@2024-12-31").date == CalendarDate("2024-12-31"))
        #expect(try Evidence(parsing: "update:1.1.3").locator == nil)
        #expect(try Evidence(parsing: "report:R2024").description == "report:R2024")
        let bad = [
            "Budget 2025", "document:Budget 2025", "document:<p. 3>", "document:Plan <somewhere>",
            "measurement:@2024-01-01",
            "update:1.1@2024-13-01", "report:", "photo:x",
        ]
        for text in bad { #expect(throws: FieldError.self, "\(text)") { try Evidence(parsing: text) } }
    }

    @Test func evidenceMustPointAtRecordsOfThePlan() {
        var file = PlanFile()
        var indicator = Indicator()
        indicator.code = "2.2.a"
        file.indicators = [indicator]
        var measurement = Measurement()
        measurement.indicator = "2.2.a"
        measurement.date = CalendarDate.endOfYear(2024)
        file.measurements = [measurement]
        let index = EvidenceIndex(file)
        #expect(index.problem(with: Evidence(.measurement, "2.2.a", locator: "2024-12-31")) == nil)
        #expect(index.problem(with: Evidence(.measurement, "2.2.a")) == nil)
        #expect(
            index.problem(with: Evidence(.measurement, "2.2.a", locator: "2023-12-31"))
                == "indicator 2.2.a has no measurement dated 2023-12-31")
        #expect(index.problem(with: Evidence(.measurement, "9.9")) == "the plan has no indicator '9.9'")
        #expect(index.problem(with: Evidence(.update, "1.1")) == "the plan has no action '1.1'")
        #expect(index.problem(with: Evidence(.report, "R1")) == "the plan has no report 'R1'")
    }

    @Test func ratingsNeedALevelOrAReasonARationaleAndEvidence() {
        let round = F.round()
        let noEvidence = F.rating(1, 3, evidence: [])
        var both = F.rating(2, 2)
        both.notAssessable = "unclear"
        var neither = F.rating(3, nil)
        neither.notAssessable = nil
        let problems = round.problems(
            of: [noEvidence, both, neither, F.rating(7, 1), F.rating(1, nil, evidence: [])],
            framework: F.framework, evidence: EvidenceIndex(), path: { "row \($0 + 2)" })
        #expect(
            problems.map(\.description) == [
                "row 2.evidence: a rating needs at least one piece of evidence",
                "row 3.not_assessable: give a level or not_assessable, not both",
                "row 4.level: give a level 0–4, or not_assessable with the reason",
                "row 5.encouragement: fw v1 has no encouragement 7; it has 1–3",
            ])
    }

    @Test func ratingsReadFromJSONCheckRangeRationaleAndEvidenceText() throws {
        let json = try JSONParser.parse(
            #"{"encouragement": 0, "level": 5, "rationale": " ", "evidence": ["Budget", 3]}"#)
        let (_, problems) = Rating.schema.decode(json, path: "$[0]")
        #expect(
            problems.map(\.path) == [
                "$[0].encouragement", "$[0].level", "$[0].rationale", "$[0].evidence[0]", "$[0].evidence[1]",
            ])
    }

    @Test func aSheetIsDraftUntilSubmittedThenOnlySupersededByANewOne() throws {
        var round = F.round()
        #expect(try round.sheetForRating(by: "ana", supersede: false, government: F.government) == (1, true))
        #expect(throws: AssessmentError.nothingToSupersede(reviewer: "ana")) {
            try round.sheetForRating(by: "ana", supersede: true, government: F.government)
        }
        round.sheets = [F.sheet("ana", [3, 2], submitted: false)]
        #expect(try round.sheetForRating(by: "ana", supersede: false, government: F.government) == (1, false))
        #expect(throws: AssessmentError.draftOpen(reviewer: "ana", sheet: 1)) {
            try round.sheetForRating(by: "ana", supersede: true, government: F.government)
        }
        #expect(throws: AssessmentError.incomplete(reviewer: "ana", missing: [3])) {
            try round.checkSubmission(by: "ana", framework: F.framework)
        }
        round.sheets = [F.sheet("ana", [3, 2, nil], submitted: false)]
        #expect(try round.checkSubmission(by: "ana", framework: F.framework) == 1)
        round.sheets[0].submittedAt = F.time
        #expect(throws: AssessmentError.alreadySubmitted(reviewer: "ana", sheet: 1, at: F.time)) {
            try round.checkSubmission(by: "ana", framework: F.framework)
        }
        #expect(throws: AssessmentError.alreadySubmitted(reviewer: "ana", sheet: 1, at: F.time)) {
            try round.sheetForRating(by: "ana", supersede: false, government: F.government)
        }
        #expect(try round.sheetForRating(by: "ana", supersede: true, government: F.government) == (2, true))
        #expect(throws: AssessmentError.noDraft(reviewer: "ben")) {
            try round.checkSubmission(by: "ben", framework: F.framework)
        }
        #expect(throws: AssessmentError.notInvited(reviewer: "cleo", round: "peer-2025 v1", invited: ["ana", "ben"])) {
            try round.sheetForRating(by: "cleo", supersede: false, government: F.government)
        }
    }

    @Test func onlyASelfAssessmentMayBeRatedByTheCityItself() throws {
        let own = F.reviewer("dora", home: "aldermoor")
        #expect(throws: AssessmentError.ownCity(reviewer: "dora", homeCity: "aldermoor", kind: .peer)) {
            try F.round(.peer).checkInvitation(own, government: F.government)
        }
        #expect(throws: AssessmentError.ownCity(reviewer: "dora", homeCity: "aldermoor", kind: .external)) {
            try F.round(.external).checkInvitation(own, government: F.government)
        }
        try F.round(.self).checkInvitation(own, government: F.government)
        for home in ["GB-aldermoor", "ALDERMOOR", "Aldermoor City Council", " Aldermoor "] {
            #expect(F.reviewer("x", home: home).worksFor(F.government), "\(home)")
        }
        for home in ["Alder", "Aldermoor-on-Sea", "Rivertown", "GB"] {
            #expect(!F.reviewer("x", home: home).worksFor(F.government), "\(home)")
        }
        #expect(throws: AssessmentError.alreadyInvited(reviewer: "ana", round: "peer-2025 v1")) {
            try F.round().checkInvitation(F.reviewer("ana"), government: F.government)
        }
        var byCode = F.round()
        byCode.reviewers.append(F.reviewer("eve", home: "GB-Aldermoor"))
        #expect(throws: AssessmentError.ownCity(reviewer: "eve", homeCity: "GB-Aldermoor", kind: .peer)) {
            try byCode.sheetForRating(by: "eve", supersede: false, government: F.government)
        }
    }

    @Test func aFinalisedRoundRefusesEveryChangeAndReopensAsTheNextVersion() throws {
        var round = F.round()
        #expect(throws: AssessmentError.noSubmissions(round: "peer-2025 v1")) { try round.checkClosing() }
        round.sheets = [F.sheet("ana", [3, 2, 1]), F.sheet("ben", [1], submitted: false)]
        try round.checkClosing()
        #expect(throws: AssessmentError.notFinalised(round: "peer-2025 v1")) { try round.reopened(at: F.time) }
        round.status = .finalised
        round.finalisedAt = F.time
        #expect(throws: AssessmentError.finalised(round: "peer-2025 v1")) { try round.checkClosing() }
        #expect(throws: AssessmentError.finalised(round: "peer-2025 v1")) {
            try round.sheetForRating(by: "ben", supersede: false, government: F.government)
        }
        #expect(throws: AssessmentError.finalised(round: "peer-2025 v1")) {
            try round.checkInvitation(F.reviewer("cleo"), government: F.government)
        }
        let next = try round.reopened(at: Timestamp(secondsSince1970: 1_800_000_000))
        #expect((next.version, next.status, next.finalisedAt) == (2, .inReview, nil))
        #expect(next.sheets.map(\.reviewer) == ["ana"])
        #expect(round.version == 1 && round.status == .finalised)
    }

    @Test func blindRoundsShowOthersRatingsOnlyAfterOnesOwnSubmission() {
        var round = F.round()
        round.reviewers.append(F.reviewer("cleo"))
        round.sheets = [
            F.sheet("ana", [3, 2, 1]), F.sheet("ben", [1, 1, 1], submitted: false),
            F.sheet("cleo", [2, 2, 2], submitted: false),
        ]
        func seen(_ viewer: AssessmentViewer, _ round: Assessment) -> [String] {
            round.visible(to: viewer).sheets.map(\.reviewer)
        }
        #expect(seen(.reviewer("ben"), round) == ["ben"])
        #expect(seen(.reviewer("ana"), round) == ["ana"])
        #expect(seen(.coordinator, round) == ["ana"])
        #expect(seen(.publicReader, round) == [])
        round.sheets[1].submittedAt = F.time
        #expect(seen(.reviewer("ben"), round) == ["ana", "ben"])
        #expect(seen(.reviewer("cleo"), round) == ["cleo"])
        var open = round
        open.blind = false
        #expect(seen(.reviewer("cleo"), open) == ["ana", "ben", "cleo"])
        round.status = .finalised
        round.finalisedAt = F.time
        #expect(seen(.publicReader, round) == ["ana", "ben"])
        #expect(round.viewer(actor: "coord") == .coordinator)
        #expect(round.viewer(actor: "ana") == .reviewer("ana"))
        #expect(round.viewer(actor: "someone") == .publicReader)
    }
}

/// A rating sheet's problems, all at once and in the order of the input, from the domain's own check.
@Suite struct RatingSheetCheckTests {
    private func rating(_ number: Int, level: Int? = 2) -> Rating {
        var rating = Rating()
        (rating.encouragement, rating.level, rating.rationale) = (number, level, "read the plan")
        rating.evidence = [Evidence(.document, "The plan")]
        return rating
    }

    @Test func readingProblemsAndCheckedProblemsComeInInputOrderAndFlawedEntriesAreNotCheckedTwice() throws {
        let framework = try shippedFramework("hrgl-2024")
        var round = Assessment()
        (round.code, round.framework, round.frameworkVersion) = ("peer-x", framework.id, framework.version)
        let check = RatingSheetCheck(round: round, framework: framework, evidence: EvidenceIndex(), earlier: [:])
        var sheet = RatingSheetFile()
        var unsupported = rating(3)
        unsupported.evidence = []
        sheet.ratings = [
            .init(rating(1), at: "row 2"), .init(rating(99), at: "row 3"), .init(unsupported, at: "row 4"),
            .init(rating(1), at: "row 5"),
        ]
        let read = [ValidationProblem(path: "row 3.level", code: .invalidValue, message: "not a level")]
        let problems = check.problems(of: sheet, readProblems: read).map(\.path)
        #expect(problems == ["row 3.level", "row 4.evidence", "row 5"], "row 3 is not checked again")
        #expect(check.problems(of: RatingSheetFile(), readProblems: []).isEmpty)
    }

    @Test func aRoundRatesAgainstItsOwnFrameworkVersionOnly() throws {
        var framework = try shippedFramework("hrgl-2024")
        var round = Assessment()
        (round.code, round.framework, round.frameworkVersion) = ("peer-x", framework.id, framework.version)
        try round.checkRated(against: framework)
        framework.version = "99"
        #expect(throws: ValidationError.self) { try round.checkRated(against: framework) }
    }
}
