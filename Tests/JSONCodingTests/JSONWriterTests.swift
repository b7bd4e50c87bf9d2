import JSONCoding
import Testing

@Suite struct JSONWriterTests {
    @Test func prettyOutputIsStableAndReadsBack() throws {
        let value = JSONValue.object([
            ("name", .string("Tab\t\"quote\" \u{01}")), ("values", .array([.integer(1), .number(0.1)])),
            ("nested", .array([.object([("a", .null)])])), ("empty", .object([])),
        ])
        let text = JSONWriter.pretty(value)
        #expect(
            text == """
                {
                  "name": "Tab\\t\\"quote\\" \\u0001",
                  "values": [1, 0.1],
                  "nested": [
                    {
                      "a": null
                    }
                  ],
                  "empty": {}
                }
                """)
        #expect(try JSONParser.parse(text) == value)
        #expect(JSONWriter.pretty(try JSONParser.parse(text)) == text)
    }

    @Test(arguments: [(100.0, "100"), (-3.0, "-3"), (0.1, "0.1"), (1e20, "1e+20"), (12.345, "12.345")])
    func formatsNumbersShortestFirst(number: Double, text: String) {
        #expect(JSONWriter.format(number) == text)
    }

    @Test func compactHasNoWhitespace() {
        #expect(JSONWriter.compact(.object([("a", .array([.integer(1), .bool(true)]))])) == #"{"a":[1,true]}"#)
    }
}

@Suite struct JSONWriterNonFiniteTests {
    @Test func nonFiniteNumbersAreWrittenAsNullNotTrapped() {
        #expect(JSONWriter.format(.infinity) == "null")
        #expect(JSONWriter.format(-.infinity) == "null")
        #expect(JSONWriter.format(.nan) == "null")
        #expect(JSONWriter.compact(.array([.number(.nan), .number(1e20)])) == "[null,1e+20]")
    }
}
