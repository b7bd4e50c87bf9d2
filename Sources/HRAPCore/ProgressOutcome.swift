/// What recording a measurement or progress update did.
public enum ProgressOutcome: Equatable, Sendable {
    /// A new value was stored (a first value, or a correction that supersedes the previous one).
    case appended
    /// The same value was already current; nothing was written.
    case unchanged
    /// The plan requires approval: the entry waits for a coordinator's decision and counts nowhere until approved.
    case awaitingApproval(Submission)

}
