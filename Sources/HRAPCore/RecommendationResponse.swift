/// The city's answer to a recommendation. Responses are kept in full: a later response supersedes an earlier one.
public struct RecommendationResponse: Record {
    /// What the city decided.
    public enum Decision: String, CaseIterable, Sendable {
        case accepted
        case partiallyAccepted = "partially_accepted"
        case rejected
    }

    /// The recommendation: 'ROUND/CODE'.
    public var recommendation = ""
    public var decision = Decision.accepted
    public var reason = ""
    /// Codes of the actions that follow the recommendation up.
    public var followUpActions: [String] = []
    public var recordedAt: Timestamp?
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<RecommendationResponse>(
        entity: "recommendation_response",
        fields: [
            .required("recommendation", \.recommendation, .longText, help: "The recommendation, 'ROUND/CODE'."),
            .required("decision", \.decision, .choice, help: "accepted, partially_accepted or rejected."),
            .required("reason", \.reason, .longText, help: "Why: the city's reasons."),
            .list("follow_up_actions", \.followUpActions, .code, help: "Codes of the actions that follow it up."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ]
    ) { response in
        RecommendationReference(response.recommendation) == nil
            ? [
                .init(
                    path: "recommendation", code: .invalidValue,
                    message: "write the recommendation as ROUND/CODE, e.g. 'peer-2024/R3'")
            ] : []
    }
}
