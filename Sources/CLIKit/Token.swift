/// One element of a command line after tokenizing.
enum Token: Equatable {
    /// `--name` or `--name=value`.
    case long(String, value: String?)
    /// One letter of `-x` or of a packed `-abc`.
    case short(Character)
    /// A word that is not an option (everything after `--` is one).
    case word(String)

    /// Splits argv into tokens: `--x`, `--x=v`, packed `-abc`, and `--` ending options.
    static func tokenize(_ arguments: [String]) -> [Token] {
        pieces(arguments).map(\.token)
    }

    /// The tokens with the argument each one starts (nil for the second and later letters of a packed `-abc`), so a
    /// value-taking option can take the next argument whole, whatever it looks like (`--value -1e3`, `--name -h`).
    static func pieces(_ arguments: [String]) -> [Piece] {
        var pieces: [Piece] = []
        var optionsEnded = false
        for argument in arguments {
            if optionsEnded {
                pieces.append(Piece(token: .word(argument), argument: argument))
            } else if argument == "--" {
                optionsEnded = true
            } else {
                let tokens = tokens(of: argument)
                pieces += tokens.enumerated().map { Piece(token: $1, argument: $0 == 0 ? argument : nil) }
            }
        }
        return pieces
    }

    private static func tokens(of argument: String) -> [Token] {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            guard let equals = body.firstIndex(of: "=") else { return [.long(String(body), value: nil)] }
            return [.long(String(body[..<equals]), value: String(body[body.index(after: equals)...]))]
        }
        if argument.hasPrefix("-"), argument.count > 1, !argument.dropFirst().allSatisfy(\.isNumberLike) {
            return argument.dropFirst().map { Token.short($0) }
        }
        return [.word(argument)]
    }
}

/// A token and, for the first token of each argument, that argument's whole text.
struct Piece: Equatable {
    let token: Token
    let argument: String?

    /// The text this piece gives as the value of the option before it: a whole argument that does not start with
    /// `--` (so `--name -h` names someone `-h`, while `--plan --format json` is a missing value).
    var valueText: String? {
        guard let argument, !argument.hasPrefix("--") else { return nil }
        return argument
    }
}

extension Character {
    /// Digits and the decimal point, so `-5` and `-0.5` stay words (negative numbers).
    var isNumberLike: Bool { isNumber || self == "." }
}
