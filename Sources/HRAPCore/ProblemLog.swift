/// Problems collected while reading a large input: the first ``limit`` are kept, the rest only counted, so that a
/// file with a million bad rows is reported in bounded memory.
public struct ProblemLog: Sendable {
    /// How many problems are kept; the CLI prints fewer still.
    public static let limit = 1_000

    /// The problems kept, in the order found.
    public private(set) var problems: [ValidationProblem] = []
    /// Problems found beyond ``limit``, counted but not kept.
    public private(set) var omitted = 0

    /// An empty log.
    public init() {}

    /// Whether no problem was found.
    public var isEmpty: Bool { problems.isEmpty && omitted == 0 }

    /// Adds a problem, or counts it once the log is full.
    public mutating func append(_ problem: ValidationProblem) {
        if problems.count < Self.limit { problems.append(problem) } else { omitted += 1 }
    }

    /// Adds problems, keeping at most ``limit`` in all.
    public static func += (log: inout ProblemLog, more: [ValidationProblem]) {
        for problem in more { log.append(problem) }
    }
}
