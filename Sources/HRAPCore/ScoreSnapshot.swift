import JSONCoding

/// A saved score card, as listed.
public struct ScoreSnapshot: Equatable, Sendable {
    public var id: Int64
    public var plan: String
    public var framework: String
    public var frameworkVersion: String
    public var asOf: CalendarDate
    /// The plan index (0–4) when it was saved, or nil when there was none.
    public var index: Double?
    public var savedAt: Timestamp
    public var savedBy: String
    /// The whole score card as saved: every metric value, level and failing item.
    public var card: JSONValue

    /// Creates the value from its parts.
    public init(
        id: Int64, plan: String, framework: String, frameworkVersion: String, asOf: CalendarDate, index: Double? = nil,
        savedAt: Timestamp, savedBy: String, card: JSONValue
    ) {
        self.id = id
        self.plan = plan
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.asOf = asOf
        self.index = index
        self.savedAt = savedAt
        self.savedBy = savedBy
        self.card = card
    }
}
