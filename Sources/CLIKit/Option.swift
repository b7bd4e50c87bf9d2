/// A named option of a command: a flag (`--published`) or an option taking a value (`--plan CODE`).
public struct Option: Sendable {
    /// The long name, without dashes.
    public let name: String
    /// The one-letter name, if any.
    public let short: Character?
    /// The placeholder of the value in help (`CODE`), or nil for a flag.
    public let valueName: String?
    /// One line of help.
    public let help: String
    /// The default shown in help, if any.
    public let defaultValue: String?
    /// The allowed values shown in help and checked while parsing, if the set is closed.
    public let allowedValues: [String]?
    /// Whether the option may be given more than once.
    public let isRepeatable: Bool
    /// Whether subcommands accept this option too.
    public let isGlobal: Bool

    /// An option that takes a value.
    public static func value(
        _ name: String, short: Character? = nil, valueName: String = "VALUE", help: String,
        default defaultValue: String? = nil, allowed: [String]? = nil, repeatable: Bool = false, global: Bool = false
    ) -> Option {
        Option(
            name: name, short: short, valueName: valueName, help: help, defaultValue: defaultValue,
            allowedValues: allowed, isRepeatable: repeatable, isGlobal: global)
    }

    /// A flag that takes no value.
    public static func flag(_ name: String, short: Character? = nil, help: String, global: Bool = false) -> Option {
        Option(
            name: name, short: short, valueName: nil, help: help, defaultValue: nil, allowedValues: nil,
            isRepeatable: false, isGlobal: global)
    }

    /// Whether the option is a flag.
    public var isFlag: Bool { valueName == nil }
}

/// A positional argument of a command.
public struct Argument: Sendable {
    /// The placeholder shown in usage (`FILE`).
    public let name: String
    /// One line of help.
    public let help: String
    /// Whether the argument may be left out.
    public let isOptional: Bool

    /// Creates an argument.
    public init(_ name: String, help: String, optional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
    }
}
