import HRAPCore
import JSONCoding
import SQLiteStore

/// Reads and writes the rows of assessment rounds inside the caller's transaction.
struct AssessmentRows {
    let db: Database

    /// A stored round version and its row id.
    struct Stored {
        let id: Int64
        var round: Assessment
    }

    // MARK: Reading

    /// Every version of every round of a plan, with reviewers, sheets and recommendations, by code then version.
    func rounds(plan: PlanRef) throws -> [Stored] {
        var stored: [Stored] = []
        try db.forEachRow(
            """
            SELECT id, code, version, title, kind, framework, framework_version, as_of, automatic_weight, blind,
              self_assessment, coordinator, status, opened_at, finalised_at, finalised_by
            FROM assessments WHERE plan_id = ? ORDER BY code, version
            """, [.integer(plan.id)]
        ) { row in
            var round = Assessment()
            round.code = row.text(at: 1) ?? ""
            round.version = Int(row.integer(at: 2) ?? 0)
            round.title = row.text(at: 3) ?? ""
            round.framework = row.text(at: 5) ?? ""
            round.frameworkVersion = row.text(at: 6) ?? ""
            guard let kind = row.text(at: 4).flatMap(Assessment.Kind.init),
                let asOf = row.text(at: 7).flatMap({ CalendarDate($0) }),
                let status = row.text(at: 12).flatMap(Assessment.Status.init)
            else { throw StoreError.corrupt("assessment round \(round.code) v\(round.version) does not read back") }
            round.kind = kind
            round.asOf = asOf
            round.status = status
            round.automaticWeight = row.real(at: 8) ?? 0.5
            round.blind = row.integer(at: 9) != 0
            round.selfAssessment = row.text(at: 10)
            round.coordinator = row.text(at: 11) ?? ""
            round.openedAt = row.text(at: 13).flatMap(Timestamp.init)
            round.finalisedAt = row.text(at: 14).flatMap(Timestamp.init)
            round.finalisedBy = row.text(at: 15)
            stored.append(Stored(id: row.integer(at: 0) ?? 0, round: round))
        }
        for index in stored.indices { try fill(&stored[index]) }
        return stored
    }

    private func fill(_ stored: inout Stored) throws {
        let id = SQLiteValue.integer(stored.id)
        try db.forEachRow(
            """
            SELECT code, name, affiliation, home_city, conflict_of_interest, invited_at FROM assessment_reviewers
            WHERE assessment_id = ? ORDER BY id
            """, [id]
        ) { row in
            var reviewer = Reviewer()
            reviewer.code = row.text(at: 0) ?? ""
            reviewer.name = row.text(at: 1) ?? ""
            reviewer.affiliation = row.text(at: 2) ?? ""
            reviewer.homeCity = row.text(at: 3) ?? ""
            reviewer.conflictOfInterest = row.text(at: 4) ?? ""
            reviewer.invitedAt = row.text(at: 5).flatMap(Timestamp.init)
            stored.round.reviewers.append(reviewer)
        }
        var sheetIDs: [Int64] = []
        try db.forEachRow(
            """
            SELECT id, reviewer, number, started_at, submitted_at, submitted_by FROM review_sheets
            WHERE assessment_id = ? ORDER BY reviewer, number
            """, [id]
        ) { row in
            var sheet = ReviewSheet()
            sheet.reviewer = row.text(at: 1) ?? ""
            sheet.number = Int(row.integer(at: 2) ?? 1)
            sheet.startedAt = row.text(at: 3).flatMap(Timestamp.init)
            sheet.submittedAt = row.text(at: 4).flatMap(Timestamp.init)
            sheet.submittedBy = row.text(at: 5)
            sheetIDs.append(row.integer(at: 0) ?? 0)
            stored.round.sheets.append(sheet)
        }
        for (index, sheetID) in sheetIDs.enumerated() {
            stored.round.sheets[index].ratings = try ratings(sheet: sheetID)
            stored.round.sheets[index].followUps = try followUps(sheet: sheetID)
        }
        try db.forEachRow(
            """
            SELECT code, encouragement, text, reviewer, objectives, actions, created_at FROM recommendations
            WHERE assessment_id = ? ORDER BY id
            """, [id]
        ) { row in
            var recommendation = Recommendation()
            recommendation.code = row.text(at: 0) ?? ""
            recommendation.encouragement = Int(row.integer(at: 1) ?? 0)
            recommendation.text = row.text(at: 2) ?? ""
            recommendation.reviewer = row.text(at: 3)
            recommendation.objectives = try Self.strings(row.text(at: 4))
            recommendation.actions = try Self.strings(row.text(at: 5))
            recommendation.createdAt = row.text(at: 6).flatMap(Timestamp.init)
            stored.round.recommendations.append(recommendation)
        }
    }

    private func ratings(sheet: Int64) throws -> [Rating] {
        var ratings: [Rating] = []
        try db.forEachRow(
            """
            SELECT encouragement, level, not_assessable, rationale, evidence, recorded_at, recorded_by FROM ratings
            WHERE sheet_id = ? ORDER BY id
            """, [.integer(sheet)]
        ) { row in
            var rating = Rating()
            rating.encouragement = Int(row.integer(at: 0) ?? 0)
            rating.level = row.integer(at: 1).map(Int.init)
            rating.notAssessable = row.text(at: 2)
            rating.rationale = row.text(at: 3) ?? ""
            rating.evidence = try Self.evidence(row.text(at: 4))
            rating.recordedAt = row.text(at: 5).flatMap(Timestamp.init)
            rating.recordedBy = row.text(at: 6)
            ratings.append(rating)
        }
        return ratings
    }

    private func followUps(sheet: Int64) throws -> [FollowUpRating] {
        var followUps: [FollowUpRating] = []
        try db.forEachRow(
            """
            SELECT recommendation, implementation, rationale, evidence, recorded_at, recorded_by FROM follow_up_ratings
            WHERE sheet_id = ? ORDER BY id
            """, [.integer(sheet)]
        ) { row in
            var followUp = FollowUpRating()
            followUp.recommendation = row.text(at: 0) ?? ""
            guard let implementation = row.text(at: 1).flatMap(FollowUpRating.Implementation.init) else {
                throw StoreError.corrupt("a follow-up rating of \(followUp.recommendation) does not read back")
            }
            followUp.implementation = implementation
            followUp.rationale = row.text(at: 2) ?? ""
            followUp.evidence = try Self.evidence(row.text(at: 3))
            followUp.recordedAt = row.text(at: 4).flatMap(Timestamp.init)
            followUp.recordedBy = row.text(at: 5)
            followUps.append(followUp)
        }
        return followUps
    }

    /// The city's responses to recommendations of a plan, oldest first.
    func responses(plan: PlanRef) throws -> [RecommendationResponse] {
        var responses: [RecommendationResponse] = []
        try db.forEachRow(
            """
            SELECT recommendation, decision, reason, follow_up_actions, recorded_at, recorded_by FROM recommendation_responses
            WHERE plan_id = ? ORDER BY id
            """, [.integer(plan.id)]
        ) { row in
            var response = RecommendationResponse()
            response.recommendation = row.text(at: 0) ?? ""
            guard let decision = row.text(at: 1).flatMap(RecommendationResponse.Decision.init) else {
                throw StoreError.corrupt("a response to \(response.recommendation) does not read back")
            }
            response.decision = decision
            response.reason = row.text(at: 2) ?? ""
            response.followUpActions = try Self.strings(row.text(at: 3))
            response.recordedAt = row.text(at: 4).flatMap(Timestamp.init)
            response.recordedBy = row.text(at: 5)
            responses.append(response)
        }
        return responses
    }

    /// What evidence may point to in the plan.
    func evidenceIndex(plan: PlanRef) throws -> EvidenceIndex {
        var index = EvidenceIndex()
        let planID = [SQLiteValue.integer(plan.id)]
        try db.forEachRow("SELECT code FROM indicators WHERE plan_id = ?", planID) {
            index.measurementDates[$0.text(at: 0) ?? ""] = []
        }
        try db.forEachRow("SELECT DISTINCT indicator, date FROM measurements WHERE plan_id = ?", planID) { row in
            if let date = row.text(at: 1).flatMap({ CalendarDate(partial: $0) }) {
                index.measurementDates[row.text(at: 0) ?? "", default: []].insert(date)
            }
        }
        try db.forEachRow("SELECT code FROM actions WHERE plan_id = ?", planID) {
            index.updateDates[$0.text(at: 0) ?? ""] = []
        }
        try db.forEachRow(#"SELECT DISTINCT "action", date FROM progress_updates WHERE plan_id = ?"#, planID) { row in
            if let date = row.text(at: 1).flatMap({ CalendarDate(partial: $0) }) {
                index.updateDates[row.text(at: 0) ?? "", default: []].insert(date)
            }
        }
        try db.forEachRow("SELECT code FROM reports WHERE plan_id = ?", planID) {
            index.reports.insert($0.text(at: 0) ?? "")
        }
        return index
    }

    // MARK: Writing

    /// Inserts a round version's own row, as open or in review (finalising is a separate step); returns its id.
    func insertRound(_ round: Assessment, plan: PlanRef, by author: Authorship) throws -> Int64 {
        try db.run(
            """
            INSERT INTO assessments (plan_id, code, version, title, kind, framework, framework_version, as_of, automatic_weight,
              blind, self_assessment, coordinator, status, opened_at, opened_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(plan.id), .text(round.code), .integer(Int64(round.version)), .text(round.title),
                .text(round.kind.rawValue),
                .text(round.framework), .text(round.frameworkVersion), .text(round.asOf.description),
                .real(round.automaticWeight),
                .integer(round.blind ? 1 : 0), round.selfAssessment.map(SQLiteValue.text) ?? .null,
                .text(round.coordinator),
                .text(round.status == .finalised ? Assessment.Status.inReview.rawValue : round.status.rawValue),
                .text((round.openedAt ?? author.time).description), .text(author.actor),
            ])
        return db.lastInsertedRowID
    }

    func insertReviewer(_ reviewer: Reviewer, round: Int64, by author: Authorship) throws {
        try db.run(
            """
            INSERT INTO assessment_reviewers (assessment_id, code, name, affiliation, home_city, conflict_of_interest, invited_at, invited_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(round), .text(reviewer.code), .text(reviewer.name), .text(reviewer.affiliation),
                .text(reviewer.homeCity),
                .text(reviewer.conflictOfInterest), .text((reviewer.invitedAt ?? author.time).description),
                .text(author.actor),
            ])
    }

    /// Starts a sheet (as a draft); returns its id.
    func insertSheet(reviewer: String, number: Int, round: Int64, startedAt: Timestamp?, by author: Authorship) throws
        -> Int64
    {
        try db.run(
            "INSERT INTO review_sheets (assessment_id, reviewer, number, started_at, started_by) VALUES (?, ?, ?, ?, ?)",
            [
                .integer(round), .text(reviewer), .integer(Int64(number)),
                .text((startedAt ?? author.time).description), .text(author.actor),
            ])
        return db.lastInsertedRowID
    }

    func sheetID(round: Int64, reviewer: String, number: Int) throws -> Int64 {
        guard
            let id = try db.scalar(
                "SELECT id FROM review_sheets WHERE assessment_id = ? AND reviewer = ? AND number = ?",
                [.integer(round), .text(reviewer), .integer(Int64(number))])?.integer
        else { throw StoreError.corrupt("sheet \(number) of \(reviewer) is missing") }
        return id
    }

    func insertRating(_ rating: Rating, sheet: Int64, by author: Authorship) throws {
        try db.run(
            """
            INSERT INTO ratings (sheet_id, encouragement, level, not_assessable, rationale, evidence, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(sheet), .integer(Int64(rating.encouragement)),
                rating.level.map { .integer(Int64($0)) } ?? .null,
                rating.notAssessable.map(SQLiteValue.text) ?? .null, .text(rating.rationale),
                .text(Self.json(rating.evidence)),
                .text((rating.recordedAt ?? author.time).description), .text(rating.recordedBy ?? author.actor),
            ])
    }

    func insertFollowUp(_ followUp: FollowUpRating, sheet: Int64, by author: Authorship) throws {
        try db.run(
            """
            INSERT INTO follow_up_ratings (sheet_id, recommendation, implementation, rationale, evidence, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(sheet), .text(followUp.recommendation), .text(followUp.implementation.rawValue),
                .text(followUp.rationale),
                .text(Self.json(followUp.evidence)), .text((followUp.recordedAt ?? author.time).description),
                .text(followUp.recordedBy ?? author.actor),
            ])
    }

    func submitSheet(_ sheet: Int64, at time: Timestamp, by actor: String) throws {
        try db.run(
            "UPDATE review_sheets SET submitted_at = ?, submitted_by = ? WHERE id = ?",
            [.text(time.description), .text(actor), .integer(sheet)])
    }

    func insertRecommendation(_ recommendation: Recommendation, round: Int64, by author: Authorship) throws {
        try db.run(
            """
            INSERT INTO recommendations (assessment_id, code, encouragement, text, reviewer, objectives, actions, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(round), .text(recommendation.code), .integer(Int64(recommendation.encouragement)),
                .text(recommendation.text),
                recommendation.reviewer.map(SQLiteValue.text) ?? .null, Self.codeList(recommendation.objectives),
                Self.codeList(recommendation.actions), .text((recommendation.createdAt ?? author.time).description),
                .text(author.actor),
            ])
    }

    func insertResponse(_ response: RecommendationResponse, plan: PlanRef, by author: Authorship) throws {
        try db.run(
            """
            INSERT INTO recommendation_responses (plan_id, recommendation, decision, reason, follow_up_actions, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(plan.id), .text(response.recommendation), .text(response.decision.rawValue),
                .text(response.reason),
                Self.codeList(response.followUpActions), .text((response.recordedAt ?? author.time).description),
                .text(response.recordedBy ?? author.actor),
            ])
    }

    func setStatus(_ status: Assessment.Status, round: Int64, at time: Timestamp? = nil, by actor: String? = nil) throws
    {
        try db.run(
            "UPDATE assessments SET status = ?, finalised_at = ?, finalised_by = ? WHERE id = ?",
            [
                .text(status.rawValue), time.map { .text($0.description) } ?? .null,
                actor.map(SQLiteValue.text) ?? .null, .integer(round),
            ])
    }

    /// Inserts a whole round version with everything it holds, sheets submitted and the round finalised as recorded;
    /// returns its id.
    func insertWhole(_ round: Assessment, plan: PlanRef, by author: Authorship) throws -> Int64 {
        let id = try insertRound(round, plan: plan, by: author)
        for reviewer in round.reviewers { try insertReviewer(reviewer, round: id, by: author) }
        for sheet in round.sheets {
            let sheetID = try insertSheet(
                reviewer: sheet.reviewer, number: sheet.number, round: id, startedAt: sheet.startedAt, by: author)
            for rating in sheet.ratings { try insertRating(rating, sheet: sheetID, by: author) }
            for followUp in sheet.followUps { try insertFollowUp(followUp, sheet: sheetID, by: author) }
            if let submitted = sheet.submittedAt {
                try submitSheet(sheetID, at: submitted, by: sheet.submittedBy ?? author.actor)
            }
        }
        for recommendation in round.recommendations { try insertRecommendation(recommendation, round: id, by: author) }
        if round.status == .finalised {
            try setStatus(
                .finalised, round: id, at: round.finalisedAt ?? author.time, by: round.finalisedBy ?? author.actor)
        }
        return id
    }

    // MARK: Columns

    private static func json(_ evidence: [Evidence]) -> String {
        JSONWriter.compact(.array(evidence.map { .string($0.description) }))
    }

    private static func codeList(_ codes: [String]) -> SQLiteValue {
        codes.isEmpty ? .null : .text(JSONWriter.compact(.array(codes.map(JSONValue.string))))
    }

    private static func strings(_ text: String?) throws -> [String] {
        guard let text else { return [] }
        guard case .array(let items) = try JSONParser.parse(text) else {
            throw StoreError.corrupt("a list column holds '\(text)'")
        }
        return items.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    private static func evidence(_ text: String?) throws -> [Evidence] {
        try strings(text).map { item in
            do throws(FieldError) { return try Evidence(parsing: item) } catch {
                throw StoreError.corrupt("evidence '\(item)': \(error.message)")
            }
        }
    }
}
