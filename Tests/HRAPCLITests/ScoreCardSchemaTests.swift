import HRAPCore
import JSONCoding
import Testing

/// The score card's JSON Schema (which the API's document publishes) describes what `hrap score --format json`
/// writes: every member declared and required, none undeclared, each of its type or null where allowed.
@Suite struct ScoreCardSchemaTests {
    /// The problems of `value` against the subset of JSON Schema the schema uses.
    static func problems(_ value: JSONValue, _ schema: JSONValue, at path: String) -> [String] {
        var found: [String] = []
        let types = schema["type"].map { $0.array?.compactMap(\.string) ?? [$0.string ?? ""] } ?? []
        let kind: String =
            switch value {
            case .null: "null"
            case .bool: "boolean"
            case .integer: "integer"
            case .number: "number"
            case .string: "string"
            case .array: "array"
            case .object: "object"
            }
        if !types.isEmpty, !types.contains(kind), !(kind == "integer" && types.contains("number")) {
            found.append("\(path): \(kind), not \(types)")
        }
        if case .object(let members) = value, let properties = schema["properties"]?.members {
            for required in schema["required"]?.array?.compactMap(\.string) ?? []
            where !members.contains(where: { $0.0 == required }) {
                found.append("\(path).\(required) is missing")
            }
            for (name, member) in members {
                if let property = properties.first(where: { $0.0 == name })?.1 {
                    found += problems(member, property, at: path + "." + name)
                } else if schema["additionalProperties"] == .bool(false) || schema["required"] != nil {
                    found.append("\(path).\(name) is not declared")
                }
            }
        }
        if case .array(let items) = value, let item = schema["items"] {
            for (index, element) in items.enumerated() { found += problems(element, item, at: "\(path)[\(index)]") }
        }
        return found
    }

    @Test(arguments: ["hrgl-2024", "hrgl-2023", "hrgl-2022"])
    func theSchemaDescribesEveryScoreCard(framework: String) throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let output = session.run(
            "score", "aldermoor-2023", "--as-of", "2025-12-31", "--format", "json", "--framework", framework)
        let card = try JSONParser.parse(output.out)
        #expect(Self.problems(card, ScoreCard.jsonSchema, at: "$") == [])
        #expect(
            !Self.problems(.object([("plan", .integer(1))]), ScoreCard.jsonSchema, at: "$").isEmpty,
            "the check can fail")
    }
}
