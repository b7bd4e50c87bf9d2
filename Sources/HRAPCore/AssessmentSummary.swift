/// A round's ratings aggregated per encouragement, side by side with the self-assessment and the automatic level,
/// with the flags that call for a discussion, a combined index, and the recommendations with the city's responses.
public struct AssessmentSummary: Sendable {
    /// Gaps at which a flag is raised (in levels, inclusive).
    public static let flagThreshold = 2.0

    /// What calls for a discussion.
    public enum Flag: String, CaseIterable, Sendable {
        /// The reviewers' lowest and highest levels are 2 or more apart.
        case reviewersDisagree = "reviewers_disagree"
        /// The self-assessment is 2 or more above the reviewers' median.
        case selfRatingGap = "self_rating_gap"
        /// The automatic level and the reviewers' median are 2 or more apart.
        case dataJudgementGap = "data_and_judgement_disagree"

        /// How the flag reads.
        public var label: String {
            switch self {
            case .reviewersDisagree: "reviewers disagree"
            case .selfRatingGap: "self-rating gap"
            case .dataJudgementGap: "data and judgement disagree"
            }
        }
    }

    /// One encouragement.
    public struct Row: Sendable {
        public let encouragement: Encouragement
        /// The levels of the submitted sheets that rate it, in reviewer order.
        public let levels: [Int]
        /// Reasons of the submitted sheets that mark it not assessable.
        public let notAssessable: [String]
        public let median: Double?
        public let lowest: Int?
        public let highest: Int?
        /// The self-assessment's median level (peer and external rounds), or nil.
        public let selfRating: Double?
        /// The automatic level from the scoring, or nil (no criteria, or not applicable).
        public let automatic: Double?
        /// Why there is no automatic level, when there is none.
        public let automaticNote: String?
        /// The weighted mean of the automatic level and the median, when both exist.
        public let combined: Double?
        public let flags: [Flag]

        /// Highest minus lowest level, or nil with fewer than two levels.
        public var spread: Int? { levels.count < 2 ? nil : (highest ?? 0) - (lowest ?? 0) }
    }

    /// A follow-up of an earlier recommendation in this round.
    public struct FollowUp: Sendable {
        public let recommendation: RecommendationReference
        /// The judgements of the submitted sheets, in reviewer order.
        public let judgements: [FollowUpRating.Implementation]
        /// Median rank (3 implemented … 0 not implemented), or nil.
        public var median: Double? { judgements.map(\.rank).median }
    }

    /// One of this round's recommendations and the city's current response.
    public struct RecommendationState: Sendable {
        public let recommendation: Recommendation
        /// The latest response, or nil when the city has not answered.
        public let response: RecommendationResponse?
        /// How many responses were recorded in all (later ones supersede).
        public let responseCount: Int
    }

    public let round: Assessment
    public let framework: Framework
    public let rows: [Row]
    public let followUps: [FollowUp]
    public let recommendations: [RecommendationState]
    /// The self-assessment compared with, if any.
    public let selfAssessment: String?
    /// Mean automatic level over the encouragements that have one (the score card's index).
    public let automaticIndex: Double?
    /// Mean of the medians over the encouragements that have one.
    public let panelIndex: Double?

    /// The weighted mean of the two indices, when both exist.
    public var combinedIndex: Double? {
        guard let automaticIndex, let panelIndex else { return nil }
        return round.automaticWeight * automaticIndex + (1 - round.automaticWeight) * panelIndex
    }

    /// Reviewers whose sheet counts, and how many were invited.
    public var submittedCount: Int { round.submittedSheets.count }

    /// Aggregates a round (as its viewer sees it) with the plan's score card for the round's reference date, the
    /// self-assessment to compare with and the city's responses.
    public init(
        round: Assessment, framework: Framework, card: ScoreCard, selfAssessment: Assessment?,
        responses: [RecommendationResponse]
    ) {
        self.round = round
        self.framework = framework
        self.selfAssessment = selfAssessment?.label
        let sheets = round.submittedSheets.map(\.currentRatings)
        let ownRatings = selfAssessment.map { $0.submittedSheets.map(\.currentRatings) } ?? []
        rows = framework.encouragements.map { encouragement in
            let ratings = sheets.compactMap { $0[encouragement.number] }
            let levels = ratings.compactMap(\.level)
            let median = levels.median
            let selfRating = ownRatings.compactMap { $0[encouragement.number]?.level }.median
            let score = card.encouragements.first { $0.encouragement.number == encouragement.number }
            let automatic = score?.level
            let note =
                score?.notApplicable.map { "not applicable: \($0)" }
                ?? (score?.criteria.isEmpty ?? true ? "no automatic criteria" : nil)
            var flags: [Flag] = []
            let threshold = Self.flagThreshold - 1e-9
            if let low = levels.min(), let high = levels.max(), levels.count > 1, Double(high - low) >= threshold {
                flags.append(.reviewersDisagree)
            }
            if let selfRating, let median, selfRating - median >= threshold { flags.append(.selfRatingGap) }
            if let automatic, let median, abs(automatic - median) >= threshold { flags.append(.dataJudgementGap) }
            let combined = automatic.flatMap { automatic in
                median.map { round.automaticWeight * automatic + (1 - round.automaticWeight) * $0 }
            }
            return Row(
                encouragement: encouragement, levels: levels, notAssessable: ratings.compactMap(\.notAssessable),
                median: median, lowest: levels.min(), highest: levels.max(), selfRating: selfRating,
                automatic: automatic,
                automaticNote: automatic == nil ? note : nil, combined: combined, flags: flags)
        }
        let followUpSheets = round.submittedSheets.map(\.currentFollowUps)
        let references = Set(followUpSheets.flatMap(\.keys)).sorted()
        followUps = references.compactMap { text in
            RecommendationReference(text).map { reference in
                FollowUp(recommendation: reference, judgements: followUpSheets.compactMap { $0[text]?.implementation })
            }
        }
        recommendations = round.recommendations.map { recommendation in
            let own = responses.filter {
                RecommendationReference($0.recommendation)
                    == RecommendationReference(round: round.code, code: recommendation.code)
            }
            return RecommendationState(recommendation: recommendation, response: own.last, responseCount: own.count)
        }
        automaticIndex = card.index
        let medians = rows.compactMap(\.median)
        panelIndex = medians.isEmpty ? nil : medians.reduce(0, +) / Double(medians.count)
    }
}
