/// One thing wrong with input data, located by a path (a JSON path such as `$.actions[3].end`,
/// or a field name for command-line input).
public struct ValidationProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var path: String
    /// What is wrong, written for the user.
    public var message: String

    /// Creates a problem.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Input that failed validation, with every problem found (not just the first).
public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the input came from (a file name, or a command).
    public var source: String
    /// Every problem, in input order.
    public var problems: [ValidationProblem]

    /// Creates an error.
    public init(source: String, problems: [ValidationProblem]) {
        self.source = source
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "\(source) has \(count); nothing was written:\n"
            + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Why a single value was refused; the caller adds the path.
public struct FieldError: Error, Equatable, Sendable {
    /// What is wrong with the value.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }
}
