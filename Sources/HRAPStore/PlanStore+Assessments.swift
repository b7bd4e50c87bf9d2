import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Every version of every assessment round of a plan, by code then version.
    public func assessments(plan code: String) throws -> [Assessment] {
        try reading { db in
            try AssessmentRows(db: db).rounds(plan: try Self.plan(code, in: db).ref).map(\.round)
        }
    }

    /// One round: `CODE` (its latest version) or `CODE@VERSION`.
    public func assessment(_ selector: String, plan code: String) throws -> Assessment {
        try reading { db in try Self.round(selector, plan: try Self.plan(code, in: db).ref, in: db).round }
    }

    /// The city's responses to the recommendations of a plan's rounds, oldest first.
    public func responses(plan code: String) throws -> [RecommendationResponse] {
        try reading { db in try AssessmentRows(db: db).responses(plan: try Self.plan(code, in: db).ref) }
    }

    /// Opens a round (version 1, status open). A peer or external round without a self-assessment named is compared
    /// with the plan's latest finalised self-assessment against the same framework, if there is one. Returns the round
    /// as stored.
    public func openAssessment(_ round: Assessment, plan code: String, by author: Authorship) throws -> Assessment {
        try writing { db in
            let plan = try Self.plan(code, in: db).ref
            let rows = AssessmentRows(db: db)
            let existing = try rows.rounds(plan: plan)
            if existing.contains(where: { $0.round.code == round.code }) {
                throw StoreError.duplicate(entity: "assessment round", code: round.code)
            }
            var opened = round
            opened.version = 1
            opened.status = .open
            opened.openedAt = author.time
            opened.finalisedAt = nil
            opened.reviewers = []
            opened.sheets = []
            opened.recommendations = []
            let ownRounds = existing.map(\.round).filter { $0.kind == .self && $0.status == .finalised }
            if let named = round.selfAssessment {
                guard ownRounds.contains(where: { $0.code == named }) else {
                    throw StoreError.invalid(
                        ValidationError(
                            source: "the round",
                            problems: [
                                .init(
                                    path: "self_assessment", code: .unknownReference,
                                    message: "no finalised self-assessment round '\(named)'; known: "
                                        + (ownRounds.isEmpty
                                            ? "none" : Set(ownRounds.map(\.code)).sorted().joined(separator: ", ")))
                            ]))
                }
            } else if round.kind != .self {
                opened.selfAssessment =
                    ownRounds.filter { $0.framework == round.framework }
                    .max { ($0.asOf, $0.openedAt ?? author.time) < ($1.asOf, $1.openedAt ?? author.time) }?.code
            }
            let problems = Assessment.schema.check(opened, path: "")
            guard problems.isEmpty else {
                throw StoreError.invalid(ValidationError(source: "hrap review open", problems: problems))
            }
            let id = try rows.insertRound(opened, plan: plan, by: author)
            try AuditLog.record(
                db, .create, entity: "assessment", id: id, plan: plan.code, label: opened.label, before: nil,
                after: Assessment.schema.encode(opened), by: author)
            return opened
        }
    }

    /// Invites a reviewer to the latest version of a round.
    public func invite(_ reviewer: Reviewer, to selector: String, plan code: String, by author: Authorship) throws {
        try writingRound(selector, plan: code) { db, plan, stored in
            try stored.round.checkInvitation(reviewer, government: try Self.government(of: plan, in: db))
            var invited = reviewer
            invited.invitedAt = author.time
            try AssessmentRows(db: db).insertReviewer(invited, round: stored.id, by: author)
            try AuditLog.record(
                db, .create, entity: "reviewer", id: db.lastInsertedRowID, plan: plan.code,
                label: "\(stored.round.label) \(reviewer.code)",
                before: nil, after: Reviewer.schema.encode(invited), by: author)
        }
    }

    /// What checking a reviewer's ratings needs to know, read in the use case's transaction
    /// (``HRAPCore/RatingSheetCheck``): the latest version of the round, the plan's government, what evidence may
    /// cite, and the recommendations of the plan's other finalised rounds.
    package func ratingContext(round selector: String, plan code: String) throws -> (
        round: Assessment, government: Government, evidence: EvidenceIndex,
        earlier: [RecommendationReference: Recommendation]
    ) {
        try reading { db in
            let plan = try Self.plan(code, in: db).ref
            let stored = try Self.round(selector, plan: plan, in: db, latestOnly: true)
            let rows = AssessmentRows(db: db)
            let earlier = Self.earlierRecommendations(
                try rows.rounds(plan: plan).map(\.round), except: stored.round.code)
            return (stored.round, try Self.government(of: plan, in: db), try rows.evidenceIndex(plan: plan), earlier)
        }
    }

    /// Writes a reviewer's ratings and follow-ups, checked already, on sheet `number` of the latest version of a round:
    /// a new sheet starts empty, or with `supersede` as a copy of the reviewer's last one. A judgement equal to the
    /// current one on the sheet is not recorded again; each one recorded leaves an audit row.
    package func recordRatings(
        _ ratings: [Rating], followUps: [FollowUpRating], reviewer: String, sheet number: Int, isNew: Bool,
        supersede: Bool, round selector: String, plan code: String, by author: Authorship
    ) throws -> RatingOutcome {
        try writingRound(selector, plan: code) { db, plan, stored in
            let rows = AssessmentRows(db: db)
            let label = "\(stored.round.label) \(reviewer) sheet \(number)"
            var previous = stored.round.sheets(of: reviewer).last ?? ReviewSheet()
            if isNew, !supersede { previous = ReviewSheet() }
            let sheetID =
                isNew
                ? try Self.startSheet(
                    number, of: reviewer, copying: supersede ? previous : nil, stored, plan, db, author)
                : try rows.sheetID(round: stored.id, reviewer: reviewer, number: number)
            let judged = try Self.append(
                ratings, onto: previous.ratings, entity: "rating", label: label, plan: plan, db: db, by: author
            ) {
                try rows.insertRating($0, sheet: sheetID, by: author)
            }
            let followedUp = try Self.append(
                followUps, onto: previous.followUps, entity: "follow_up_rating", label: label, plan: plan, db: db,
                by: author
            ) { try rows.insertFollowUp($0, sheet: sheetID, by: author) }
            if stored.round.status == .open { try rows.setStatus(.inReview, round: stored.id) }
            return RatingOutcome(
                sheet: number, startedSheet: isNew, recorded: judged.recorded + followedUp.recorded,
                unchanged: judged.unchanged + followedUp.unchanged)
        }
    }

    /// Inserts a new sheet with its audit row; a superseding sheet starts as a copy of the one it supersedes.
    private static func startSheet(
        _ number: Int, of reviewer: String, copying previous: ReviewSheet?, _ stored: AssessmentRows.Stored,
        _ plan: PlanRef, _ db: Database, _ author: Authorship
    ) throws -> Int64 {
        let rows = AssessmentRows(db: db)
        let sheetID = try rows.insertSheet(
            reviewer: reviewer, number: number, round: stored.id, startedAt: nil, by: author)
        try AuditLog.record(
            db, .create, entity: "review_sheet", id: sheetID, plan: plan.code,
            label: "\(stored.round.label) \(reviewer) sheet \(number)", before: nil,
            after: .object([("supersedes", previous != nil ? .integer(Int64(number - 1)) : .null)]), by: author)
        guard let previous else { return sheetID }
        for rating in previous.currentRatings.values.sorted(by: { $0.encouragement < $1.encouragement }) {
            try rows.insertRating(rating, sheet: sheetID, by: author)
        }
        for followUp in previous.currentFollowUps.values.sorted(by: { $0.recommendation < $1.recommendation }) {
            try rows.insertFollowUp(followUp, sheet: sheetID, by: author)
        }
        return sheetID
    }

    /// Submits a reviewer's draft sheet; it must rate every encouragement of the framework. Returns its number.
    @discardableResult
    public func submitSheet(
        reviewer: String, round selector: String, plan code: String, framework: Framework, by author: Authorship
    ) throws -> Int {
        try writingRound(selector, plan: code) { db, plan, stored in
            try stored.round.checkRated(against: framework)
            let number = try stored.round.checkSubmission(by: reviewer, framework: framework)
            let rows = AssessmentRows(db: db)
            let id = try rows.sheetID(round: stored.id, reviewer: reviewer, number: number)
            try rows.submitSheet(id, at: author.time, by: author.actor)
            try AuditLog.record(
                db, .update, entity: "review_sheet", id: id, plan: plan.code,
                label: "\(stored.round.label) \(reviewer) sheet \(number)",
                before: .object([("submitted_at", .null)]),
                after: .object([("submitted_at", .string(author.time.description))]), by: author)
            if stored.round.status == .open { try rows.setStatus(.inReview, round: stored.id) }
            return number
        }
    }

    /// Finalises the latest version of a round; from then on it never changes.
    @discardableResult
    public func closeAssessment(_ selector: String, plan code: String, by author: Authorship) throws -> Assessment {
        try writingRound(selector, plan: code) { db, plan, stored in
            try stored.round.checkClosing()
            try AssessmentRows(db: db).setStatus(.finalised, round: stored.id, at: author.time, by: author.actor)
            try AuditLog.record(
                db, .update, entity: "assessment", id: stored.id, plan: plan.code, label: stored.round.label,
                before: .object([("status", .string(stored.round.status.rawValue))]),
                after: .object([
                    ("status", .string(Assessment.Status.finalised.rawValue)),
                    ("sheets", .integer(Int64(stored.round.submittedSheets.count))),
                ]),
                by: author)
            var closed = stored.round
            closed.status = .finalised
            closed.finalisedAt = author.time
            closed.finalisedBy = author.actor
            return closed
        }
    }

    /// Reopens a finalised round as its next version, a copy that keeps the finalised one. Returns the new version.
    @discardableResult
    public func reopenAssessment(_ selector: String, plan code: String, by author: Authorship) throws -> Assessment {
        try writing { db in
            let plan = try Self.plan(code, in: db).ref
            let stored = try Self.round(selector, plan: plan, in: db, latestOnly: true)
            let next = try stored.round.reopened(at: author.time)
            let id = try AssessmentRows(db: db).insertWhole(next, plan: plan, by: author)
            try AuditLog.record(
                db, .create, entity: "assessment", id: id, plan: plan.code, label: next.label,
                before: .object([("reopens", .string(stored.round.label))]),
                after: .object([
                    ("status", .string(next.status.rawValue)), ("sheets_copied", .integer(Int64(next.sheets.count))),
                ]),
                by: author)
            return next
        }
    }

    /// Adds a recommendation to the latest version of a round; its encouragement, objectives and actions must exist.
    public func recommend(
        _ recommendation: Recommendation, round selector: String, plan code: String, framework: Framework,
        by author: Authorship
    ) throws {
        try writingRound(selector, plan: code) { db, plan, stored in
            try stored.round.checkRated(against: framework)
            let file = try Self.planFile(plan.code, in: db, progress: false)
            var problems: [ValidationProblem] = []
            if !framework.encouragements.contains(where: { $0.number == recommendation.encouragement }) {
                problems.append(
                    .init(
                        path: "encouragement", code: .unknownReference,
                        message: "\(framework.label) has no encouragement \(recommendation.encouragement)"))
            }
            if stored.round.recommendations.contains(where: { $0.code == recommendation.code }) {
                problems.append(
                    .init(
                        path: "code", code: .duplicate,
                        message: "\(stored.round.label) has a recommendation '\(recommendation.code)' already"))
            }
            if let reviewer = recommendation.reviewer { _ = try stored.round.reviewer(reviewer) }
            problems += Self.unknown(
                recommendation.objectives, in: file.objectives.map(\.code), what: "objective", path: "objectives")
            problems += Self.unknown(
                recommendation.actions, in: file.actions.map(\.code), what: "action", path: "actions")
            guard problems.isEmpty else {
                throw StoreError.invalid(
                    ValidationError(source: "recommendation \(recommendation.code)", problems: problems))
            }
            var made = recommendation
            made.createdAt = author.time
            try AssessmentRows(db: db).insertRecommendation(made, round: stored.id, by: author)
            try AuditLog.record(
                db, .create, entity: "recommendation", id: db.lastInsertedRowID, plan: plan.code,
                label: "\(stored.round.code)/\(recommendation.code)", before: nil,
                after: Recommendation.schema.encode(made), by: author)
        }
    }

    /// Records the city's response to a recommendation; a later response supersedes, both are kept.
    public func respond(_ response: RecommendationResponse, plan code: String, by author: Authorship) throws {
        try writing { db in
            let plan = try Self.plan(code, in: db).ref
            let rows = AssessmentRows(db: db)
            let rounds = try rows.rounds(plan: plan).map(\.round)
            var problems: [ValidationProblem] = []
            if let reference = RecommendationReference(response.recommendation) {
                let round = rounds.last { $0.code == reference.round }
                if round?.recommendations.contains(where: { $0.code == reference.code }) != true {
                    let known = Self.latestVersions(rounds).flatMap { round in
                        round.recommendations.map { "\(round.code)/\($0.code)" }
                    }
                    problems.append(
                        .init(
                            path: "recommendation", code: .unknownReference,
                            message: "no recommendation '\(reference)'"
                                + (known.isEmpty ? "" : "; known: " + known.joined(separator: ", "))))
                }
            }
            problems += RecommendationResponse.schema.check(response, path: "")
            let actions = try Action.table.fetchAll(db, plan: plan).map(\.record.code)
            problems += Self.unknown(response.followUpActions, in: actions, what: "action", path: "follow_up_actions")
            guard problems.isEmpty else {
                throw StoreError.invalid(
                    ValidationError(source: "response to \(response.recommendation)", problems: problems))
            }
            let history = try rows.responses(plan: plan).filter { $0.recommendation == response.recommendation }
            var writer = AppendOnlyWriter<RecommendationResponse, String>(
                db: db, plan: plan, author: author, stored: history.enumerated().map { (Int64($0.offset), $0.element) },
                acceptsHistory: false, key: \.recommendation, recordedAt: \.recordedAt,
                sameContent: { RecommendationResponse.sameContent($0, $1) },
                stamp: { $0.stamped(by: author) }, insert: { try rows.insertResponse($0, plan: plan, by: author) },
                audit: .perVersion(
                    entity: "recommendation_response", label: \.recommendation,
                    encode: RecommendationResponse.schema.encode))
            var given = response
            (given.recordedAt, given.recordedBy) = (nil, nil)
            if case .conflict(let message) = try writer.append(given) {
                throw StoreError.invalid(
                    ValidationError(
                        source: "response to \(response.recommendation)",
                        problems: [.init(path: "recorded_at", code: .historyConflict, message: message)]))
            }
        }
    }

    // MARK: Helpers

    /// Runs a write on the latest version of a round inside one transaction.
    private func writingRound<T>(
        _ selector: String, plan code: String, _ body: (Database, PlanRef, AssessmentRows.Stored) throws -> T
    ) throws -> T {
        try writing { db in
            let plan = try Self.plan(code, in: db).ref
            return try body(db, plan, try Self.round(selector, plan: plan, in: db, latestOnly: true))
        }
    }

    /// The round a selector names: `CODE` (latest version) or `CODE@VERSION`; writes need the latest version.
    static func round(_ selector: String, plan: PlanRef, in db: Database, latestOnly: Bool = false) throws
        -> AssessmentRows.Stored
    {
        let parts = selector.split(separator: "@", maxSplits: 1).map(String.init)
        let all = try AssessmentRows(db: db).rounds(plan: plan)
        let versions = all.filter { $0.round.code == parts.first }
        guard let latest = versions.last else {
            throw StoreError.notFound(
                entity: "assessment_round", code: selector, known: Array(Set(all.map(\.round.code))).sorted())
        }
        guard parts.count == 2 else { return latest }
        guard let wanted = Int(parts[1]), let found = versions.first(where: { $0.round.version == wanted }) else {
            throw StoreError.notFound(
                entity: "assessment_round", code: selector, known: versions.map(\.round.reference))
        }
        if latestOnly, found.round.version != latest.round.version {
            throw AssessmentError.newerVersion(round: found.round.label, latest: latest.round.version)
        }
        return found
    }

    static func government(of plan: PlanRef, in db: Database) throws -> Government {
        let record = try Self.plan(plan.code, in: db).record
        guard
            let government = try Government.table.fetchAll(db, plan: nil).first(where: {
                $0.record.code == record.government
            })
        else {
            throw StoreError.corrupt("plan \(plan.code) names government \(record.government), which is missing")
        }
        return government.record
    }

    /// The latest version of each round.
    static func latestVersions(_ rounds: [Assessment]) -> [Assessment] {
        Dictionary(grouping: rounds, by: \.code).values.compactMap { $0.max { $0.version < $1.version } }.sorted {
            $0.code < $1.code
        }
    }

    /// The recommendations of the latest finalised version of every other round, by reference.
    static func earlierRecommendations(_ rounds: [Assessment], except code: String) -> [RecommendationReference:
        Recommendation]
    {
        let finalised = rounds.filter { $0.status == .finalised && $0.code != code }
        var found: [RecommendationReference: Recommendation] = [:]
        for round in latestVersions(finalised) {
            for recommendation in round.recommendations {
                found[RecommendationReference(round: round.code, code: recommendation.code)] = recommendation
            }
        }
        return found
    }

    /// Records each judgement that differs from the current one on its subject through an ``AppendOnlyWriter``
    /// over the sheet's `history`, stamped with the author, each with an audit row whose `before` is the judgement it
    /// supersedes.
    private static func append<J: Judgement>(
        _ judgements: [J], onto history: [J], entity: String, label: String, plan: PlanRef, db: Database,
        by author: Authorship,
        insert: @escaping (J) throws -> Void
    ) throws -> (recorded: Int, unchanged: Int) {
        var writer = AppendOnlyWriter<J, String>(
            db: db, plan: plan, author: author, stored: history.enumerated().map { (Int64($0.offset), $0.element) },
            acceptsHistory: false, key: \.subject, recordedAt: \.recordedAt, sameContent: { $0.sameJudgement(as: $1) },
            stamp: { $0.stamped(by: author) }, insert: insert,
            audit: .perVersion(entity: entity, label: { "\(label) \($0.subject)" }, encode: J.schema.encode))
        var problems: [ValidationProblem] = []
        for judgement in judgements {
            var given = judgement
            (given.recordedAt, given.recordedBy) = (nil, nil)
            if case .conflict(let message) = try writer.append(given) {
                problems.append(.init(path: judgement.subject, code: .historyConflict, message: message))
            }
        }
        guard problems.isEmpty else { throw StoreError.invalid(ValidationError(source: label, problems: problems)) }
        return (writer.appended, writer.unchanged)
    }

    private static func unknown(_ codes: [String], in known: [String], what: String, path: String)
        -> [ValidationProblem]
    {
        let set = Set(known)
        return codes.filter { !set.contains($0) }.map {
            ValidationProblem(path: path, code: .unknownReference, message: "the plan has no \(what) '\($0)'")
        }
    }
}

/// The rating sheet an audit row is about: its round (`CODE@VERSION`), reviewer and number.
public struct AuditedSheet: Sendable, Equatable {
    public var round: String
    public var reviewer: String
    public var number: Int
}

extension PlanStore {
    /// The audit entities whose rows speak of one rating sheet, with the table that holds their rows.
    private static let sheetEntities = [
        "review_sheet": "SELECT id AS sheet FROM review_sheets WHERE id = ?",
        "rating": "SELECT sheet_id AS sheet FROM ratings WHERE id = ?",
        "follow_up_rating": "SELECT sheet_id AS sheet FROM follow_up_ratings WHERE id = ?",
    ]

    /// For each audit row of a rating sheet, a rating or a follow-up rating, the sheet it is about, by the row's id.
    public func auditedSheets(of entries: [AuditEntry]) throws -> [Int64: AuditedSheet] {
        try reading { db in
            var found: [Int64: AuditedSheet] = [:]
            for entry in entries {
                guard let sheet = Self.sheetEntities[entry.entity] else { continue }
                try db.forEachRow(
                    """
                    SELECT a.code, a.version, s.reviewer, s.number FROM review_sheets s
                    JOIN assessments a ON a.id = s.assessment_id WHERE s.id = (\(sheet))
                    """, [.integer(entry.entityID)]
                ) { row in
                    found[entry.id] = AuditedSheet(
                        round: "\(row.text(at: 0) ?? "")@\(row.integer(at: 1) ?? 0)", reviewer: row.text(at: 2) ?? "",
                        number: Int(row.integer(at: 3) ?? 0))
                }
            }
            return found
        }
    }
}
