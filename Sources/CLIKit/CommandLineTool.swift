/// Runs a command tree on an argv: parses, prints help and version, calls the action, maps errors to exit codes.
public struct CommandLineTool: Sendable {
    /// The root command (its name is the program name).
    public let root: Command
    /// The text printed by `--version`.
    public let version: String
    /// The one mapping from the errors of the layers below to messages and exit codes (``CommandLineReportable``).
    public let mapError: @Sendable (any Error) -> any Error

    /// Creates a tool; `mapError` turns any error a command throws into one the tool reports.
    public init(root: Command, version: String, mapError: @escaping @Sendable (any Error) -> any Error = { $0 }) {
        self.root = root
        self.version = version
        self.mapError = mapError
    }

    /// What a command line asks for.
    enum Request {
        case help([Command])
        case version
        case run([Command], ParsedArguments)
    }

    /// Parses and runs; returns the exit code. Help and version go to stdout, errors to stderr.
    public func run(_ arguments: [String], io: ConsoleIO) -> Int32 {
        var path = [root]
        do {
            switch try parse(arguments, path: &path) {
            case .help(let helpPath):
                io.out(HelpGenerator.help(path: helpPath))
                return ExitCode.ok
            case .version:
                io.out(version + "\n")
                return ExitCode.ok
            case .run(let commandPath, let parsed):
                guard let action = commandPath.last?.action else {
                    throw UsageError("Missing subcommand.")
                }
                do { try action(parsed) } catch { throw mapError(error) }
                return ExitCode.ok
            }
        } catch let error as UsageError {
            let names = path.map(\.name).joined(separator: " ")
            io.err("Error: \(TerminalText.escaped(error.message))\nUsage: \(HelpGenerator.usage(path: path))\n")
            io.err("  See '\(names) --help' for more information.\n")
            return ExitCode.usage
        } catch let error as CommandLineReportable {
            io.err("Error: \(TerminalText.escaped(error.commandLineMessage, keepingLineBreaks: true))\n")
            return error.exitCode
        } catch {
            io.err("Error: \(TerminalText.escaped("\(error)", keepingLineBreaks: true))\n")
            return ExitCode.failure
        }
    }

    /// Resolves the command path and its arguments; `path` holds the deepest command reached, even on error.
    func parse(_ arguments: [String], path: inout [Command]) throws(UsageError) -> Request {
        var tokens = Token.pieces(arguments)[...]
        while case .word(let word)? = tokens.first?.token, let current = path.last, !current.subcommands.isEmpty {
            if let subcommand = current.subcommand(named: word) {
                path.append(subcommand)
                tokens = tokens.dropFirst()
            } else if word == "help" {
                return .help(try helpPath(for: tokens.dropFirst().map(\.token)))
            } else if current.action == nil {
                throw .unknownCommand(word, known: current.subcommands.map(\.name))
            } else {
                break
            }
        }
        let options = optionTokens(Array(tokens), path: path)
        if options.contains(.long("help", value: nil)) || options.contains(.short("h")) { return .help(path) }
        if path.count == 1, options.contains(.long("version", value: nil)) { return .version }
        return .run(path, try parseArguments(Array(tokens), path: path))
    }

    private func helpPath(for words: [Token]) throws(UsageError) -> [Command] {
        var path = [root]
        for case .word(let word) in words {
            guard let next = path.last?.subcommand(named: word) else {
                throw .unknownCommand(word, known: path.last?.subcommands.map(\.name) ?? [])
            }
            path.append(next)
        }
        return path
    }

    /// The option tokens, leaving out the arguments that value-taking options take as their values.
    private func optionTokens(_ tokens: [Piece], path: [Command]) -> [Token] {
        let options = HelpGenerator.availableOptions(path: path)
        var found: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index].token
            index += 1
            let option: Option? =
                switch token {
                case .long(let name, nil): options.first { $0.name == name }
                case .short(let letter): options.first { $0.short == letter }
                default: nil
                }
            found.append(token)
            if let option, !option.isFlag, index < tokens.count, tokens[index].valueText != nil {
                index = Self.end(ofArgumentAt: index, in: tokens)
            }
        }
        return found
    }

    /// The index after the pieces of the argument that starts at `index`.
    private static func end(ofArgumentAt index: Int, in tokens: [Piece]) -> Int {
        var next = index + 1
        while next < tokens.count, tokens[next].argument == nil { next += 1 }
        return next
    }

    private func parseArguments(_ tokens: [Piece], path: [Command]) throws(UsageError) -> ParsedArguments {
        let options = HelpGenerator.availableOptions(path: path)
        let knownNames = options.map { "--\($0.name)" } + ["--help"]
        var parsed = ParsedArguments()
        var words: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index].token
            index += 1
            let option: Option
            var inlineValue: String?
            switch token {
            case .word(let word):
                words.append(word)
                continue
            case .long(let name, let value):
                guard let match = options.first(where: { $0.name == name }) else {
                    throw .unknownOption("--\(name)", known: knownNames)
                }
                option = match
                inlineValue = value
            case .short(let letter):
                guard let match = options.first(where: { $0.short == letter }) else {
                    throw .unknownOption("-\(letter)", known: knownNames)
                }
                option = match
            }
            if option.isFlag {
                guard inlineValue == nil else { throw UsageError("The flag '--\(option.name)' takes no value.") }
                parsed.add(flag: option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < tokens.count, let next = tokens[index].valueText {
                value = next
                index = Self.end(ofArgumentAt: index, in: tokens)
            } else {
                throw .missingValue(option.name)
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw .invalidValue(value, for: option.name, allowed: allowed)
            }
            if !option.isRepeatable, parsed.values[option.name] != nil {
                throw UsageError("The option '--\(option.name)' was given more than once.")
            }
            parsed.add(value: value, for: option.name)
        }
        let declared = path.last?.arguments ?? []
        guard words.count <= declared.count else {
            throw UsageError("Unexpected argument '\(words[declared.count])'.")
        }
        for (offset, argument) in declared.enumerated() {
            if offset < words.count {
                parsed.set(argument: words[offset], for: argument.name)
            } else if !argument.isOptional {
                throw UsageError("Missing expected argument '<\(argument.name.lowercased())>'.")
            }
        }
        return parsed
    }
}
