/// What a `rate` wrote.
public struct RatingOutcome: Equatable, Sendable {
    /// The sheet the ratings went on.
    public var sheet: Int
    /// Whether that sheet was started by this call.
    public var startedSheet: Bool
    /// Ratings and follow-up ratings recorded.
    public var recorded: Int
    /// Ratings identical to the current ones on the sheet, not recorded again.
    public var unchanged: Int

    /// Creates the value from its parts.
    public init(sheet: Int, startedSheet: Bool, recorded: Int, unchanged: Int) {
        self.sheet = sheet
        self.startedSheet = startedSheet
        self.recorded = recorded
        self.unchanged = unchanged
    }
}
