/// What a new password must be, as NIST SP 800-63B (section 5.1.1.2) puts it: long enough, not too long to hash, not
/// a common password, not the person's own name or the service's, not one character repeated — and no composition
/// rules, no forced periodic change.
public struct PasswordRules: Sendable {
    /// Why a password is refused.
    public enum Problem: Equatable, Sendable {
        case tooShort(minimum: Int)
        case tooLong(maximum: Int)
        case common
        case containsContext(String)
        case repetitive
    }

    /// The fewest characters (12 unless the city sets more or fewer, never below 8).
    public let minimumLength: Int
    /// The most characters (a limit on the work of hashing, well above any passphrase).
    public let maximumLength = 256
    /// Common passwords, lower-cased.
    private let common: Set<String>

    /// Rules with a list of common passwords (one per line; lines starting with `#` are comments).
    public init(minimumLength: Int = 12, commonPasswords: String) {
        self.minimumLength = max(minimumLength, 8)
        common = Set(
            commonPasswords.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace.lowercased() }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// Every problem of a password; `context` holds words it must not contain (the user name, the display name, the
    /// service's name), compared without case, each of four characters or more.
    public func problems(_ password: String, context: [String] = []) -> [Problem] {
        var problems: [Problem] = []
        let length = password.count
        if length < minimumLength { problems.append(.tooShort(minimum: minimumLength)) }
        if length > maximumLength { problems.append(.tooLong(maximum: maximumLength)) }
        let lowered = password.lowercased()
        if common.contains(lowered) { problems.append(.common) }
        for word in context.map({ $0.lowercased() }) where word.count >= 4 && lowered.contains(word) {
            problems.append(.containsContext(word))
        }
        if length > 1, Set(password).count == 1 { problems.append(.repetitive) }
        return problems
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
