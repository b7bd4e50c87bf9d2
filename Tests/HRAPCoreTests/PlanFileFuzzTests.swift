import Foundation
import HRAPCore
import JSONCoding
import SeededRandom
import Testing

/// Seeded structural mutations of the bundled example: every mutated plan file decodes to problems with JSON paths
/// (or to no problem), never traps, and a value it accepts is finite and within range.
@Suite struct PlanFileFuzzTests {
    static let hostile: [JSONValue] = [
        .string("="), .string(""), .string("0x10"), .string("1e400"), .string("2024-02-30"), .string("\u{0}"),
        .string(String(repeating: "é", count: 10_000)), .number(1e300), .number(-1e16), .number(-0.0), .integer(.max),
        .integer(.min), .bool(true), .null, .array([]), .object([]), .array([.array([.array([])])]),
        .object([("=", .string("="))]), .string("../../etc/passwd"), .string("'; DROP TABLE plans; --"),
    ]

    /// The value with the node at a random position replaced (or removed from its object).
    static func mutate(_ value: JSONValue, _ random: inout SplitMix64, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var members) where !members.isEmpty && (depth < 2 || random.next(below: 3) > 0):
            let index = random.next(below: members.count)
            if random.next(below: 8) == 0 {
                members.remove(at: index)
            } else {
                members[index].1 = mutate(members[index].1, &random, depth: depth + 1)
            }
            return .object(members)
        case .array(var elements) where !elements.isEmpty && random.next(below: 4) > 0:
            let index = random.next(below: elements.count)
            elements[index] = mutate(elements[index], &random, depth: depth + 1)
            return .array(elements)
        default:
            return hostile[random.next(below: hostile.count)]
        }
    }

    @Test func mutatedPlanFilesDecodeToPositionedProblemsNeverTrap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/aldermoor-plan.json")
        let original = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        #expect(PlanFile.decode(original).1.isEmpty)
        var random = SplitMix64(seed: 2_718)
        var refused = 0
        for _ in 0..<150 {
            var mutated = original
            for _ in 0..<(1 + random.next(below: 3)) { mutated = Self.mutate(mutated, &random) }
            let (file, problems) = PlanFile.decode(mutated)
            refused += problems.isEmpty ? 0 : 1
            for problem in problems { #expect(problem.path.hasPrefix("$"), "\(problem)") }
            if problems.isEmpty {
                let values = file.measurements.compactMap(\.value) + file.budgetLines.compactMap(\.planned)
                #expect(values.allSatisfy { $0.isFinite && $0.magnitude <= DecimalText.maximumMagnitude })
            }
        }
        #expect(refused > 75, "most mutations are caught: \(refused)")
    }
}
