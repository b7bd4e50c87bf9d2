import Foundation
import JSONCoding
import Testing

/// Templates read labels as `labels.web_x_y`, the locale's `web.x.y` or `web.x_y` with dots as underscores: two keys
/// that read alike would hide one another, and a label a template names must exist.
@Suite struct TemplateLabelTests {
    static func labels(_ language: String) throws -> [String] {
        let text = try String(contentsOfFile: repositoryRoot + "/templates/locales/\(language).json", encoding: .utf8)
        guard case .object(let members)? = try JSONParser.parse(text)["labels"] else { return [] }
        return members.map(\.0)
    }

    @Test(arguments: ["en", "fr", "de", "es"])
    func noTwoLabelKeysReadAlike(language: String) throws {
        let keys = try Self.labels(language)
        let read = Dictionary(grouping: keys) { $0.replacing(".", with: "_") }
        #expect(read.values.filter { $0.count > 1 }.isEmpty, "\(read.values.filter { $0.count > 1 })")
    }

    @Test func everyLabelATemplateNamesExists() throws {
        let known = Set(try Self.labels("en").map { $0.replacing(".", with: "_") })
        let directory = repositoryRoot + "/templates/web"
        var missing: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            for part in text.components(separatedBy: "{{labels.").dropFirst() {
                let key = String(part.prefix { $0 != "}" })
                if !known.contains(key) { missing.append("\(name): \(key)") }
            }
        }
        #expect(missing.isEmpty, "\(missing)")
    }
}
