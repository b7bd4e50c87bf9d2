import Foundation
import JSONCoding
import SeededRandom
import Testing

/// The stream reader must accept and refuse exactly what the parser does, with the same error at the same line and
/// column, whatever the chunk size: every JSONTestSuite case, on its own and as a member's value and an array's
/// element inside an object, read in chunks from 1 byte to 1 MiB.
@Suite struct JSONStreamReaderTests {
    /// The outcome of reading a document: its value, or the error.
    enum Outcome: Equatable {
        case value(JSONValue)
        case error(JSONParser.SyntaxError)
    }

    static let chunkSizes = [1, 2, 7, 64, 1 << 20]

    static func source(_ bytes: [UInt8], chunk: Int) -> JSONStreamReader.Source {
        JSONStreamReader.source(of: bytes, chunkSize: chunk)
    }

    /// Reads the document through the stream reader: members one by one, arrays in a member element by element.
    static func streamed(_ bytes: [UInt8], chunk: Int) -> Outcome {
        var reader = JSONStreamReader(source: source(bytes, chunk: chunk))
        do {
            guard try reader.enterObject() else {
                let value = try reader.readValue()
                try reader.finish()
                return .value(value)
            }
            var members: [(String, JSONValue)] = []
            while let name = try reader.nextMember() {
                guard try reader.enterArray() else {
                    members.append((name, try reader.readValue()))
                    continue
                }
                var elements: [JSONValue] = []
                while try reader.nextElement() { elements.append(try reader.readValue()) }
                members.append((name, .array(elements)))
            }
            return .value(.object(members))
        } catch let error as JSONParser.SyntaxError {
            return .error(error)
        } catch {
            Issue.record("unexpected error \(error)")
            return .error(JSONParser.SyntaxError(line: 0, column: 0, reason: "\(error)"))
        }
    }

    static func whole(_ bytes: [UInt8]) -> Outcome {
        do { return .value(try JSONParser.parse(bytes)) } catch { return .error(error) }
    }

    static let cases = JSONTestSuiteTests.cases("")

    @Test(arguments: cases)
    func readsAsTheParserDoes(name: String) throws {
        let input = [UInt8](try Data(contentsOf: JSONTestSuiteTests.folder.appendingPathComponent(name)))
        let documents = [
            input, Array("{\"a\": ".utf8) + input + Array("}".utf8),
            Array("{\n \"m\": [1,\n".utf8) + input + Array("],\n\"z\":2}".utf8),
        ]
        for document in documents {
            let expected = Self.whole(document)
            for chunk in Self.chunkSizes {
                #expect(Self.streamed(document, chunk: chunk) == expected, "\(name) in chunks of \(chunk)")
            }
        }
    }

    @Test func membersOfAnObjectAndTheirErrors() {
        let cases: [(String, Outcome)] = [
            ("{\"a\":1,}", .error(.init(line: 1, column: 8, reason: "expected a member name in quotes"))),
            ("{\"a\":1,\n \"a\":2}", .error(.init(line: 2, column: 2, reason: "duplicate member name \"a\""))),
            ("{\"a\":[1,2]} x", .error(.init(line: 1, column: 13, reason: "unexpected text after the JSON value"))),
            ("{\"a\":[1,2", .error(.init(line: 1, column: 10, reason: "unexpected end of input, expected ',' or ']'"))),
            (
                "{\"a\":[1,2],\"b\":{\"c\":[]}}",
                .value(
                    .object([
                        ("a", .array([.integer(1), .integer(2)])), ("b", .object([("c", .array([]))])),
                    ]))
            ),
        ]
        for (text, expected) in cases {
            for chunk in Self.chunkSizes {
                #expect(Self.streamed(Array(text.utf8), chunk: chunk) == expected, "\(text) in chunks of \(chunk)")
            }
        }
    }

    /// A skipped value is passed over without being held: members after a large skipped array still read.
    @Test func skippingPassesOverValues() throws {
        var random = SplitMix64(seed: 7)
        let elements = (0..<2_000).map { index in
            "{\"i\": \(index), \"s\": \"a \\\"quoted\\\" ]} \(random.next(below: 1_000))\"}"
        }
        let text = "{\"big\": [" + elements.joined(separator: ",\n") + "], \"after\": [true, null]}"
        for chunk in [1, 5, 4096] {
            var reader = JSONStreamReader(source: Self.source(Array(text.utf8), chunk: chunk))
            #expect(try reader.enterObject())
            #expect(try reader.nextMember() == "big")
            #expect(try reader.enterArray())
            var count = 0
            while try reader.nextElement() {
                try reader.skipValue()
                count += 1
            }
            #expect(count == 2_000)
            #expect(try reader.nextMember() == "after")
            #expect(try reader.readValue() == .array([.bool(true), .null]))
            #expect(try reader.nextMember() == nil)
        }
    }
}
