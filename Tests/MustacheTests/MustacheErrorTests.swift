import Mustache
import Testing

/// Bad templates give an error naming the template, line and column; nothing renders half.
@Suite struct MustacheErrorTests {
    private func error(_ source: String, partials: [String: String] = [:]) -> MustacheError? {
        do {
            _ = try TemplateLibrary(sources: partials.merging(["page": source]) { first, _ in first }).render(
                "page", [:])
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("Hello {{name", MustacheError.Code.unclosedTag, 1, 7, "{{name"),
        ("a\nb {{#items}}\n{{.}}", .unclosedSection, 2, 3, "items"),
        ("{{#a}}\n  {{/b}}", .unexpectedClose, 2, 3, "b"),
        ("x {{/a}}", .unexpectedClose, 1, 3, "a"),
        ("é ü {{}}", .emptyTag, 1, 5, ""),
        ("{{=<% %>}}", .invalidDelimiters, 1, 1, "=<% %>"),
        ("{{= a b c =}}", .invalidDelimiters, 1, 1, "= a b c ="),
        ("line\n  {{>missing}}", .missingPartial, 2, 3, "missing"),
        ("{{<missing}}{{/missing}}", .missingPartial, 1, 1, "missing"),
    ])
    func aBadTemplateIsAnErrorWithItsPosition(
        source: String, code: MustacheError.Code, line: Int, column: Int, subject: String
    ) {
        let found = error(source)
        #expect(found?.code == code)
        #expect(found?.template == "page")
        #expect(found?.line == line && found?.column == column, "\(String(describing: found))")
        #expect(found?.subject == subject)
    }

    @Test func anErrorInAPartialNamesThePartial() {
        let found = error("{{>row}}", partials: ["row": "ok\n{{#open}}"])
        #expect(found?.description == "row:2:1: the section 'open' is opened here and never closed")
    }

    @Test func aTemplateThatIncludesItselfStopsAtTheDepthLimit() {
        let found = error("{{>page}}")
        #expect(found?.code == .recursionLimit)
        let parents = error("{{<a}}{{/a}}", partials: ["a": "{{<b}}{{/b}}", "b": "{{<a}}{{/a}}"])
        #expect(parents?.code == .recursionLimit)
    }

    @Test func aMissingTopLevelTemplateIsAnError() {
        #expect(throws: MustacheError.self) { try TemplateLibrary(sources: [:]).render("page", [:]) }
    }

    @Test func validateFindsASyntaxErrorBeforeAnythingRenders() {
        let library = TemplateLibrary(sources: ["a": "fine", "b": "{{#x}}"])
        #expect(throws: MustacheError.self) { try library.validate() }
        #expect(throws: Never.self) { try TemplateLibrary(sources: ["a": "{{x}}"]).validate() }
    }

    @Test func textModeWritesValuesAsTheyAre() throws {
        let data: MustacheValue = ["title": "Fish & <chips>", "share": 0.5, "count": 3]
        let text = TemplateLibrary(sources: ["page": "{{title}} {{share}} {{count}}"], mode: .text)
        #expect(try text.render("page", data) == "Fish & <chips> 0.5 3")
        let html = TemplateLibrary(sources: ["page": "{{title}} '{{&title}}'"], mode: .html)
        #expect(try html.render("page", data) == "Fish &amp; &lt;chips&gt; 'Fish & <chips>'")
        #expect(try html.render("page", ["title": "it's \"x\""]) == "it&#39;s &quot;x&quot; 'it's \"x\"'")
    }

    @Test func anEmptyListAndNullAreFalseyAndAnEmptyStringIsNot() throws {
        let library = TemplateLibrary(sources: ["page": "{{#a}}A{{/a}}{{#b}}B{{/b}}{{#c}}C{{/c}}{{^a}}!A{{/a}}"])
        #expect(try library.render("page", ["a": [], "b": .null, "c": ""]) == "C!A")
    }
}
