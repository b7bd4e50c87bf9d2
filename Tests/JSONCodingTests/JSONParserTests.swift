import JSONCoding
import Testing

@Suite struct JSONParserTests {
    @Test func parsesEveryKindAndKeepsMemberOrder() throws {
        let value = try JSONParser.parse(
            #"{"z": 1, "a": [true, false, null], "m": -2.5e1, "s": "\u00e9\n\ud83d\ude00"}"#)
        #expect(value.members?.map(\.0) == ["z", "a", "m", "s"])
        #expect(value["z"] == .integer(1))
        #expect(value["a"] == .array([.bool(true), .bool(false), .null]))
        #expect(value["m"] == .number(-25))
        #expect(value["s"] == .string("é\n😀"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a member name in quotes"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("{\n  \"a\": tru\n}", 2, 8, "unexpected character, expected a value"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate member name \"a\""),
        ("\"open", 1, 1, "unterminated string"),
        ("01", 1, 1, "leading zeros are not allowed"),
        ("1 2", 1, 3, "unexpected text after the JSON value"),
        ("\"\\ud800\"", 1, 8, "unpaired surrogate in \\u escape"),
    ])
    func reportsSyntaxErrorsWithPosition(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: JSONParser.SyntaxError(line: line, column: column, reason: reason)) {
            try JSONParser.parse(text)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func limitsNestingDepth() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
    }
}
