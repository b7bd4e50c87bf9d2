/// Templates by name, rendered with partials and parents looked up among them.
///
/// `html` escapes interpolations (`&`, `<`, `>`, `"`, `'`); `markdown` makes them inert in Markdown
/// (``MarkdownText``); `text` writes them as they are (plain text). Triple mustaches are never escaped.
public struct TemplateLibrary: Sendable {
    /// How interpolations are written: the escaping of the output's destination.
    public enum Mode: Sendable { case html, markdown, text }

    /// The templates' sources, by name.
    public var sources: [String: String]
    public var mode: Mode
    /// How deeply partials and parents may nest before rendering stops with an error.
    public var maximumDepth: Int

    /// A library of named templates.
    public init(sources: [String: String], mode: Mode = .html, maximumDepth: Int = 64) {
        self.sources = sources
        self.mode = mode
        self.maximumDepth = maximumDepth
    }

    /// Renders the template `name` with `value` as its context. A missing template or partial is an error.
    public func render(_ name: String, _ value: MustacheValue) throws(MustacheError) -> String {
        let renderer = TemplateRenderer(library: self)
        let template = try renderer.template(name, indentation: "", from: ("(caller)", 0, 0))
        var output = ""
        var stack = [value]
        try renderer.render(template.nodes, in: template.name, stack: &stack, blocks: [:], depth: 0, into: &output)
        return output
    }

    /// Renders the template `name` with `value` as its context, handing the output to `emit` as it goes, in pieces
    /// of about 64 KiB (a block that a parent overrides is held until it is whole); the pieces together are what
    /// ``render(_:_:)`` returns. A missing template or partial is an error; what was emitted before it is incomplete.
    public func render(_ name: String, _ value: MustacheValue, emit: (String) -> Void) throws(MustacheError) {
        try render(name, value, flushingAt: 1 << 16, emit: emit)
    }

    /// ``render(_:_:emit:)`` emitting once the output holds `size` bytes (tests use small sizes).
    func render(
        _ name: String, _ value: MustacheValue, flushingAt size: Int, emit: (String) -> Void
    ) throws(MustacheError) {
        try withoutActuallyEscaping(emit) { emit throws(MustacheError) in
            let renderer = TemplateRenderer(library: self, emit: emit, flushSize: size)
            let template = try renderer.template(name, indentation: "", from: ("(caller)", 0, 0))
            var output = ""
            var stack = [value]
            try renderer.render(
                template.nodes, in: template.name, stack: &stack, blocks: [:], depth: 0, into: &output)
            if !output.isEmpty { emit(output) }
        }
    }

    /// Parses every template, so that a syntax error surfaces before anything is rendered; returns the first error.
    public func validate() throws(MustacheError) {
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) { _ = try Template(name: name, source: source) }
    }
}
