import HRAPCore

/// Where a round stands, without any rating: its settings, and per reviewer how far their latest sheet has got.
public struct RoundStatus: Sendable {
    /// How far one reviewer has got.
    public struct ReviewerStatus: Sendable {
        public let reviewer: Reviewer
        /// The number of the reviewer's latest sheet, nil before their first rating.
        public let sheet: Int?
        /// Encouragements rated on that sheet.
        public let rated: Int
        /// When that sheet was submitted; nil while it is a draft.
        public let submittedAt: Timestamp?
    }

    /// The round's settings, with its sheets and recommendations left out.
    public let round: Assessment
    /// Submitted sheets that count (one per reviewer at most).
    public let submitted: Int
    public let reviewers: [ReviewerStatus]

    init(_ stored: Assessment) {
        var shown = stored
        shown.sheets = []
        shown.recommendations = []
        round = shown
        submitted = stored.submittedSheets.count
        reviewers = stored.reviewers.map { reviewer in
            let last = stored.sheets(of: reviewer.code).last
            return ReviewerStatus(
                reviewer: reviewer, sheet: last?.number, rated: last?.currentRatings.count ?? 0,
                submittedAt: last?.submittedAt)
        }
    }
}
