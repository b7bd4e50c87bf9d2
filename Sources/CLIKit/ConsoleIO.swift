/// Where a command writes: standard output and standard error, replaceable in tests.
public struct ConsoleIO: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Environment variables visible to the command.
    public var environment: [String: String]
    /// Whether standard error is a terminal (progress is shown only then).
    public var errorIsTerminal: Bool

    /// Creates an IO with the given sinks and environment.
    public init(
        environment: [String: String] = [:], errorIsTerminal: Bool = false, out: @escaping @Sendable (String) -> Void,
        err: @escaping @Sendable (String) -> Void
    ) {
        self.errorIsTerminal = errorIsTerminal
        self.out = out
        self.err = err
        self.environment = environment
    }
}
