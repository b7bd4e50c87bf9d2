/// The options and arguments a command line gave a command.
public struct ParsedArguments: Sendable {
    /// Values of options, in the order given, by long name.
    public private(set) var values: [String: [String]] = [:]
    /// Flags given, by long name.
    public private(set) var flags: Set<String> = []
    /// Positional arguments, by the argument's name.
    public private(set) var arguments: [String: String] = [:]

    /// Creates an empty set, or one filled for tests.
    public init(values: [String: [String]] = [:], flags: Set<String> = [], arguments: [String: String] = [:]) {
        self.values = values
        self.flags = flags
        self.arguments = arguments
    }

    /// The last value of an option, or nil if it was not given.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// A positional argument by name.
    public func argument(_ name: String) -> String? { arguments[name] }

    mutating func add(value: String, for name: String) { values[name, default: []].append(value) }
    mutating func add(flag name: String) { flags.insert(name) }
    mutating func set(argument value: String, for name: String) { arguments[name] = value }
}
