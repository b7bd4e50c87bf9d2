/// A version in an append-only history: it says who recorded it and when (``Supersession`` orders versions by that).
public protocol RecordedVersion {
    var recordedAt: Timestamp? { get set }
    var recordedBy: String? { get set }
}

extension RecordedVersion {
    /// The version with the author and time of recording filled in where it has none.
    public func stamped(by author: (actor: String, time: Timestamp)) -> Self {
        var stamped = self
        if stamped.recordedAt == nil { stamped.recordedAt = author.time }
        if stamped.recordedBy == nil { stamped.recordedBy = author.actor }
        return stamped
    }
}

extension Measurement: RecordedVersion {}
extension ProgressUpdate: RecordedVersion {}
extension Rating: RecordedVersion {}
extension FollowUpRating: RecordedVersion {}
extension RecommendationResponse: RecordedVersion {}
