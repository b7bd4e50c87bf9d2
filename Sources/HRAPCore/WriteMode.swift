/// Whether a write of a record must create a new one, change an existing one, or may do either.
public enum WriteMode: Sendable {
    /// A new record; one with the same identity is a duplicate.
    case create
    /// A change of an existing record; a missing one is not found.
    case update
    /// Either.
    case upsert
}
