/// A command of a command-line tool: its options, arguments, subcommands and what it does.
public struct Command: Sendable {
    /// The word that selects the command.
    public let name: String
    /// One line saying what the command does.
    public let abstract: String
    /// Longer help, shown after the overview.
    public let discussion: String?
    /// Example invocations, shown at the end of help.
    public let examples: [String]
    /// Options the command accepts.
    public let options: [Option]
    /// Positional arguments, in order.
    public let arguments: [Argument]
    /// Subcommands; a command with subcommands and no action needs one of them.
    public let subcommands: [Command]
    /// What the command does with its parsed arguments.
    public let action: (@Sendable (ParsedArguments) throws -> Void)?

    /// Creates a command.
    public init(
        _ name: String, abstract: String, discussion: String? = nil, examples: [String] = [], options: [Option] = [],
        arguments: [Argument] = [], subcommands: [Command] = [],
        action: (@Sendable (ParsedArguments) throws -> Void)? = nil
    ) {
        precondition(action != nil || !subcommands.isEmpty, "command '\(name)' does nothing")
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.examples = examples
        self.options = options
        self.arguments = arguments
        self.subcommands = subcommands
        self.action = action
    }

    /// The subcommand with this name.
    public func subcommand(named name: String) -> Command? {
        subcommands.first { $0.name == name }
    }
}
