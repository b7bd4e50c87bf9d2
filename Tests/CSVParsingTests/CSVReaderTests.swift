import CSVParsing
import Testing

@Suite struct CSVReaderTests {
    func read(_ text: String, delimiter: UInt8? = nil) throws -> [[String]] {
        try CSVReader.read(Array(text.utf8), delimiter: delimiter).records.map(\.fields)
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let records = try CSVReader.read(Array("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n".utf8))
            .records
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfLfAndAMissingFinalLineEndAreAllFine() throws {
        #expect(try read("a,b\r\n1,2\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func aTrailingDelimiterEndsWithOneEmptyField() throws {
        #expect(try read("a,\nb,") == [["a", ""], ["b", ""]])
        #expect(try read("a,\"\"") == [["a", ""]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(
            try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("code,value\n".utf8)).records.first?.fields == [
                "code", "value",
            ])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        #expect(try read(",,\n\n\"\",x,\r\n\r\n") == [["", "", ""], ["", "x", ""]])
    }

    @Test func semicolonsAreDetectedFromTheHeaderLine() throws {
        let result = try CSVReader.read(Array("indicator;value;note\n1.1;1,5;\"a;b\"\n".utf8))
        #expect(result.delimiter == UInt8(ascii: ";"))
        #expect(result.records.last?.fields == ["1.1", "1,5", "a;b"])
        #expect(try CSVReader.read(Array("a,b;c\n".utf8)).delimiter == UInt8(ascii: ","))
        #expect(try read("a;b\n", delimiter: UInt8(ascii: ",")) == [["a;b"]])
    }

    @Test func anUnterminatedQuoteNamesTheLineItOpensOn() {
        #expect(
            throws: CSVReader.SyntaxError(line: 2, reason: "a quoted field is not closed before the end of the file")
        ) {
            try read("a,b\n\"open,1\n2,3\n")
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(throws: CSVReader.SyntaxError.self) { try read("\"a\"b,c\n") }
    }

    @Test func invalidUTF8NamesTheLine() {
        #expect(throws: CSVReader.SyntaxError(line: 2, reason: "the text is not valid UTF-8; save the file as UTF-8")) {
            try CSVReader.read(Array("a,b\n".utf8) + [0x66, 0xFF, 0x2C, 0x31, 0x0A])
        }
    }

    @Test func writerOutputReadsBack() throws {
        let rows = [["code", "note"], ["1.1", "He said \"no\", twice\nthen left"], ["", "ünïcødé"]]
        #expect(try read(CSVWriter().text(rows)) == rows)
        #expect(try read(CSVWriter(delimiter: UInt8(ascii: ";")).text(rows)) == rows)
    }
}
