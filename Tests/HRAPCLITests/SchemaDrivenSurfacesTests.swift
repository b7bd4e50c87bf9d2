import CLIKit
import Foundation
import HRAPCore
@testable import HRAPCLI
import HRAPReports
@testable import HRAPWeb
import JSONCoding
import Testing

/// A field declared once in a record schema appears on every surface: the web form, the command line's options, the
/// record as the plan file and the API read and write it, and the JSON Schema. Proved with a record type and a field
/// that exist only in this test.
@Suite struct SchemaDrivenSurfacesTests {
    struct Pilot: IdentifiedRecord {
        var code = ""
        var title = ""
        var district: String?
        static let schema = RecordSchema<Pilot>(
            entity: "pilot",
            fields: [
                .required("code", \.code, .code, help: "A code."),
                .required("title", \.title, .text, help: "A title."),
                .optional("pilot_district", \.district, .text, help: "The district where it is tried first."),
            ])
        static var collection: String { "pilots" }
    }

    @Test func aFieldAddedToASchemaAppearsOnEverySurface() throws {
        let text = try String(
            contentsOfFile: EmbeddedTemplatesTests.root.path + "/templates/locales/en.json", encoding: .utf8)
        let english = try ReportLocale(language: "en", json: try JSONParser.parse(text))
        let form = RecordForm.form(Pilot.self, nil, choices: [:], english)
        let field = try #require(form.fields.first { $0.name == "pilot_district" })
        #expect(field.label == "Pilot district" && field.hint == "The district where it is tried first.")

        let context = CommandContext(
            io: ConsoleIO(out: { _ in }, err: { _ in }), clock: { Timestamp(secondsSince1970: 0) },
            workingDirectory: "/")
        let command = EntityCommands<Pilot>(
            name: "pilot", abstract: "Pilots.", context: context, isPlanScoped: true, identity: ["code"],
            columns: ["code"], examples: [:], load: { _, _ in [] }
        ).command()
        let create = try #require(command.subcommands.first { $0.name == "create" })
        #expect(create.options.contains { $0.name == "pilot-district" })

        let (read, problems) = Pilot.schema.decode(
            .object([("code", .string("p1")), ("title", .string("T")), ("pilot_district", .string("North"))]), path: "$"
        )
        #expect(problems.isEmpty && read.district == "North")
        #expect(Pilot.schema.encode(read)["pilot_district"] == .string("North"))

        let schema = Pilot.schema.jsonSchema()
        #expect(schema["properties"]?["pilot_district"] != nil)
    }
}
