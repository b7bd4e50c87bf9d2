import HRAPCore
import Testing

/// What spreadsheet programs do to codes and dates, recognised with words; real codes pass untouched.
@Suite struct SpreadsheetDamageTests {
    @Test(arguments: ["01.01.01", "01.01.2001", "2001-01-01", "1/1/01", "12/31/2001", "1,1", "10,25"])
    func aCodeTurnedIntoADateOrANumberIsRecognised(cell: String) throws {
        let message = try #require(SpreadsheetCell.mangledCode(cell))
        #expect(message.hasPrefix("'\(cell)'") && message.contains("format the column as text"))
    }

    @Test(arguments: [
        "1.1.1", "10.10.10", "2.1.a", "1.10", "SDG 1.2", "ICESCR art. 11", "P1", "2024", "EV1/2", "54.70.02",
        "2001-13-01",
    ])
    func realCodesAreLeftAlone(cell: String) {
        #expect(SpreadsheetCell.mangledCode(cell) == nil)
    }

    @Test func theGuessUndoesWhatAGermanSpreadsheetDid() {
        #expect(SpreadsheetCell.mangledCode("01.01.01")?.contains("(perhaps 1.1.1)") == true)
        #expect(SpreadsheetCell.mangledCode("03.12.2001")?.contains("(perhaps 3.12.1)") == true)
        #expect(SpreadsheetCell.mangledCode("1,10")?.contains("the code 1.10 into a number") == true)
    }

    @Test func daysFirstAreReadOnlyWhereTheConventionsSaySo() {
        let semicolon = FieldKind.TextConventions(listSeparator: ";", decimalComma: true, dayFirstDates: true)
        #expect(FieldKind.date.json(fromText: "31.03.2023", semicolon) == .string("2023-03-31"))
        #expect(FieldKind.date.json(fromText: "1/3/2023", semicolon) == .string("2023-03-01"))
        #expect(FieldKind.date.json(fromText: "03.2023", semicolon) == .string("2023-03"))
        #expect(FieldKind.day.json(fromText: "03.2023", semicolon) == .string("03.2023"), "a day needs its day")
        #expect(FieldKind.date.json(fromText: "31.03.23", semicolon) == .string("31.03.23"), "which century?")
        #expect(FieldKind.date.json(fromText: "31.03/2023", semicolon) == .string("31.03/2023"))
        #expect(FieldKind.date.json(fromText: "2023-03-31", semicolon) == .string("2023-03-31"))
        let comma = FieldKind.TextConventions(listSeparator: ";", decimalComma: false)
        #expect(FieldKind.date.json(fromText: "31.03.2023", comma) == .string("31.03.2023"))
    }
}
