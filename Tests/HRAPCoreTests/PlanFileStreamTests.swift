import Foundation
import HRAPCore
import JSONCoding
import Testing

/// A plan file read as a stream must read as the same file read whole (``PlanFile/decode(_:)``): the same structure,
/// the same measurements and progress updates in the same order, the same problems, the same syntax error — for the
/// example and for variants with bad rows, sections in another order, sections of the wrong kind, in any chunk size.
@Suite struct PlanFileStreamTests {
    /// What reading a document gave: the file and its problems (sorted), or a syntax error.
    enum Outcome: Equatable {
        case read(PlanFile, problems: [String])
        case syntaxError(JSONParser.SyntaxError)
    }

    static let example: [(String, JSONValue)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/aldermoor-plan.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONParser.parse([UInt8](data)))?.members ?? []
    }()

    static func whole(_ bytes: [UInt8]) -> Outcome {
        do {
            let (file, problems) = PlanFile.decode(try JSONParser.parse(bytes))
            return .read(file, problems: problems.map(\.description).sorted())
        } catch {
            return .syntaxError(error)
        }
    }

    static func streamed(_ bytes: [UInt8], chunk: Int) throws -> Outcome {
        do {
            let stream = try PlanFileStream.read { JSONStreamReader.source(of: bytes, chunkSize: chunk) }
            var file = stream.structure, problems = stream.problems
            try stream.forEachMeasurement { index, measurement, found in
                #expect(index == file.measurements.count)
                problems += found
                file.measurements.append(measurement)
            }
            try stream.forEachProgressUpdate { index, update, found in
                #expect(index == file.progressUpdates.count)
                problems += found
                file.progressUpdates.append(update)
            }
            return .read(file, problems: problems.map(\.description).sorted())
        } catch let error as JSONParser.SyntaxError {
            return .syntaxError(error)
        }
    }

    /// The example with `change` made to the member `name`'s value.
    static func variant(_ name: String, _ change: (inout JSONValue) -> Void) -> JSONValue {
        .object(
            example.map { member, value in
                var value = value
                if member == name { change(&value) }
                return (member, value)
            })
    }

    /// The example with an element's member of a section set to `value` (nil removes it).
    static func row(_ section: String, _ index: Int, _ member: String, _ value: JSONValue?) -> JSONValue {
        variant(section) { rows in
            guard case .array(var elements) = rows, case .object(var members) = elements[index] else { return }
            members.removeAll { $0.0 == member }
            if let value { members.append((member, value)) }
            elements[index] = .object(members)
            rows = .array(elements)
        }
    }

    static let documents: [(String, String)] = {
        let measurements = example.first { $0.0 == "measurements" }?.1.array ?? []
        var reordered = example
        reordered.sort { ($0.0 == "measurements" ? 0 : 1) < ($1.0 == "measurements" ? 0 : 1) }
        let cases: [(String, JSONValue)] = [
            ("the example", .object(example)),
            ("progress sections first", .object(reordered)),
            ("an unknown indicator", row("measurements", 3, "indicator", .string("9.9.z"))),
            ("a value that is no number", row("measurements", 5, "value", .string("many"))),
            (
                "a bad field and an unknown indicator",
                variant("measurements") { rows in
                    rows = .array([.object([("indicator", .string("nope")), ("date", .string("2024-13-01"))])])
                }
            ),
            ("recorded_at without recorded_by", row("measurements", 0, "recorded_by", nil)),
            (
                "a repeated version",
                variant("measurements") { rows in
                    rows = .array(measurements + [measurements[2], measurements[7]])
                }
            ),
            ("an unknown action", row("progress_updates", 4, "action", .string("0.0.0"))),
            ("a bad status", row("progress_updates", 1, "status", .string("sleeping"))),
            ("measurements that are no array", variant("measurements") { $0 = .string("none") }),
            ("progress updates that are null", variant("progress_updates") { $0 = .null }),
            ("empty measurements", variant("measurements") { $0 = .array([]) }),
            (
                "a duplicate indicator code and a bad row",
                variant("indicators") { rows in
                    rows = .array((rows.array ?? []) + [(rows.array ?? [])[0]])
                }
            ),
            ("an unknown section", .object(example + [("extra", .array([.integer(1)]))])),
            ("no object", .array([.object(example)])),
        ]
        return cases.map { ($0.0, JSONWriter.pretty($0.1)) }
    }()

    @Test(arguments: documents.map(\.0))
    func readsAsTheWholeFile(name: String) throws {
        let text = try #require(Self.documents.first { $0.0 == name }?.1)
        let expected = Self.whole(Array(text.utf8))
        for chunk in [3, 4_096, 1 << 20] {
            #expect(try Self.streamed(Array(text.utf8), chunk: chunk) == expected, "\(name), chunks of \(chunk)")
        }
    }

    @Test func variantsShowTheirProblems() throws {
        for (name, text) in Self.documents.dropFirst(2) where !name.hasPrefix("empty") && !name.hasSuffix("null") {
            guard case .read(_, let problems) = try Self.streamed(Array(text.utf8), chunk: 4_096) else {
                Issue.record("\(name) did not read")
                continue
            }
            #expect(!problems.isEmpty, "\(name) shows a problem")
        }
    }

    /// A syntax error is reported where the whole-file parser reports it: outside the progress sections by the first
    /// pass, inside them when their records are read.
    @Test func syntaxErrorsAtTheirPlace() throws {
        let text = Self.documents[0].1
        let measurements = try #require(text.range(of: "\"measurements\": ["))
        let badRow = text.replacingCharacters(in: measurements, with: "\"measurements\": [{\"value\": 1,},")
        let indicators = try #require(text.range(of: "\"indicators\": ["))
        let badStructure = text.replacingCharacters(in: indicators, with: "\"indicators\": [tru,")
        for (document, inRows) in [(badRow, true), (badStructure, false)] {
            let bytes = Array(document.utf8)
            guard case .syntaxError(let expected) = Self.whole(bytes) else {
                Issue.record("the document is meant to be broken")
                continue
            }
            let stream = try? PlanFileStream.read { JSONStreamReader.source(of: bytes, chunkSize: 512) }
            #expect((stream != nil) == inRows)
            #expect(try Self.streamed(bytes, chunk: 512) == .syntaxError(expected))
        }
    }
}
