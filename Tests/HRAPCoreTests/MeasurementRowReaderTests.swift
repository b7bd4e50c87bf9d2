import HRAPCore
import Testing

/// The bulk reader must read every row exactly as the generic sheet does: same measurement, same problems.
@Suite struct MeasurementRowReaderTests {
    static let headers: [[String]] = [
        ["indicator", "period_start", "date", "disaggregation", "value", "source", "note", "evidence_url", "public"],
        ["Value", "Date", "Indicator", "public", "note"],
    ]

    static let rows: [[String: String]] = [
        ["indicator": "1.1.a", "date": "2025-03-31", "value": "42"],
        [
            "indicator": " 1.1.a ", "period_start": "2025-01-01", "date": "2025-03-31", "value": "42.5",
            "source": "Register", "public": "no",
        ],
        ["indicator": "1.1.a", "date": "2025-03-31", "value": "1,5", "disaggregation": "sex=female; age=65+"],
        [
            "indicator": "1.1.a", "date": "2025-03-31", "value": "yes", "note": "  a note  ",
            "evidence_url": "https://x.org/e",
        ],
        ["indicator": "", "date": "2025-02-30", "value": "abc"],
        ["indicator": "a,b", "period_start": "2025-04-01", "date": "2025-03-31", "value": "1"],
        ["indicator": "1.1.a", "period_start": "2025-04-01", "date": "2025-03-31", "value": "1"],
        ["indicator": "1.1.a", "date": "2025-03-31", "value": "inf", "evidence_url": "ftp://x", "public": "maybe"],
        ["indicator": "1.1.a", "date": "", "value": "", "disaggregation": "sex="],
    ]

    @Test(arguments: headers)
    func readsEveryRowAsTheGenericSheetDoes(header: [String]) {
        let sheet = SheetFormats.measurements
        for delimiterIsSemicolon in [false, true] {
            let conventions = FieldKind.TextConventions(listSeparator: ";", decimalComma: delimiterIsSemicolon)
            let (columns, headerProblems) = sheet.header(header, line: 1)
            #expect(headerProblems.isEmpty)
            let reader = MeasurementRowReader(header: columns, conventions)
            for (index, row) in Self.rows.enumerated() {
                let cells = columns.fields.map { row[$0.name] ?? "" }
                let generic = sheet.record(cells: cells, header: columns, line: index + 2, conventions)
                let fast = reader.read(cells, line: index + 2)
                #expect(fast.1 == generic.1, "row \(index) problems")
                if generic.1.isEmpty { #expect(fast.0 == generic.0, "row \(index) measurement") }
            }
            #expect(
                reader.read(["1"], line: 9).1 == sheet.record(cells: ["1"], header: columns, line: 9, conventions).1)
        }
    }

    @Test func reportsTheProblemsOfABadRow() {
        let (columns, _) = SheetFormats.measurements.header(["indicator", "date", "value", "public"], line: 1)
        let reader = MeasurementRowReader(
            header: columns, FieldKind.TextConventions(listSeparator: ";", decimalComma: false))
        #expect(
            reader.read(["", "2025-02-30", "abc", "maybe"], line: 7).1.map(\.description) == [
                "line 7, indicator: is required",
                "line 7, date: expected a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY) that exists, found '2025-02-30'",
                "line 7, value: expected a number, found 'abc'",
                "line 7, public: expected true or false, found 'maybe'",
            ])
    }
}
