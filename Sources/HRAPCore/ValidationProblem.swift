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
    /// The problems kept, in input order.
    public var problems: [ValidationProblem]
    /// Further problems found but not kept (see ``ProblemLog``).
    public var omitted: Int

    /// Creates an error.
    public init(source: String, problems: [ValidationProblem], omitted: Int = 0) {
        self.source = source
        self.problems = problems
        self.omitted = omitted
    }

    /// Every problem found, kept or not.
    public var count: Int { problems.count + omitted }

    public var description: String {
        let count = count == 1 ? "1 problem" : "\(count) problems"
        return "\(source) has \(count); nothing was written:\n"
            + problems.map { "  \($0)" }.joined(separator: "\n")
            + (omitted > 0 ? "\n  … and \(omitted) more problems" : "")
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
