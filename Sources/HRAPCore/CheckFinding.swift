/// One thing `hrap check` found wrong with a database.
public struct CheckFinding: Equatable, Sendable, CustomStringConvertible {
    /// What kind of check found it.
    public enum Kind: String, Sendable {
        /// SQLite's `integrity_check`: the file's structure.
        case integrity
        /// SQLite's `foreign_key_check`: a reference to a row that does not exist.
        case foreignKey = "foreign_key"
        /// A row that no audit row accounts for.
        case unaudited
    }

    public let kind: Kind
    /// What and where, in words.
    public let detail: String

    public var description: String { "\(kind.rawValue): \(detail)" }

    /// Creates the value from its parts.
    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }
}
