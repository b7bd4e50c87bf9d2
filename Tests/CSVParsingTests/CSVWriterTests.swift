import CSVParsing
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesOnlyFieldsThatNeedIt() {
        let writer = CSVWriter()
        #expect(
            writer.line(["plain", "a,b", "say \"hi\"", "two\nlines", ""])
                == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    @Test func semicolonDialectQuotesSemicolonsNotCommas() {
        let writer = CSVWriter(delimiter: UInt8(ascii: ";"))
        #expect(writer.text([["1,5", "a;b"], ["x", "y"]]) == "1,5;\"a;b\"\r\nx;y\r\n")
    }
}
