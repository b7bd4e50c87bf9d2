/// A set of record codes to test many rows against — the indicators a write touched, against every value of a plan:
/// compared one by one while it holds a few (a short code compares in a few instructions, where a hash costs tens of
/// nanoseconds, a million times over on a large plan), looked up by hash when it holds more.
public struct CodeSet: Sendable {
    private static let comparedUpTo = 8
    private let few: [String]
    private let many: Set<String>

    /// The set of these codes.
    public init(_ codes: Set<String>) {
        few = codes.count <= Self.comparedUpTo ? Array(codes) : []
        many = codes.count <= Self.comparedUpTo ? [] : codes
    }

    /// Whether the set holds the code.
    public func contains(_ code: String) -> Bool {
        few.isEmpty ? many.contains(code) : few.contains(code)
    }
}
