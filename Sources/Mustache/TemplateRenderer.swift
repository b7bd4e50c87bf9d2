/// Renders parsed templates: the context stack, sections, partials with their indentation, and inheritance (parents
/// and blocks, an outer override winning over an inner one).
final class TemplateRenderer {
    private let library: TemplateLibrary
    /// Where the output goes as it is rendered, in pieces of about ``flushSize`` bytes; nil to keep it whole.
    private let emit: ((String) -> Void)?
    /// How many block overrides are being rendered into their own text (to be indented as a whole): while any is,
    /// nothing is emitted.
    private var capturing = 0
    /// The output is emitted once it holds this many bytes.
    private let flushSize: Int
    /// Parsed templates by name and indentation (a standalone partial is its source with every line indented).
    private var cache: [String: Template] = [:]

    init(library: TemplateLibrary, emit: ((String) -> Void)? = nil, flushSize: Int = 1 << 16) {
        self.library = library
        self.emit = emit
        self.flushSize = flushSize
    }

    /// The template `name`, its source indented when it stands for a standalone partial or parent.
    func template(
        _ name: String, indentation: String, from site: (template: String, line: Int, column: Int)
    ) throws(MustacheError) -> Template {
        let key = name + "\u{0}" + indentation
        if let cached = cache[key] { return cached }
        guard let source = library.sources[name] else {
            throw MustacheError(
                .missingPartial, template: site.template, line: site.line, column: site.column, subject: name)
        }
        let template = try Template(
            name: name, source: indentation.isEmpty ? source : Self.indent(source, indentation, firstLine: true))
        cache[key] = template
        return template
    }

    /// Renders `nodes` onto `output`; `stack` is the context stack, pushed and popped in place as sections open and
    /// close (not copied per section or list item).
    func render(
        _ nodes: [Template.Node], in name: String, stack: inout [MustacheValue],
        blocks: [String: Template.BlockOverride], depth: Int, into output: inout String
    ) throws(MustacheError) {
        for node in nodes {
            switch node {
            case .text(let text): output += text
            case .variable(let key, let escaped, _, _):
                let text = Self.lookup(key, in: stack).text
                output += escaped ? Self.escape(text, for: library.mode) : text
            case .section(let key, let inverted, let children):
                let value = Self.lookup(key, in: stack)
                if inverted {
                    if !value.isTruthy {
                        try render(children, in: name, stack: &stack, blocks: blocks, depth: depth, into: &output)
                    }
                } else if case .list(let items) = value {
                    for item in items {
                        try render(children, in: name, pushing: item, onto: &stack, blocks, depth, into: &output)
                    }
                } else if value.isTruthy {
                    try render(children, in: name, pushing: value, onto: &stack, blocks, depth, into: &output)
                }
            case .partial(let partial, let indentation, let line, let column):
                let template = try include(partial, indentation, depth, site: (name, line, column))
                try render(
                    template.nodes, in: template.name, stack: &stack, blocks: blocks, depth: depth + 1, into: &output)
            case .parent(let parent, let overrides, let indentation, let line, let column):
                let template = try include(parent, indentation, depth, site: (name, line, column))
                let merged = overrides.merging(blocks) { _, outer in outer }
                try render(
                    template.nodes, in: template.name, stack: &stack, blocks: merged, depth: depth + 1, into: &output)
            case .block(let block):
                try render(block, in: name, stack: &stack, blocks: blocks, depth: depth, into: &output)
            }
            if capturing == 0, let emit, output.utf8.count >= flushSize {
                emit(output)
                output.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Renders a section's nodes with one more context on the stack, taken off again after.
    private func render(
        _ nodes: [Template.Node], in name: String, pushing context: MustacheValue, onto stack: inout [MustacheValue],
        _ blocks: [String: Template.BlockOverride], _ depth: Int, into output: inout String
    ) throws(MustacheError) {
        stack.append(context)
        defer { stack.removeLast() }
        try render(nodes, in: name, stack: &stack, blocks: blocks, depth: depth, into: &output)
    }

    /// A block: its override, moved from the indentation where it was written to the one where it is expanded, or
    /// its own content.
    private func render(
        _ block: Template.Block, in name: String, stack: inout [MustacheValue],
        blocks: [String: Template.BlockOverride], depth: Int, into output: inout String
    ) throws(MustacheError) {
        guard let override = blocks[block.name] else {
            return try render(block.children, in: name, stack: &stack, blocks: blocks, depth: depth, into: &output)
        }
        var content = ""
        capturing += 1
        defer { capturing -= 1 }
        try render(override.nodes, in: name, stack: &stack, blocks: blocks, depth: depth, into: &content)
        let target =
            block.standalone
            ? Template.intrinsicIndentation(block.children) ?? block.tagIndentation : block.tagIndentation
        output += Self.indent(Self.dedent(content, override.indentation), target, firstLine: block.standalone)
    }

    private func include(
        _ name: String, _ indentation: String, _ depth: Int, site: (template: String, line: Int, column: Int)
    ) throws(MustacheError) -> Template {
        guard depth < library.maximumDepth else {
            throw MustacheError(
                .recursionLimit, template: site.template, line: site.line, column: site.column, subject: name)
        }
        return try template(name, indentation: indentation, from: site)
    }

    /// `.` is the top of the stack; `a.b.c` finds `a` up the stack, then `b` and `c` inside it only.
    static func lookup(_ name: Template.Name, in stack: [MustacheValue]) -> MustacheValue {
        guard let first = name.parts.first else { return stack.last ?? .null }
        guard var current = find(first, in: stack) else { return .null }
        for part in name.parts.dropFirst() {
            guard let next = current[part] else { return .null }
            current = next
        }
        return current
    }

    /// The innermost context on the stack that has `name`: its value.
    private static func find(_ name: String, in stack: [MustacheValue]) -> MustacheValue? {
        var index = stack.endIndex
        while index > stack.startIndex {
            index -= 1
            if let value = stack[index][name] { return value }
        }
        return nil
    }

    /// An interpolation written for the library's destination.
    static func escape(_ text: String, for mode: TemplateLibrary.Mode) -> String {
        switch mode {
        case .html: HTMLText.escaped(text)
        case .markdown: MarkdownText.escaped(text)
        case .text: text
        }
    }

    /// Every line prefixed (the first only when `firstLine`); nothing is added after a final newline.
    static func indent(_ text: String, _ prefix: String, firstLine: Bool) -> String {
        guard !prefix.isEmpty, !text.isEmpty else { return text }
        var result = firstLine ? prefix : ""
        var characters = text[...]
        while let newline = characters.firstIndex(of: "\n") {
            result += characters[...newline]
            characters = characters[characters.index(after: newline)...]
            if !characters.isEmpty { result += prefix }
        }
        return result + characters
    }

    /// Every line that begins with `prefix`, without it.
    static func dedent(_ text: String, _ prefix: String) -> String {
        guard !prefix.isEmpty else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : String($0) }
            .joined(separator: "\n")
    }
}
