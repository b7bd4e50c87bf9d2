/// A reviewer's judgement on a sheet: a rating of an encouragement or a follow-up rating of a recommendation. The last
/// one recorded per subject counts; an equal judgement is not recorded again.
public protocol Judgement: Record, RecordedVersion {
    /// What is judged: the encouragement's number, or the recommendation's 'ROUND/CODE'.
    var subject: String { get }
    /// The same judgement, ignoring when and by whom it was recorded.
    func sameJudgement(as other: Self) -> Bool
}

extension Rating: Judgement {
    public var subject: String { "encouragement \(encouragement)" }
}

extension FollowUpRating: Judgement {
    public var subject: String { recommendation }
}
