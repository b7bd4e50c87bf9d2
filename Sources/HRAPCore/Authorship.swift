extension RecordedVersion {
    /// The version with the author and time filled in where it has none.
    public func stamped(by author: Authorship) -> Self {
        stamped(by: (author.actor, author.time))
    }
}

/// Who writes and when; the CLI or server reads the clock and the user, the store never does.
public struct Authorship: Sendable {
    /// The person or system writing (from `--actor`, `HRAP_ACTOR` or the login name).
    public var actor: String
    /// The time of the write.
    public var time: Timestamp

    /// Creates an authorship.
    public init(actor: String, time: Timestamp) {
        self.actor = actor
        self.time = time
    }
}
