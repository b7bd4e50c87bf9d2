/// What kind of thing is wrong with a value: a stable code that programs and each surface's wording key on (the
/// HTTP service's problem types, translated messages), while ``ValidationProblem/message`` is the English default.
public struct ProblemCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// A code; use the named ones.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// A required value, or one required together with another, is missing.
    public static let required = ProblemCode(rawValue: "required")
    /// The value is not of the kind the field takes (not a number, not a date, not one of the words).
    public static let invalidValue = ProblemCode(rawValue: "invalid_value")
    /// The value is of the right kind but outside the range the field allows.
    public static let outOfRange = ProblemCode(rawValue: "out_of_range")
    /// The value contradicts another value of the same record or input (an end before its start).
    public static let inconsistent = ProblemCode(rawValue: "inconsistent")
    /// A code that names a record that does not exist.
    public static let unknownReference = ProblemCode(rawValue: "unknown_reference")
    /// A code, key or identifier that must be unique is used again.
    public static let duplicate = ProblemCode(rawValue: "duplicate")
    /// A member, column, section or metric name that is not known (typos must not drop data).
    public static let unknownName = ProblemCode(rawValue: "unknown_name")
    /// The input's shape is wrong: not an object or array where one is expected, a row of the wrong width, no rows.
    public static let malformed = ProblemCode(rawValue: "malformed")
    /// The value would rewrite history or lose to an older version.
    public static let historyConflict = ProblemCode(rawValue: "history_conflict")
    /// The value is well-formed but not allowed here by a rule of the workflow.
    public static let notAllowed = ProblemCode(rawValue: "not_allowed")
}

/// One thing wrong with input data, located by a path (a JSON path such as `$.actions[3].end`,
/// or a field name for command-line input).
public struct ValidationProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var path: String
    /// What kind of problem it is.
    public var code: ProblemCode
    /// What is wrong, written for the user (the English default of ``code`` with its parameters).
    public var message: String

    /// Creates a problem.
    public init(path: String, code: ProblemCode, message: String) {
        self.path = path
        self.code = code
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
    /// What kind of problem it is.
    public var code: ProblemCode

    /// Creates an error.
    public init(_ message: String, code: ProblemCode) {
        self.message = message
        self.code = code
    }
}
