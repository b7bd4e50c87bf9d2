/// A reviewer's judgement of one encouragement: a level 0–4 with a rationale and evidence, or a note that it cannot
/// be assessed and why.
public struct Rating: Record {
    /// The encouragement's number.
    public var encouragement = 0
    /// 0–4, or nil when the encouragement is not assessable.
    public var level: Int?
    /// Why the encouragement cannot be assessed; set exactly when there is no level.
    public var notAssessable: String?
    public var rationale = ""
    public var evidence: [Evidence] = []
    public var recordedAt: Timestamp?
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<Rating>(
        entity: "rating",
        fields: [
            .required("encouragement", \.encouragement, .integer(1...99), help: "Number of the encouragement."),
            .optional("level", \.level, .integer(0...4), help: "Level 0–4 (see the framework's level descriptions)."),
            .optional(
                "not_assessable", \.notAssessable, .longText, help: "Instead of a level: why it cannot be assessed."),
            .required("rationale", \.rationale, .longText, help: "Why this level: what the reviewer saw."),
            .list(
                "evidence", \.evidence, .evidence,
                help:
                    "What the rating rests on: 'document:TITLE <URL or p. N>', 'measurement:INDICATOR@DATE', 'update:ACTION@DATE' or 'report:CODE'."
            ),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ]
    ) { rating in
        var problems: [ValidationProblem] = []
        switch (rating.level, rating.notAssessable) {
        case (nil, nil):
            problems.append(
                .init(path: "level", code: .required, message: "give a level 0–4, or not_assessable with the reason"))
        case (.some, .some):
            problems.append(
                .init(path: "not_assessable", code: .inconsistent, message: "give a level or not_assessable, not both"))
        default: break
        }
        if rating.level != nil, rating.evidence.isEmpty {
            problems.append(
                .init(path: "evidence", code: .required, message: "a rating needs at least one piece of evidence"))
        }
        return problems
    }

    /// The same judgement, ignoring when and by whom it was recorded.
    public func sameJudgement(as other: Rating) -> Bool {
        encouragement == other.encouragement && level == other.level && notAssessable == other.notAssessable
            && rationale == other.rationale && evidence == other.evidence
    }
}
