/// A reviewers' recommendation to the city, tied to an encouragement and optionally to objectives or actions.
public struct Recommendation: Record {
    /// Code within the round, e.g. 'R3'.
    public var code = ""
    public var encouragement = 0
    public var text = ""
    /// The reviewer who made it, or nil for the panel as a whole.
    public var reviewer: String?
    public var objectives: [String] = []
    public var actions: [String] = []
    public var createdAt: Timestamp?

    public init() {}

    public static let schema = RecordSchema<Recommendation>(
        entity: "recommendation",
        fields: [
            .required("code", \.code, .identifier, help: "Code within the round, e.g. 'R3'."),
            .required(
                "encouragement", \.encouragement, .integer(1...99), help: "Number of the encouragement it concerns."),
            .required("text", \.text, .longText, help: "The recommendation."),
            .optional("reviewer", \.reviewer, .code, help: "The reviewer who made it (default: the panel)."),
            .list("objectives", \.objectives, .code, help: "Codes of the objectives it concerns."),
            .list("actions", \.actions, .code, help: "Codes of the actions it concerns."),
            .optional("created_at", \.createdAt, .timestamp, help: "When it was made."),
        ])
}

/// A recommendation named across rounds: 'ROUND/CODE'.
public struct RecommendationReference: Hashable, Sendable, CustomStringConvertible {
    public var round: String
    public var code: String

    /// Creates a reference.
    public init(round: String, code: String) {
        self.round = round
        self.code = code
    }

    /// Reads 'ROUND/CODE', or nil.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(round: parts[0], code: parts[1])
    }

    public var description: String { "\(round)/\(code)" }
}
