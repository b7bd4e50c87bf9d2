import Foundation
import Testing

@Suite struct SheetCommandTests {
    let plan = ["HRAP_PLAN": "aldermoor-2023"]

    func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func importsAQuarterlyFileOnceAndReportsTheCounts() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let first = session.run(
            "import-csv", "measurements", "examples/csv/measurements-2026-q1.csv", environment: plan)
        #expect(first.code == 0)
        #expect(
            first.out
                == "Imported examples/csv/measurements-2026-q1.csv (read with semicolons, decimal commas, dates as "
                + "2023-03-31 or 31.03.2023): 7 rows; 7 inserted, 0 corrected, 0 unchanged.\n")
        #expect(first.err.isEmpty, "no progress output when stderr is not a terminal")
        let again = session.run(
            "import-csv", "measurements", "examples/csv/measurements-2026-q1.csv", environment: plan)
        #expect(again.out.hasSuffix("0 inserted, 0 corrected, 7 unchanged.\n"))
        #expect(
            session.run("measurement", "list", "--indicator", "3.1.b", "-f", "csv", environment: plan).out.contains(
                ",83.5,"))
    }

    /// What a spreadsheet program does to codes is refused with words, and nothing is written: a code turned into a
    /// date, a code with a decimal comma, and an indicator row that would move it to another objective.
    @Test func codesASpreadsheetMangledAreRefusedAndNothingIsWritten() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let before = session.run("audit", "--limit", "1", "-f", "json").out
        let dated = session.run(
            "import-csv", "progress", try file("action;date;status\n01.01.01;2025-12-31;ongoing\n"), environment: plan)
        #expect(dated.code == 65)
        #expect(dated.err.contains("line 2, action: '01.01.01' looks like a date, not a code"))
        #expect(dated.err.contains("(perhaps 1.1.1)") && dated.err.contains("format the column as text"))
        let comma = session.run(
            "import-csv", "measurements", try file("indicator;date;value\n1,1;2025-12-31;4\n"), environment: plan)
        #expect(comma.code == 65 && comma.err.contains("'1,1' has a decimal comma, not a code"))
        let header = "code,objective,action,name,type,value_type,direction\n"
        let moved = try file(header + "1.1.a,1.2,,People sleeping rough,outcome,number,decrease\n")
        let refused = session.run("import-csv", "indicators", moved, environment: plan)
        #expect(refused.code == 65)
        #expect(refused.err.contains("indicator 1.1.a: objective changed from 1.1 to 1.2; did a spreadsheet turn"))
        #expect(session.run("audit", "--limit", "1", "-f", "json").out == before, "nothing written")
        let asked = session.run("import-csv", "indicators", moved, "--allow-moves", environment: plan)
        #expect(asked.code == 0, "\(asked.err)")
        #expect(session.run("indicator", "show", "1.1.a", "-f", "json", environment: plan).out.contains("\"1.2\""))
    }

    /// A semicolon sheet (German, French, Spanish offices) may write dates day first; a comma sheet may not, since
    /// 03/04/2025 is ambiguous there. Either way the file says how it was read.
    @Test func daysFirstAreReadInSemicolonSheetsOnly() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let german = session.run(
            "import-csv", "measurements", try file("indicator;date;value\n1.1.b;31.03.2026;431,5\n1.1.a;11.2026;30\n"),
            environment: plan)
        #expect(german.code == 0, "\(german.err)")
        #expect(german.out.contains("read with semicolons, decimal commas, dates as 2023-03-31 or 31.03.2023"))
        let listed = session.run("measurement", "list", "--indicator", "1.1.b", "-f", "csv", environment: plan).out
        #expect(listed.contains("2026-03-31") && listed.contains("431.5"))
        let english = session.run(
            "import-csv", "measurements", try file("indicator,date,value\n1.1.b,31.03.2026,431\n"), environment: plan)
        #expect(english.code == 65 && english.err.contains("line 2, date"))
    }

    /// The semicolon export starts with a byte order mark (Excel reads UTF-8 by it) and imports back unchanged.
    @Test func theSemicolonExportHasAByteOrderMarkAndImportsBack() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let exported = session.run("export-csv", "indicators", "--delimiter", ";", environment: plan).out
        #expect(exported.hasPrefix("\u{FEFF}code;objective;"))
        #expect(!session.run("export-csv", "indicators", environment: plan).out.hasPrefix("\u{FEFF}"))
        let again = session.run("import-csv", "indicators", try file(exported), environment: plan)
        #expect(again.code == 0 && again.out.contains(" 0 inserted, 0 updated, "), "\(again.err)")
    }

    @Test(arguments: ["measurements", "progress", "budget", "indicators", "commitments"])
    func theExampleSheetsImportBackUnchanged(kind: String) {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let result = session.run("import-csv", kind, "examples/csv/\(kind).csv", environment: plan)
        #expect(result.code == 0)
        #expect(result.out.contains(" 0 inserted, 0 "))
        // The measurements file on disk holds the values from 2025 on (exported with --since 2025-01-01).
        let since = kind == "measurements" ? ["--since", "2025-01-01"] : []
        let exported = session.run(["export-csv", kind] + since, environment: plan)
        let onDisk = (try? String(contentsOfFile: session.root + "/examples/csv/\(kind).csv", encoding: .utf8)) ?? ""
        #expect(!onDisk.isEmpty)
        #expect(exported.out == onDisk)
    }

    /// A commitments sheet names continuing measures of the plan and shares of 0–100; a bad file writes nothing and
    /// lists every bad row.
    @Test func aCommitmentsSheetIsCheckedAgainstThePlan() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("c-\(UUID().uuidString).csv").path
        try "action,year,commitments,percent_met\n1.1.1,2025,x,50\n4.1.3,2026,y,140\n9.9,2026,z,\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let before = session.run(["export-csv", "commitments"], environment: plan).out
        let refused = session.run(["import-csv", "commitments", path], environment: plan)
        #expect(refused.code == 65)
        #expect(refused.err.contains("line 2, action: measure '1.1.1' is not continuing"))
        #expect(refused.err.contains("line 3, percent_met: 140 is outside 0–100"))
        #expect(refused.err.contains("line 4, action: the plan has no measure '9.9'"))
        #expect(session.run(["export-csv", "commitments"], environment: plan).out == before)
        try "action,year,commitments,percent_met\n4.1.3,2025,\"Holiday activities, 20 days\",95\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let corrected = session.run(["import-csv", "commitments", path], environment: plan)
        #expect(corrected.out.contains("0 inserted, 1 corrected, 0 unchanged"), "\(corrected.out)\(corrected.err)")
    }

    @Test func exitCodesAndMessages() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        #expect(session.run("import-csv", "measurements", "missing.csv", environment: plan).code == 66)
        let kind = session.run("import-csv", "weather", "x.csv", environment: plan)
        #expect(kind.code == 64)
        #expect(
            kind.err.hasPrefix(
                "Error: The value 'weather' is invalid for '<kind>'. Expected one of: measurements, progress, budget, indicators, commitments."
            ))
        #expect(session.run("export-csv", "budget", "--since", "last year", environment: plan).code == 64)
        let bad = try file(
            "indicator,date,value\n" + (1...60).map { "1.1.a,2025-01-\(10 + $0 % 18),x\($0)" }.joined(separator: "\n"))
        let result = session.run("import-csv", "measurements", bad, environment: plan)
        #expect(result.code == 65)
        #expect(
            result.err.hasPrefix(
                "Error: \(bad) has 60 problems; nothing was written:\n  line 2, value: expected a number, found 'x1'\n")
        )
        #expect(result.err.hasSuffix("  … and 10 more problems\n"))
        #expect(result.err.split(separator: "\n").count == 52)
    }

    @Test func exportSinceKeepsLaterRows() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let rows = session.run("export-csv", "progress", "--since", "2025-01-01", "--delimiter", ";", environment: plan)
            .out.split(separator: "\r\n")
        #expect(rows.first == "\u{FEFF}action;date;status;percent_complete;narrative;evidence_urls;public")
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ";")[1] >= "2025-01-01" })
        #expect(rows.count > 1)
    }
}
