import Foundation
import HRAPCore
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

    /// Every field a generated form shows, as `entity.field`: the plan's sections, the plan and government, and the
    /// review forms' records; not the stamps the service writes.
    static let formFields: Set<String> = {
        func names<R: Record>(_ type: R.Type) -> [String] {
            R.schema.fields.map { "\(R.schema.entity).\($0.name)" }
        }
        let stamps: Set = ["recorded_at", "recorded_by", "created_at", "invited_at"]
        let types: [any Record.Type] =
            PlanFile.recordSections + [
                Plan.self, Government.self, Reviewer.self, Recommendation.self, RecommendationResponse.self,
            ]
        return Set(types.flatMap { names($0) }).filter { key in
            !stamps.contains(String(key.split(separator: ".")[1]))
                && !["plan.published", "plan.requires_approval"].contains(key)
        }
    }()

    /// A form's hints come from the locale's `hints` in every language but English (the schemas' own help): each
    /// field a form shows has one, and none names a field that is gone.
    @Test(arguments: ["fr", "de", "es"])
    func everyFormFieldHasAHintInTheLanguage(language: String) throws {
        let text = try String(contentsOfFile: repositoryRoot + "/templates/locales/\(language).json", encoding: .utf8)
        let hints = Set((try JSONParser.parse(text)["hints"]?.members ?? []).map(\.0))
        #expect(Self.formFields.subtracting(hints).sorted() == [], "fields without a hint")
        #expect(hints.subtracting(Self.formFields).sorted() == [], "hints of no field")
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
