import Foundation
import HRAPCore
import JSONCoding
import Testing

/// A shipped framework, read from templates/frameworks.
func shippedFramework(_ id: String) throws -> Framework {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("templates/frameworks/\(id).json")
    let (framework, problems) = Framework.schema.decode(
        try JSONParser.parse(try String(contentsOf: url, encoding: .utf8)), path: "$")
    precondition(problems.isEmpty, "\(id) must be valid: \(problems)")
    return framework
}

@Suite struct FrameworkTests {
    @Test func theShippedFrameworksAreValidParaphrasesWithTheirEncouragementsInOrder() throws {
        let hrgl2024 = try shippedFramework("hrgl-2024")
        #expect(hrgl2024.encouragements.map(\.number) == Array(1...14))
        #expect(hrgl2024.textStatus == .paraphrase)
        #expect(hrgl2024.textNote.contains("not its official wording"))
        #expect(hrgl2024.encouragements[7].shortTitle == "Anchoring in the budget")
        let hrgl2023 = try shippedFramework("hrgl-2023")
        #expect(hrgl2023.encouragements.map(\.number) == Array(1...12))
        #expect(
            hrgl2023.encouragements.filter(\.criteria.isEmpty).map(\.id) == [
                "procurement", "digital", "impact-assessment", "service-standards",
            ])
    }

    @Test func aBadFrameworkFileListsEveryProblem() throws {
        var json = Framework.schema.encode(try shippedFramework("hrgl-2024"))
        json = json.editing("encouragements") { encouragements in
            guard case .array(var list) = encouragements else { return encouragements }
            list[1] = list[1].setting("number", .integer(1)).setting("id", .string("commitment")).setting(
                "text", .string(" "))
            list[2] = list[2].editing("criteria") { criteria in
                guard case .array(var items) = criteria else { return criteria }
                items[0] = items[0].setting("metric", .string("happiness"))
                return .array(items)
            }
            list[3] = list[3].editing("criteria") { criteria in
                guard case .array(var items) = criteria else { return criteria }
                items[0] = items[0].setting("thresholds", .array([0.5, 0.4, 0.6, 0.7].map(JSONValue.number))).setting(
                    "weight", .number(0))
                items[1] = items[1].setting("thresholds", .array([0.1, 0.2, 0.3, 1.5].map(JSONValue.number)))
                return .array(items)
            }
            list[6] = list[6].editing("criteria") { criteria in
                guard case .array(var items) = criteria else { return criteria }
                items[1] = items[1].setting("thresholds", .array([0.05, 0.15, 0.3].map(JSONValue.number)))
                return .array(items)
            }
            return .array(list)
        }
        let problems = Framework.schema.decode(json, path: "$").1.map(\.description)
        #expect(problems == ["$.encouragements[1].text: must not be empty"])
        let repaired = json.editing("encouragements") { encouragements in
            guard case .array(var list) = encouragements else { return encouragements }
            list[1] = list[1].setting("text", .string("Some text."))
            return .array(list)
        }
        #expect(
            Framework.schema.decode(repaired, path: "$").1.map(\.description) == [
                "$.encouragements[1].number: number 1 is also used by encouragements[0]",
                "$.encouragements[1].id: id 'commitment' is also used by encouragements[0]",
                "$.encouragements[2].criteria[0].metric: unknown metric 'happiness'; see 'hrap framework metrics'",
                "$.encouragements[3].criteria[0].weight: must be greater than 0",
                "$.encouragements[3].criteria[0].thresholds: must increase from level 1 to level 4",
                "$.encouragements[3].criteria[1].thresholds: 1.5 is outside the range of objectives_linked_to_sdg (0.0–1.0)",
                "$.encouragements[6].criteria[1].thresholds: give four values, for levels 1 to 4 (found 3)",
            ])
    }

    @Test func lowerIsBetterMetricsNeedDecreasingThresholds() throws {
        var framework = try shippedFramework("hrgl-2024")
        framework.encouragements[6].criteria[1].thresholds = [0.05, 0.15, 0.3, 0.5]
        let problems = Framework.schema.decode(Framework.schema.encode(framework), path: "$").1.map(\.description)
        #expect(
            problems == [
                "$.encouragements[6].criteria[1].thresholds: must decrease: lower values of active_actions_overdue are better"
            ])
    }
}

extension JSONValue {
    /// A copy of an object with one member replaced or added.
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    /// A copy of an object with one member transformed.
    func editing(_ key: String, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        setting(key, transform(self[key] ?? .null))
    }
}
