/// A template that cannot be parsed or rendered, with where: the template's name, line and column (1-based).
public struct MustacheError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable {
        /// A tag opened and never closed (`{{name` without `}}`).
        case unclosedTag = "unclosed_tag"
        /// A section, inverted section, parent or block opened and never closed.
        case unclosedSection = "unclosed_section"
        /// A closing tag that does not close the innermost open section.
        case unexpectedClose = "unexpected_close"
        /// A tag without a name (`{{}}`, `{{#}}`).
        case emptyTag = "empty_tag"
        /// A delimiter change that is not two words without `=` (`{{=<% %>=}}`).
        case invalidDelimiters = "invalid_delimiters"
        /// A partial or parent that the library does not hold.
        case missingPartial = "missing_partial"
        /// Partials or parents nested deeper than the library allows (a template that includes itself).
        case recursionLimit = "recursion_limit"
    }

    public let code: Code
    /// The template's name.
    public let template: String
    public let line: Int
    public let column: Int
    /// The tag or name concerned, e.g. the partial's name or the section left open.
    public let subject: String

    /// Creates an error.
    public init(_ code: Code, template: String, line: Int, column: Int, subject: String) {
        self.code = code
        self.template = template
        self.line = line
        self.column = column
        self.subject = subject
    }

    public var description: String {
        let what: String
        switch code {
        case .unclosedTag: what = "the tag '\(subject)' is not closed"
        case .unclosedSection: what = "the section '\(subject)' is opened here and never closed"
        case .unexpectedClose: what = "'{{/\(subject)}}' closes nothing open here"
        case .emptyTag: what = "a tag has no name"
        case .invalidDelimiters: what = "'\(subject)' is not a delimiter change such as {{=<% %>=}}"
        case .missingPartial: what = "there is no template '\(subject)'"
        case .recursionLimit: what = "templates include each other too deeply at '\(subject)'"
        }
        return "\(template):\(line):\(column): \(what)"
    }
}
