/// A parsed template: its name and a tree of nodes.
public struct Template: Sendable {
    /// A block's content as a parent tag gives it, and the indentation to remove from it (its first line's, when its
    /// opening tag stands alone).
    struct BlockOverride: Sendable {
        var nodes: [Node]
        var indentation: String
    }

    /// A `{{$name}}` block where a template defines it.
    struct Block: Sendable {
        var name: String
        var children: [Node]
        /// Whether the opening tag stands alone on its line (the line is removed).
        var standalone: Bool
        /// The whitespace before the opening tag on its line.
        var tagIndentation: String
    }

    /// A name a variable or section looks up: `.`, a plain name, or a dotted path, split once when parsed.
    struct Name: Sendable {
        let parts: [String]

        init(_ text: String) {
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool, line: Int, column: Int)
        case section(Name, inverted: Bool, [Node])
        case partial(String, indentation: String, line: Int, column: Int)
        case parent(String, blocks: [String: BlockOverride], indentation: String, line: Int, column: Int)
        case block(Block)
    }

    /// The template's name, used in errors.
    public let name: String
    let nodes: [Node]

    /// Parses a template; errors name the template, line and column.
    public init(name: String, source: String) throws(MustacheError) {
        self.name = name
        var tokens = try TemplateScanner(name: name, source: source).tokens()[...]
        nodes = try Self.parse(&tokens, until: nil, template: name)
    }

    /// Nodes up to the tag that closes `open` (or the end, when `open` is nil).
    private static func parse(
        _ tokens: inout ArraySlice<TemplateScanner.Token>, until open: TemplateScanner.Tag?, template: String
    ) throws(MustacheError) -> [Node] {
        var nodes: [Node] = []
        while let token = tokens.popFirst() {
            guard case .tag(let tag) = token else {
                if case .text(let text) = token { nodes.append(.text(text)) }
                continue
            }
            switch tag.kind {
            case .variable(let escaped):
                nodes.append(.variable(Name(tag.name), escaped: escaped, line: tag.line, column: tag.column))
            case .comment, .delimiters: break
            case .close:
                guard let open, open.name == tag.name else {
                    throw MustacheError(
                        .unexpectedClose, template: template, line: tag.line, column: tag.column, subject: tag.name)
                }
                return nodes
            case .section, .inverted:
                let children = try parse(&tokens, until: tag, template: template)
                nodes.append(.section(Name(tag.name), inverted: tag.kind == .inverted, children))
            case .partial:
                nodes.append(
                    .partial(
                        tag.name, indentation: tag.standalone ? tag.indentation : "", line: tag.line, column: tag.column
                    ))
            case .parent:
                let children = try parse(&tokens, until: tag, template: template)
                nodes.append(
                    .parent(
                        tag.name, blocks: overrides(children), indentation: tag.standalone ? tag.indentation : "",
                        line: tag.line, column: tag.column))
            case .block:
                let children = try parse(&tokens, until: tag, template: template)
                nodes.append(
                    .block(
                        Block(
                            name: tag.name, children: children, standalone: tag.standalone,
                            tagIndentation: tag.indentation)))
            }
        }
        if let open {
            throw MustacheError(
                .unclosedSection, template: template, line: open.line, column: open.column, subject: open.name)
        }
        return nodes
    }

    /// The blocks a parent tag overrides (text and other tags inside it are ignored).
    private static func overrides(_ children: [Node]) -> [String: BlockOverride] {
        var blocks: [String: BlockOverride] = [:]
        for case .block(let block) in children {
            let indentation = block.standalone ? intrinsicIndentation(block.children) ?? "" : ""
            blocks[block.name] = BlockOverride(nodes: block.children, indentation: indentation)
        }
        return blocks
    }

    /// The indentation of a block's first line of content, when it begins with text.
    static func intrinsicIndentation(_ nodes: [Node]) -> String? {
        guard case .text(let text)? = nodes.first else { return nil }
        return String(text.prefix { $0 == " " || $0 == "\t" })
    }
}
