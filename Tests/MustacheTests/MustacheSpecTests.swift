import Foundation
import JSONCoding
import Testing

@testable import Mustache

/// One case of the official Mustache specification (`../shared/mustache-spec`, MIT licence).
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let data: MustacheValue
    let template: String
    let partials: [String: String]
    let expected: String

    var testDescription: String { "\(file): \(name)" }
}

/// Every case of the required modules (interpolation, sections, inverted, comments, partials, delimiters) and of the
/// optional inheritance module. Left out: the optional `~dynamic-names` and `~lambdas` modules (hrap's templates need
/// neither; data is a typed tree without code). One case is answered differently on purpose, see
/// ``casesAnsweredDifferently``.
@Suite struct MustacheSpecTests {
    static let modules = [
        "interpolation", "sections", "inverted", "comments", "partials", "delimiters", "~inheritance",
    ]

    /// Cases whose expected output hrap deliberately does not produce, with the reason.
    static let casesAnsweredDifferently = [
        "partials: Failed Lookup": "a missing partial is an error in hrap (a report must not silently lose a section)"
    ]

    static let cases: [SpecCase] = modules.flatMap { module -> [SpecCase] in
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "shared/mustache-spec/\(module).json")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let json = try? JSONParser.parse(text),
            case .array(let tests)? = json["tests"]
        else { return [] }
        return tests.map { test in
            var partials: [String: String] = [:]
            if case .object(let members)? = test["partials"] {
                for (key, value) in members { if case .string(let source) = value { partials[key] = source } }
            }
            return SpecCase(
                file: module.replacing("~", with: ""), name: test["name"]?.stringValue ?? "",
                data: mustacheValue(test["data"] ?? .null), template: test["template"]?.stringValue ?? "",
                partials: partials, expected: test["expected"]?.stringValue ?? "")
        }
    }

    static func mustacheValue(_ json: JSONValue) -> MustacheValue {
        switch json {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let number): .number(Double(number))
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array(let items): .list(items.map(mustacheValue))
        case .object(let members):
            .object(Dictionary(members.map { ($0.0, mustacheValue($0.1)) }, uniquingKeysWith: { $1 }))
        }
    }

    @Test func everyModuleIsRead() {
        #expect(
            Set(Self.cases.map(\.file)).count == Self.modules.count,
            "a spec file is missing from ../shared/mustache-spec")
        #expect(Self.cases.count >= 150)
    }

    @Test(arguments: cases)
    func specCase(_ spec: SpecCase) throws {
        let library = TemplateLibrary(sources: spec.partials.merging(["(test)": spec.template]) { first, _ in first })
        if let reason = Self.casesAnsweredDifferently[spec.testDescription] {
            #expect(throws: MustacheError.self, "\(reason)") { try library.render("(test)", spec.data) }
            return
        }
        #expect(try library.render("(test)", spec.data) == spec.expected)
        for size in [1, 7] {
            var pieces: [String] = []
            try library.render("(test)", spec.data, flushingAt: size) { pieces.append($0) }
            #expect(pieces.joined() == spec.expected, "streamed, emitted at \(size) bytes")
            #expect(pieces.allSatisfy { !$0.isEmpty })
        }
    }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
