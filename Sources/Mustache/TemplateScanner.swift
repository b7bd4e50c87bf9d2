/// Splits a template's source into text and tags, following delimiter changes, and removes the lines that hold only
/// standalone tags (sections, comments, partials, parents, blocks, delimiter changes and whitespace), as the
/// specification requires.
struct TemplateScanner {
    /// What a tag does, by its sigil.
    enum Kind: Equatable {
        case variable(escaped: Bool)
        case section, inverted, close, comment, partial, parent, block, delimiters

        /// Whether the tag may stand alone on a line (and then takes the line's whitespace and newline with it).
        var canStandAlone: Bool {
            if case .variable = self { return false }
            return true
        }
    }

    /// A tag, with the indentation of its line when that line is standalone (or, for a block, the whitespace before
    /// it on its line).
    struct Tag {
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
        var standalone = false
        var indentation = ""
    }

    enum Token {
        case text(String)
        case tag(Tag)
    }

    let name: String
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    init(name: String, source: String) {
        self.name = name
        self.bytes = Array(source.utf8)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    }

    /// The tokens of the template, standalone lines removed.
    func tokens() throws(MustacheError) -> [Token] {
        var result: [Token] = []
        for line in try lines() { result += Self.resolve(line) }
        return result
    }

    /// The raw tokens grouped by line; text is split so that a newline always ends a line's last text.
    private func lines() throws(MustacheError) -> [[Token]] {
        var lines: [[Token]] = [[]]
        func addText(_ start: Int, _ end: Int) {
            var from = start
            for index in start..<end where bytes[index] == UInt8(ascii: "\n") {
                lines[lines.count - 1].append(.text(String(decoding: bytes[from...index], as: UTF8.self)))
                lines.append([])
                from = index + 1
            }
            if from < end { lines[lines.count - 1].append(.text(String(decoding: bytes[from..<end], as: UTF8.self))) }
        }
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var index = 0, textStart = 0
        while index < bytes.count {
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            addText(textStart, index)
            let (tag, end) = try scanTag(at: index, open: open, close: close)
            if tag.kind == .delimiters { (open, close) = try delimiters(tag) }
            lines[lines.count - 1].append(.tag(tag))
            index = end
            textStart = end
        }
        addText(textStart, bytes.count)
        return lines
    }

    /// The tag starting at `start`, and the offset just after it.
    private func scanTag(at start: Int, open: [UInt8], close: [UInt8]) throws(MustacheError) -> (Tag, Int) {
        let (line, column) = position(of: start)
        let contentStart = start + open.count
        let triple = contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: "{") && open == Array("{{".utf8)
        let terminator = triple ? [UInt8(ascii: "}")] + close : close
        guard let closeIndex = find(terminator, from: contentStart) else {
            let excerpt = String(decoding: bytes[start..<min(bytes.count, start + 20)], as: UTF8.self)
            throw MustacheError(.unclosedTag, template: name, line: line, column: column, subject: excerpt)
        }
        let raw = String(decoding: bytes[(triple ? contentStart + 1 : contentStart)..<closeIndex], as: UTF8.self)
        var content = Substring(raw.trimmingSpaces)
        let kind: Kind
        if triple {
            kind = .variable(escaped: false)
        } else {
            switch content.first {
            case "#": kind = .section
            case "^": kind = .inverted
            case "/": kind = .close
            case "!": kind = .comment
            case ">": kind = .partial
            case "<": kind = .parent
            case "$": kind = .block
            case "=": kind = .delimiters
            case "&": kind = .variable(escaped: false)
            default: kind = .variable(escaped: true)
            }
            if kind != .variable(escaped: true) && kind != .delimiters { content = content.dropFirst() }
        }
        let tagName = kind == .delimiters ? String(content) : String(content).trimmingSpaces
        if tagName.isEmpty && kind != .comment {
            throw MustacheError(.emptyTag, template: name, line: line, column: column, subject: "")
        }
        return (Tag(kind: kind, name: tagName, line: line, column: column), closeIndex + terminator.count)
    }

    /// The new delimiters of a `{{=<% %>=}}` tag.
    private func delimiters(_ tag: Tag) throws(MustacheError) -> ([UInt8], [UInt8]) {
        let invalid = MustacheError(
            .invalidDelimiters, template: name, line: tag.line, column: tag.column, subject: tag.name)
        guard tag.name.count >= 3, tag.name.hasPrefix("="), tag.name.hasSuffix("=") else { throw invalid }
        let words = tag.name.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words.allSatisfy({ !$0.contains("=") }) else { throw invalid }
        return (Array(words[0].utf8), Array(words[1].utf8))
    }

    /// A line's tokens: without its whitespace and newline when it holds only standalone tags; a block opened and
    /// closed on one line is inline (the line keeps its newline) and takes the whitespace before it as indentation.
    private static func resolve(_ line: [Token]) -> [Token] {
        var tags: [Tag] = [], blank = true, indentation = ""
        for token in line {
            switch token {
            case .tag(let tag): tags.append(tag)
            case .text(let text):
                if !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
                    blank = false
                }
                if tags.isEmpty { indentation += text }
            }
        }
        let opened = Set(tags.filter { $0.kind == .block }.map(\.name))
        let inlineBlock = tags.contains { $0.kind == .close && opened.contains($0.name) }
        if !tags.isEmpty, blank, !inlineBlock, tags.allSatisfy(\.kind.canStandAlone) {
            let bare = indentation.filter { $0 == " " || $0 == "\t" }
            return tags.map { tag in
                var tag = tag
                (tag.standalone, tag.indentation) = (true, bare)
                return .tag(tag)
            }
        }
        var leading = "", onlyWhitespace = true
        return line.map { token in
            switch token {
            case .text(let text):
                if onlyWhitespace, text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    leading += text
                } else {
                    onlyWhitespace = false
                }
                return token
            case .tag(var tag):
                if tag.kind == .block, onlyWhitespace { tag.indentation = leading }
                onlyWhitespace = false
                return .tag(tag)
            }
        }
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Line and column (1-based; the column counts characters' Unicode scalars) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let scalars = bytes[lineStarts[low]..<offset].filter { $0 & 0xC0 != 0x80 }.count
        return (low + 1, scalars + 1)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
