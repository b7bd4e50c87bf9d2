/// A reviewer's judgement, in a later round, of how far an earlier recommendation has been implemented.
public struct FollowUpRating: Record {
    /// How far a recommendation has been implemented, in the Graz human rights advisory council's four steps.
    public enum Implementation: String, CaseIterable, Sendable {
        case implemented, largely, partly
        case notImplemented = "not_implemented"

        /// 3 for implemented down to 0 for not implemented, for medians.
        public var rank: Int {
            switch self {
            case .implemented: 3
            case .largely: 2
            case .partly: 1
            case .notImplemented: 0
            }
        }
    }

    /// The recommendation: 'ROUND/CODE', e.g. 'peer-2024/R3'.
    public var recommendation = ""
    public var implementation = Implementation.notImplemented
    public var rationale = ""
    public var evidence: [Evidence] = []
    public var recordedAt: Timestamp?
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<FollowUpRating>(
        entity: "follow_up_rating",
        fields: [
            .required("recommendation", \.recommendation, .longText, help: "The earlier recommendation, 'ROUND/CODE'."),
            .required(
                "implementation", \.implementation, .choice, help: "implemented, largely, partly or not_implemented."),
            .required("rationale", \.rationale, .longText, help: "Why: what the reviewer saw."),
            .list("evidence", \.evidence, .evidence, help: "What the judgement rests on (as for ratings)."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ]
    ) { rating in
        var problems: [ValidationProblem] = []
        if RecommendationReference(rating.recommendation) == nil {
            problems.append(
                .init(
                    path: "recommendation", code: .invalidValue,
                    message: "write the recommendation as ROUND/CODE, e.g. 'peer-2024/R3'"))
        }
        if rating.evidence.isEmpty {
            problems.append(
                .init(
                    path: "evidence", code: .required,
                    message: "a follow-up rating needs at least one piece of evidence"))
        }
        return problems
    }

    /// The same judgement, ignoring when and by whom it was recorded.
    public func sameJudgement(as other: FollowUpRating) -> Bool {
        recommendation == other.recommendation && implementation == other.implementation && rationale == other.rationale
            && evidence == other.evidence
    }
}
