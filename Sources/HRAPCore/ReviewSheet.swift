/// One submission of a reviewer's ratings in a round: a draft until submitted, then never edited again. A reviewer
/// who wants to change a submitted sheet starts a new one, which supersedes it and keeps it.
public struct ReviewSheet: Record {
    /// The reviewer's code.
    public var reviewer = ""
    /// 1 for the reviewer's first sheet in the round, then 2, 3…
    public var number = 1
    public var startedAt: Timestamp?
    public var submittedAt: Timestamp?
    public var submittedBy: String?
    /// Every rating recorded on the sheet, oldest first; the last one per encouragement counts.
    public var ratings: [Rating] = []
    /// Every follow-up rating of an earlier recommendation, oldest first; the last one per recommendation counts.
    public var followUps: [FollowUpRating] = []

    public init() {}

    public static let schema = RecordSchema<ReviewSheet>(
        entity: "review_sheet",
        fields: [
            .required("reviewer", \.reviewer, .code, help: "The reviewer's code."),
            .required(
                "number", \.number, .integer(1...999), help: "1 for the first sheet, then one more per new submission."),
            .optional("started_at", \.startedAt, .timestamp, help: "When the sheet was started."),
            .optional("submitted_at", \.submittedAt, .timestamp, help: "When it was submitted; absent for a draft."),
            .optional("submitted_by", \.submittedBy, .text, help: "Who submitted it."),
            .records("ratings", \.ratings, help: "Every rating recorded, oldest first."),
            .records("follow_ups", \.followUps, help: "Every follow-up rating recorded, oldest first."),
        ])

    public var isSubmitted: Bool { submittedAt != nil }

    /// The rating that counts per encouragement (the last recorded), by number.
    public var currentRatings: [Int: Rating] {
        Supersession.current(ratings, key: \.encouragement, recordedAt: \.recordedAt).reduce(into: [:]) {
            $0[$1.encouragement] = $1
        }
    }

    /// The follow-up rating that counts per recommendation (the last recorded).
    public var currentFollowUps: [String: FollowUpRating] {
        Supersession.current(followUps, key: \.recommendation, recordedAt: \.recordedAt)
            .reduce(into: [:]) { $0[$1.recommendation] = $1 }
    }
}
