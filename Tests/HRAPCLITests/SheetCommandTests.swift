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
                == "Imported examples/csv/measurements-2026-q1.csv: 7 rows; 7 inserted, 0 corrected, 0 unchanged.\n")
        #expect(first.err.isEmpty, "no progress output when stderr is not a terminal")
        let again = session.run(
            "import-csv", "measurements", "examples/csv/measurements-2026-q1.csv", environment: plan)
        #expect(again.out.hasSuffix("0 inserted, 0 corrected, 7 unchanged.\n"))
        #expect(
            session.run("measurement", "list", "--indicator", "3.1.b", "-f", "csv", environment: plan).out.contains(
                ",83.5,"))
    }

    @Test(arguments: ["measurements", "progress", "budget", "indicators"])
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

    @Test func exitCodesAndMessages() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        #expect(session.run("import-csv", "measurements", "missing.csv", environment: plan).code == 66)
        let kind = session.run("import-csv", "weather", "x.csv", environment: plan)
        #expect(kind.code == 64)
        #expect(
            kind.err.hasPrefix(
                "Error: The value 'weather' is invalid for '<kind>'. Expected one of: measurements, progress, budget, indicators."
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
        #expect(rows.first == "action;date;status;percent_complete;narrative;evidence_urls;public")
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ";")[1] >= "2025-01-01" })
        #expect(rows.count > 1)
    }
}
