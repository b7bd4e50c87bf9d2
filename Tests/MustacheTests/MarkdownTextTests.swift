import Mustache
import Testing

/// Interpolations written for Markdown show as the characters typed and make no markup.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("<javascript:alert(1)>", "\\<javascript:alert(1)\\>"),
        ("![i](data:image/png;base64,AAAA)", "\\!\\[i\\](data:image/png;base64,AAAA)"),
        ("*bold* _it_ `code` ~~gone~~ a|b", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b"),
        ("Fish & chips \\ #1", "Fish \\& chips \\\\ \\#1"),
        ("- not a list", "\\- not a list"),
        ("12. not a list", "12\\. not a list"),
        ("line one\nline two\r\n# heading", "line one line two  \\# heading"),
        ("1.1.b on 2025-12-31 (−3.5 %)", "1.1.b on 2025-12-31 (−3.5 %)"),
        ("Straße für alle", "Straße für alle"),
        ("", ""),
    ])
    func textIsEscaped(input: String, expected: String) {
        #expect(MarkdownText.escaped(input) == expected)
    }

    @Test func theMarkdownModeEscapesInterpolationsButNotTheTemplate() throws {
        let library = TemplateLibrary(sources: ["t": "- **{{title}}** {{{raw}}}"], mode: .markdown)
        let rendered = try library.render("t", .object(["title": .string("<b>[x](y)</b>"), "raw": .string("*kept*")]))
        #expect(rendered == "- **\\<b\\>\\[x\\](y)\\</b\\>** *kept*")
    }
}
