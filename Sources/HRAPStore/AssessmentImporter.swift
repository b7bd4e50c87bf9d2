import HRAPCore
import SQLiteStore

/// Writes the assessment rounds and responses of a plan file inside the caller's transaction. A round version is
/// imported whole, once: one already stored is left alone when identical and refused when it differs. Responses are
/// append-only, matched by recommendation and `recorded_at`.
struct AssessmentImporter {
    let db: Database
    let plan: PlanRef
    let government: Government
    /// The frameworks rounds may rate against.
    let frameworks: [Framework]
    let author: Authorship

    func write(_ file: PlanFile, into summary: inout ImportSummary, problems: inout [ValidationProblem]) throws {
        let rows = AssessmentRows(db: db)
        let stored = try rows.rounds(plan: plan).map(\.round)
        let index = try rows.evidenceIndex(plan: plan)
        var counts = ImportSummary.Counts()
        var known = stored
        for (position, round) in file.assessments.enumerated() {
            let path = "$.assessments[\(position)]"
            if let existing = known.first(where: { $0.code == round.code && $0.version == round.version }) {
                if Assessment.schema.encode(existing) == Assessment.schema.encode(round) {
                    counts.unchanged += 1
                } else {
                    problems.append(
                        .init(
                            path: path, code: .historyConflict,
                            message:
                                "\(round.label) is stored with other content; a round version is imported whole, once"))
                }
                continue
            }
            let found = check(round, index: index, earlier: known, path: path)
            problems += found
            guard found.isEmpty else { continue }
            let id = try rows.insertWhole(round, plan: plan, by: author)
            try AuditLog.record(
                db, .create, entity: "assessment", id: id, plan: plan.code, label: round.label, before: nil,
                after: .object([
                    ("status", .string(round.status.rawValue)), ("sheets", .integer(Int64(round.sheets.count))),
                ]), by: author)
            known.append(round)
            counts.created += 1
        }
        summary.sections.append(("assessments", counts))

        let storedResponses = try rows.responses(plan: plan)
        let recommendations = Set(
            PlanStore.latestVersions(known).flatMap { round in round.recommendations.map { "\(round.code)/\($0.code)" }
            })
        var writer = AppendOnlyWriter<RecommendationResponse, String>(
            db: db, plan: plan, author: author,
            stored: storedResponses.enumerated().map { (Int64($0.offset), $0.element) },
            acceptsHistory: true, key: \.recommendation, recordedAt: \.recordedAt,
            sameContent: { RecommendationResponse.sameContent($0, $1) }, stamp: { $0.stamped(by: author) },
            insert: { try rows.insertResponse($0, plan: plan, by: author) },
            audit: .perVersion(
                entity: "recommendation_response", label: \.recommendation, encode: RecommendationResponse.schema.encode
            ))
        for (position, response) in file.recommendationResponses.enumerated() {
            let path = "$.recommendation_responses[\(position)]"
            guard recommendations.contains(response.recommendation) else {
                problems.append(
                    .init(
                        path: path + ".recommendation", code: .unknownReference,
                        message: "no recommendation '\(response.recommendation)' in the plan's rounds"))
                continue
            }
            if case .conflict(let message) = try writer.append(response) {
                problems.append(.init(path: path, code: .historyConflict, message: message))
            }
        }
        var responseCounts = ImportSummary.Counts()
        (responseCounts.appended, responseCounts.unchanged) = (writer.appended, writer.unchanged)
        summary.sections.append(("recommendation_responses", responseCounts))
    }

    /// The problems of a round new to the database: its framework, independence, ratings and follow-ups.
    private func check(_ round: Assessment, index: EvidenceIndex, earlier: [Assessment], path: String)
        -> [ValidationProblem]
    {
        guard
            let framework = frameworks.first(where: { $0.id == round.framework && $0.version == round.frameworkVersion }
            )
        else {
            return [
                .init(
                    path: path + ".framework", code: .unknownReference,
                    message:
                        "framework \(round.framework) v\(round.frameworkVersion) is not known to this hrap; import it first"
                )
            ]
        }
        var problems: [ValidationProblem] = []
        for (position, reviewer) in round.reviewers.enumerated() {
            do throws(AssessmentError) { try round.checkIndependence(reviewer, government: government) } catch {
                problems.append(
                    .init(path: "\(path).reviewers[\(position)]", code: .notAllowed, message: error.description))
            }
        }
        let recommendations = PlanStore.earlierRecommendations(earlier, except: round.code)
        for (position, sheet) in round.sheets.enumerated() {
            let at = "\(path).sheets[\(position)]"
            problems += round.problems(of: sheet.ratings, framework: framework, evidence: index) {
                "\(at).ratings[\($0)]"
            }
            problems += round.problems(of: sheet.followUps, earlier: recommendations, evidence: index) {
                "\(at).follow_ups[\($0)]"
            }
        }
        for (position, recommendation) in round.recommendations.enumerated()
        where !framework.encouragements.contains(where: { $0.number == recommendation.encouragement }) {
            problems.append(
                .init(
                    path: "\(path).recommendations[\(position)].encouragement", code: .unknownReference,
                    message: "\(framework.label) has no encouragement \(recommendation.encouragement)"))
        }
        return problems
    }
}
