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
        var tokens: [Token] = []
        var optionsEnded = false
        for argument in arguments {
            if optionsEnded {
                tokens.append(.word(argument))
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    tokens.append(.long(String(body[..<equals]), value: String(body[body.index(after: equals)...])))
                } else {
                    tokens.append(.long(String(body), value: nil))
                }
            } else if argument.hasPrefix("-"), argument.count > 1, !argument.dropFirst().allSatisfy(\.isNumberLike) {
                tokens.append(contentsOf: argument.dropFirst().map { Token.short($0) })
            } else {
                tokens.append(.word(argument))
            }
        }
        return tokens
    }
}

extension Character {
    /// Digits and the decimal point, so `-5` and `-0.5` stay words (negative numbers).
    var isNumberLike: Bool { isNumber || self == "." }
}
