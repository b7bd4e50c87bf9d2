import HRAPCore
import JSONCoding
import SeededRandom
import Testing

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("12", 12.0), ("-12", -12), ("+3.5", 3.5), (".5", 0.5), ("5.", 5), ("1e3", 1_000), ("-1E-2", -0.01),
        ("1e20", 1e20),
    ])
    func plainDecimalsRead(text: String, value: Double) {
        #expect(DecimalText.number(text) == value)
    }

    @Test(arguments: [
        "0x10", "0X1p3", "inf", "-infinity", "nan", "5\u{0}x", "5 x", " 5", "1,5", "1e", "e3", "-", ".", "1e400",
        "1_000",
        "١٢", "5e+", "--5", "+-5", "0b101", "12abc",
    ])
    func anythingElseIsRefused(text: String) {
        #expect(DecimalText.number(text) == nil)
    }

    @Test(arguments: [
        ("1,5", 1.5), ("1.234,5", 1_234.5), ("-12.345.678,25", -12_345_678.25), ("1.5", 1.5), ("1.2345", 1.2345),
        ("42", 42),
    ])
    func decimalCommaReadsCommasAndGrouping(text: String, value: Double) {
        #expect(DecimalText.number(text, decimalComma: true) == value)
    }

    @Test(arguments: ["1.234", "-12.345", "1.234.567", "1.23,5", "1,2,3", "12.34,5"])
    func decimalCommaRefusesAmbiguousOrMisplacedDots(text: String) {
        #expect(DecimalText.number(text, decimalComma: true) == nil)
    }

    @Test func theNumberCodecRefusesValuesBeyondTheLimitByName() throws {
        let codec = FieldCodec<Double>.number()
        #expect(throws: FieldError.self) { try codec.decode(.number(1e16)) }
        #expect(try codec.decode(.number(1e15)) == 1e15)
        let kind = FieldKind.number.json(fromText: "1e20", .commandLine)
        #expect(kind == .number(1e20), "read, then refused by the codec with the reason")
    }

    @Test(arguments: ["=", "sex=", "=female", "sex=female;=", "a=b=c;;"])
    func malformedDisaggregationsAreTextForTheCodecToRefuse(text: String) {
        let json = FieldKind.dictionary.json(fromText: text, .commandLine)
        if text == "a=b=c;;" {
            #expect(json == .object([("a", .string("b=c"))]))
        } else {
            #expect(json == .string(text))
        }
    }

    /// Seeded mutations of numbers and pairs through every text conversion: no trap, and either a value of the kind or
    /// text the codec refuses.
    @Test func randomTextNeverTrapsAnyConversion() {
        var generator = SplitMix64(seed: 42)
        let pieces = [
            "1", "0", "9", ".", ",", "-", "+", "e", "E", "=", ";", "x", " ", "\u{0}", "é", "0x", "inf", "yes", "{", "}",
            "\"",
        ]
        let kinds: [FieldKind] = [.number, .integer, .bool, .dictionary, .date, .list(.text)]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            for kind in kinds {
                for conventions in [
                    FieldKind.TextConventions.commandLine, .init(listSeparator: ";", decimalComma: true),
                ] {
                    let json = kind.json(fromText: text, conventions)
                    if case .number(let value) = json { #expect(value.isFinite, "\(text)") }
                }
            }
            if let value = DecimalText.number(text, decimalComma: Bool.random(using: &generator)) {
                #expect(value.isFinite)
            }
        }
    }
}
