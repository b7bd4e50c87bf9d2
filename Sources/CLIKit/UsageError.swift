/// A mistake in how a command was called: exit code 64, followed by the command's usage.
public struct UsageError: Error, Equatable, Sendable {
    /// What is wrong, written for the user.
    public let message: String

    /// Creates a usage error with a message.
    public init(_ message: String) {
        self.message = message
    }

    /// An option that the command does not know, with the closest known name.
    static func unknownOption(_ given: String, known: [String]) -> UsageError {
        var message = "Unknown option '\(given)'."
        if let close = Suggestion.closest(to: given, among: known) { message += " Did you mean '\(close)'?" }
        return UsageError(message)
    }

    /// A subcommand that does not exist, with the closest known name.
    static func unknownCommand(_ given: String, known: [String]) -> UsageError {
        var message = "Unknown command '\(given)'."
        if let close = Suggestion.closest(to: given, among: known) { message += " Did you mean '\(close)'?" }
        return UsageError(message)
    }

    /// An option that needs a value and got none.
    public static func missingValue(_ option: String) -> UsageError {
        UsageError("Missing value for '--\(option)'.")
    }

    /// A required option that was not given.
    public static func missingOption(_ option: String, valueName: String = "VALUE") -> UsageError {
        UsageError("Missing expected option '--\(option) <\(valueName.lowercased())>'.")
    }

    /// A value outside an option's allowed set.
    public static func invalidValue(_ value: String, for option: String, allowed: [String]) -> UsageError {
        UsageError(
            "The value '\(value)' is invalid for '--\(option)'. Expected one of: \(allowed.joined(separator: ", ")).")
    }
}

/// Finds the known word closest to a mistyped one.
enum Suggestion {
    /// The closest word within an edit distance of a third of its length (at least 2), or nil.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    /// Levenshtein distance between two words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
