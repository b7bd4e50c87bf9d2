/// What a continuing measure (a programme without completion, ``Action/isContinuing``) committed to for one calendar
/// year, and how much of it was met — the figure governments report for such programmes ("11 of 15 initiatives met
/// 100 % of the year's commitments").
///
/// Commitments are never changed: a new version for the same measure and year supersedes the one before, and both are
/// kept.
public struct YearlyCommitment: Record, RecordedVersion {
    /// The code of the continuing measure.
    public var action = ""
    public var year = 2000
    /// What the measure committed to for the year (its calendar of activities).
    public var commitments = ""
    /// The share of the year's commitments met, 0–100; nil until it is assessed.
    public var percentMet: Int?
    /// Why, where some were not met.
    public var note: String?
    /// When this version was recorded; set by the store when absent.
    public var recordedAt: Timestamp?
    /// Who recorded it; set by the store when absent.
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<YearlyCommitment>(
        entity: "yearly_commitment",
        fields: [
            .required("action", \.action, .code, help: "Code of the continuing measure."),
            .required("year", \.year, .integer(1900...2200), help: "The calendar year the commitments are for."),
            .required("commitments", \.commitments, .longText, help: "What the measure committed to for the year."),
            .optional(
                "percent_met", \.percentMet, .integer(0...100),
                help: "Share of the year's commitments met, 0–100 (empty until assessed)."),
            .optional("note", \.note, .longText, help: "Why, where some were not met."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ])

    /// What a new version shares with the one it supersedes: the measure and the year.
    public var key: String { "\(action)|\(year)" }

    /// Every problem of this commitment against the plan: it belongs to one of the plan's continuing measures.
    public func problems(actions: [String: Action], path: String) -> [ValidationProblem] {
        let at = path.isEmpty ? "action" : path + ".action"
        guard let measure = actions[action] else {
            return [.init(path: at, code: .unknownReference, message: "the plan has no measure '\(action)'")]
        }
        guard measure.isContinuing else {
            return [
                .init(
                    path: at, code: .inconsistent,
                    message: "measure '\(action)' is not continuing: only a continuing measure has yearly commitments")
            ]
        }
        return []
    }
}

extension YearlyCommitment: PlanRecord {
    public static var identity: [String] { ["action", "year"] }
    public static var collection: String { "commitments" }
    public static var section: WritableKeyPath<PlanFile, [YearlyCommitment]> { \.commitments }
    public static var isAppendOnly: Bool { true }
}
