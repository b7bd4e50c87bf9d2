/// How many records an import created, updated, appended or left unchanged, per section.
public struct ImportSummary: Equatable, Sendable {
    /// Counts for one section of the plan file.
    public struct Counts: Equatable, Sendable {
        public var created = 0
        public var updated = 0
        public var appended = 0
        public var unchanged = 0

        /// Counts of a section.
        public init(created: Int = 0, updated: Int = 0, appended: Int = 0, unchanged: Int = 0) {
            (self.created, self.updated, self.appended, self.unchanged) = (created, updated, appended, unchanged)
        }
    }

    /// Sections in file order with their counts.
    public var sections: [(name: String, counts: Counts)] = []

    /// An import that counted nothing yet.
    public init() {}

    public static func == (lhs: ImportSummary, rhs: ImportSummary) -> Bool {
        lhs.sections.map(\.name) == rhs.sections.map(\.name) && lhs.sections.map(\.counts) == rhs.sections.map(\.counts)
    }

    /// Counts of one section.
    public subscript(section: String) -> Counts {
        sections.first { $0.name == section }?.counts ?? Counts()
    }

    /// Whether the import changed nothing.
    public var isUnchanged: Bool {
        sections.allSatisfy { $0.counts.created + $0.counts.updated + $0.counts.appended == 0 }
    }
}
