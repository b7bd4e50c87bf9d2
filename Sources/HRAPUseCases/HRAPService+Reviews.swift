import HRAPCore
import HRAPStore
import JSONCoding

/// What opening a round needs; the coordinator is the principal who opens it.
public struct RoundOpening: Sendable {
    public var code: String
    public var title: String?
    public var kind: String
    /// The framework: `ID` (its latest version) or `ID@VERSION`.
    public var framework: String
    public var asOf: CalendarDate
    /// The automatic level's share of the combined index, as given (a number, or the text that failed to read as one).
    public var automaticWeight: JSONValue
    public var blind: Bool
    public var selfAssessment: String?

    /// Creates an opening.
    public init(
        code: String, title: String?, kind: String, framework: String, asOf: CalendarDate, automaticWeight: JSONValue,
        blind: Bool, selfAssessment: String?
    ) {
        (self.code, self.title, self.kind, self.framework) = (code, title, kind, framework)
        (self.asOf, self.automaticWeight, self.blind, self.selfAssessment) = (
            asOf, automaticWeight, blind, selfAssessment
        )
    }
}

/// A round as one principal may see it, with its aggregation.
public struct RoundView: Sendable {
    /// The aggregation of what the principal may see.
    public let summary: AssessmentSummary
    /// Submitted sheets the principal may not see yet.
    public let hiddenSheets: Int
    /// Who the principal is in the round.
    public let viewer: AssessmentViewer
}

extension HRAPService {
    /// The rounds of a plan, every version, with who has submitted but without any rating (they may be blind).
    public func roundStatuses(plan: String, as principal: Principal) throws -> [RoundStatus] {
        return try reading {
            try authorize(principal, .read, .assessment, plan: plan)
            return try store.assessments(plan: plan).map(RoundStatus.init)
        }
    }

    /// One round's status (`CODE` for its latest version or `CODE@VERSION`), with its framework.
    public func roundStatus(_ selector: String, plan: String, as principal: Principal) throws -> (
        RoundStatus, Framework
    ) {
        return try reading {
            try authorize(principal, .read, .assessment, plan: plan)
            let stored = try store.assessment(selector, plan: plan)
            return (RoundStatus(stored), try framework(of: stored, as: principal))
        }
    }

    /// One round as the principal may see it, with its framework.
    public func assessment(_ selector: String, plan: String, as principal: Principal) throws -> (Assessment, Framework)
    {
        return try reading {
            try authorize(principal, .read, .assessment, plan: plan)
            let stored = try store.assessment(selector, plan: plan)
            return (
                stored.visible(to: stored.viewer(actor: principal.identity)), try framework(of: stored, as: principal)
            )
        }
    }

    /// Opens a round; the principal becomes its coordinator.
    public func openAssessment(_ opening: RoundOpening, plan: String, as principal: Principal) throws -> (
        Assessment, Framework
    ) {
        return try writing {
            try authorize(principal, .write, .assessment, plan: plan)
            let framework = try framework(opening.framework, as: principal)
            let (round, problems) = Assessment.schema.decode(
                .object([
                    ("code", .string(opening.code)), ("version", .integer(1)),
                    ("title", opening.title.map(JSONValue.string) ?? .null), ("kind", .string(opening.kind)),
                    ("framework", .string(framework.id)), ("framework_version", .string(framework.version)),
                    ("as_of", .string(opening.asOf.description)), ("automatic_weight", opening.automaticWeight),
                    ("blind", .bool(opening.blind)),
                    ("self_assessment", opening.selfAssessment.map(JSONValue.string) ?? .null),
                    ("coordinator", .string(principal.name)), ("status", .string("open")),
                ]), path: "")
            guard problems.isEmpty else { throw ValidationError(source: "the round", problems: problems) }
            return (try store.openAssessment(round, plan: plan, by: author(principal)), framework)
        }
    }

    /// Invites a reviewer to the latest version of a round.
    public func invite(_ reviewer: Reviewer, to round: String, plan: String, as principal: Principal) throws {
        try writing {
            try authorize(principal, .write, .assessment, plan: plan)
            try store.invite(reviewer, to: round, plan: plan, by: author(principal))
        }
    }

    /// Records a reviewer's ratings on their draft sheet (starting it, or with `supersede` a new sheet after a
    /// submitted one), all or nothing: every problem of the input is reported and nothing written
    /// (``HRAPCore/RatingSheetCheck``). `readProblems` are those found while reading the input; entries they name are
    /// not checked again. Returns what was recorded and the framework.
    public func rate(
        _ sheet: RatingSheetFile, readProblems: [ValidationProblem], reviewer: String, round: String, plan: String,
        supersede: Bool, source: String, as principal: Principal
    ) throws -> (RatingOutcome, Framework) {
        return try writing {
            let framework = try authorizeRating(by: reviewer, round: round, plan: plan, as: principal)
            let context = try store.ratingContext(round: round, plan: plan)
            try context.round.checkRated(against: framework)
            let (number, isNew) = try context.round.sheetForRating(
                by: reviewer, supersede: supersede, government: context.government)
            let check = RatingSheetCheck(
                round: context.round, framework: framework, evidence: context.evidence, earlier: context.earlier)
            let problems = check.problems(of: sheet, readProblems: readProblems)
            guard problems.isEmpty else { throw ValidationError(source: source, problems: problems) }
            let outcome = try store.recordRatings(
                sheet.ratings.map(\.value), followUps: sheet.followUps.map(\.value), reviewer: reviewer, sheet: number,
                isNew: isNew, supersede: supersede, round: round, plan: plan, by: author(principal))
            return (outcome, framework)
        }
    }

    /// Throws unless the principal may write `reviewer`'s sheet in the round (judged against the round's own
    /// reviewers); returns the round's framework.
    private func authorizeRating(
        by reviewer: String, round: String, plan: String, as principal: Principal
    ) throws -> Framework {
        try authorize(principal, .read, .assessment, plan: plan)
        let stored = try store.assessment(round, plan: plan)
        try authorize(
            principal, .write, .rating, plan: plan, reviewer: reviewer,
            roundReviewers: Set(stored.reviewers.map(\.code)))
        return try framework(of: stored, as: principal)
    }

    /// Submits a reviewer's draft sheet; returns its number.
    public func submitSheet(reviewer: String, round: String, plan: String, as principal: Principal) throws -> Int {
        return try writing {
            let framework = try authorizeRating(by: reviewer, round: round, plan: plan, as: principal)
            return try store.submitSheet(
                reviewer: reviewer, round: round, plan: plan, framework: framework, by: author(principal))
        }
    }

    /// Finalises a round.
    public func closeAssessment(_ round: String, plan: String, as principal: Principal) throws -> Assessment {
        return try writing {
            try authorize(principal, .write, .assessment, plan: plan)
            return try store.closeAssessment(round, plan: plan, by: author(principal))
        }
    }

    /// Starts the next version of a finalised round.
    public func reopenAssessment(_ round: String, plan: String, as principal: Principal) throws -> Assessment {
        return try writing {
            try authorize(principal, .write, .assessment, plan: plan)
            return try store.reopenAssessment(round, plan: plan, by: author(principal))
        }
    }

    /// Adds a recommendation to the latest version of a round: the panel's or any reviewer's, by whoever runs the
    /// round; or a reviewer's own, by that reviewer while invited to the round (it then names them).
    public func recommend(_ recommendation: Recommendation, round: String, plan: String, as principal: Principal) throws
    {
        try writing {
            let stored = try store.assessment(round, plan: plan)
            var given = recommendation
            let context = try authorize(principal, .read, .assessment, plan: plan)
            let coordinator = policy.permits(
                principal, AccessRequest(.write, .assessment, plan: plan, context: context))
            if !coordinator {
                given.reviewer = given.reviewer ?? principal.reviewer
                try authorize(
                    principal, .write, .recommendation, plan: plan, reviewer: given.reviewer,
                    roundReviewers: Set(stored.reviewers.map(\.code)))
            }
            let framework = try framework(of: stored, as: principal)
            try store.recommend(given, round: round, plan: plan, framework: framework, by: author(principal))
        }
    }

    /// Records the city's response to a recommendation.
    public func respond(_ response: RecommendationResponse, plan: String, as principal: Principal) throws {
        try writing {
            try authorize(principal, .write, .assessment, plan: plan)
            try store.respond(response, plan: plan, by: author(principal))
        }
    }

    /// A round's aggregation as the principal may see it: blind rounds hide other reviewers' sheets until the
    /// principal has submitted (reviewers) or the round is finalised (everyone but the coordinator).
    public func roundView(_ selector: String, plan: String, as principal: Principal) throws -> RoundView {
        return try reading {
            try authorize(principal, .read, .assessment, plan: plan)
            let stored = try store.assessment(selector, plan: plan)
            let framework = try framework(of: stored, as: principal)
            let viewer = stored.viewer(actor: principal.identity)
            let round = stored.visible(to: viewer)
            let ownRound = try stored.selfAssessment.map {
                try store.assessment($0, plan: plan).visible(to: .publicReader)
            }
            let card = Scorer.score(
                try store.facts(plan: plan, publicOnly: true), framework: framework, asOf: stored.asOf)
            let summary = AssessmentSummary(
                round: round, framework: framework, card: card, selfAssessment: ownRound,
                responses: try store.responses(plan: plan))
            return RoundView(
                summary: summary, hiddenSheets: stored.submittedSheets.count - round.submittedSheets.count,
                viewer: viewer)
        }
    }
}
