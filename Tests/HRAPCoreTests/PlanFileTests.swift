import Foundation
import HRAPCore
import JSONCoding
import Testing

/// The bundled example plan file.
func examplePlanText() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("examples/aldermoor-plan.json")
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct PlanFileTests {
    @Test func theExampleIsValidAndReEncodesToTheSameText() throws {
        let text = try examplePlanText()
        let (file, problems) = PlanFile.decode(try JSONParser.parse(text))
        #expect(problems.isEmpty)
        #expect(file.actions.count == 40)
        #expect(file.indicators.count == 40)
        #expect(JSONWriter.pretty(file.encode()) + "\n" == text)
    }

    @Test func reportsProblemsAcrossRecords() throws {
        var json = try JSONParser.parse(try examplePlanText())
        json = json.replacing(section: "objectives", index: 0, field: "field", with: .string("9"))
        json = json.replacing(section: "actions", index: 1, field: "code", with: .string("1.1.1"))
        json = json.replacing(section: "actions", index: 2, field: "lead_unit", with: .string("NOPE"))
        json = json.replacing(
            section: "measurements", index: 0, field: "disaggregation", with: .object([("religion", .string("x"))]))
        let problems = PlanFile.decode(json).1.map(\.description)
        #expect(problems.contains("$.actions[1]: duplicate code '1.1.1' (first at $.actions[0])"))
        #expect(problems.contains("$.objectives[0].field: no field of action with code '9'"))
        #expect(problems.contains("$.actions[2].lead_unit: no org unit with code 'NOPE'"))
        #expect(problems.contains { $0.hasPrefix("$.measurements[0].disaggregation.religion: indicator") })
    }

    @Test func requiresTheFormatAndKnownSections() throws {
        let problems = PlanFile.decode(.object([("format", .string("other")), ("extras", .array([]))])).1.map(
            \.description)
        #expect(
            problems.prefix(4) == [
                "$.extras: unknown section 'extras'",
                "$.format: must be \"hrap-plan/1\" or \"hrap-plan/2\" or \"hrap-plan/3\"", "$.government: is required",
                "$.plan: is required",
            ])
    }

    @Test func yesNoMeasurementsMustBeOneOrZero() throws {
        var indicator = Indicator()
        indicator.code = "s"
        indicator.valueType = .yesNo
        var measurement = Measurement()
        measurement.indicator = "s"
        measurement.value = 0.5
        #expect(
            PlanValidator.problems(of: measurement, indicator: indicator) { "m.\($0)" }.map(\.description)
                == ["m.value: indicator s is yes/no: give 1 (yes) or 0 (no)"])
    }
}

extension JSONValue {
    /// A copy with one field of one record of a section replaced.
    func replacing(section: String, index: Int, field: String, with value: JSONValue) -> JSONValue {
        guard case .object(var members) = self, let position = members.firstIndex(where: { $0.0 == section }),
            case .array(var records) = members[position].1, case .object(var record) = records[index]
        else { return self }
        record.removeAll { $0.0 == field }
        record.append((field, value))
        records[index] = .object(record)
        members[position].1 = .array(records)
        return .object(members)
    }
}

@Suite struct PlanFileSchemaTests {
    @Test func thePublishedSchemaIsTheOneTheCodeDerives() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("templates/plan-file.schema.json")
        let published = try String(contentsOf: url, encoding: .utf8)
        #expect(
            published == JSONWriter.pretty(PlanFile.jsonSchema()) + "\n",
            "run 'hrap schema > templates/plan-file.schema.json'")
    }

    @Test func theSchemaDescribesEveryFieldAndItsRequiredness() throws {
        let action = Action.schema.jsonSchema()
        #expect(action["properties"]?.members?.map(\.0) == Action.schema.fields.map(\.name))
        #expect(
            action["required"] == .array(["code", "title", "status", "competence"].map(JSONValue.string)))
        #expect(action["properties"]?["status"]?["enum"]?.array?.count == Action.Status.allCases.count)
        #expect(
            Plan.schema.jsonSchema()["properties"]?["documents"]?["items"]?["required"]
                == .array(["title", "url", "language"].map(JSONValue.string)))
    }
}

/// Length limits are part of the field declarations: every surface that decodes a record enforces them, and the JSON
/// Schema publishes them.
@Suite struct FieldLengthLimitTests {
    @Test func aTitleOverItsLimitIsRefusedAndProseHasMoreRoom() throws {
        let limit = try #require(FieldKind.text.maxLength)
        var members: [(String, JSONValue)] = [
            ("code", .string("1.9")), ("field", .string("1")), ("title", .string(String(repeating: "t", count: limit))),
        ]
        #expect(Objective.schema.decode(.object(members), path: "").1.isEmpty, "exactly at the limit")
        members[2].1 = .string(String(repeating: "t", count: limit + 1))
        members.append(("rationale", .string(String(repeating: "r", count: limit + 1))))
        let problems = Objective.schema.decode(.object(members), path: "").1
        #expect(problems.map(\.path) == ["title"], "the rationale is prose, the title is not")
        #expect(problems.first?.code == .outOfRange)
        #expect(problems.first?.message.contains("at most \(limit) characters (\(limit + 1) given)") == true)
    }

    @Test func theSchemaPublishesEveryLimit() throws {
        let properties = try #require(Objective.schema.jsonSchema()["properties"])
        #expect(properties["title"]?["maxLength"] == .integer(Int64(FieldKind.text.maxLength ?? 0)))
        #expect(properties["rationale"]?["maxLength"] == .integer(Int64(FieldKind.longText.maxLength ?? 0)))
        #expect(properties["code"]?["maxLength"] == .integer(64))
    }
}
