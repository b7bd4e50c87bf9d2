/// An annual report as the city published it: frozen files (the report and summary in every language, the open-data
/// bundle) that never change, and, when it was withdrawn, when, by whom and why (the withdrawal stays visible).
public struct ReportPublication: Sendable, Equatable {
    /// One frozen file: its path under the publication (`en/report.html`, `open-data/plan.json`) and media type.
    public struct File: Sendable, Equatable {
        public var path: String
        public var contentType: String
        public var body: [UInt8]

        /// Creates a file.
        public init(path: String, contentType: String, body: [UInt8]) {
            (self.path, self.contentType, self.body) = (path, contentType, body)
        }
    }

    public var id: Int64 = 0
    public var plan: String
    public var year: Int
    /// The reference date the report was computed at.
    public var asOf: CalendarDate
    public var published: Timestamp
    public var publishedBy: String
    public var withdrawn: Timestamp?
    public var withdrawnBy: String?
    public var withdrawalReason: String?
    /// The paths of its files (their bodies are read one at a time).
    public var paths: [String] = []

    /// Creates a publication record.
    public init(plan: String, year: Int, asOf: CalendarDate, published: Timestamp, publishedBy: String) {
        (self.plan, self.year, self.asOf, self.published, self.publishedBy) = (plan, year, asOf, published, publishedBy)
    }

    /// Whether it is the year's published report (not withdrawn).
    public var isLive: Bool { withdrawn == nil }
}
