import Foundation
import HRAPCore
import SQLiteStore
import Testing

/// A session whose database holds the bundled example.
func imported() -> Session {
    let session = Session()
    session.run("import", "examples/aldermoor-plan.json")
    return session
}

/// A file in the temporary directory holding `text`.
func temporaryFile(_ text: String, _ suffix: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID().uuidString).\(suffix)")
    try Data(text.utf8).write(to: url)
    return url.path
}

/// Inputs that once trapped the process or destroyed data: each now gets a clear error and changes nothing.
@Suite struct HostileInputTests {
    @Test(arguments: ["=", "sex=", "=female", ";", "sex=female;="])
    func malformedDisaggregationsAreRefusedNotTrapped(text: String) throws {
        let session = imported()
        let before = session.run("export", "aldermoor-2023").out
        let option = session.run(
            "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "1.1.a", "--date", "2026-03-31",
            "--value", "5",
            "--disaggregation", text)
        #expect(option.code == 65)
        #expect(option.err.contains("--disaggregation"))
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("d-\(UUID().uuidString).csv")
        try Data("indicator,date,value,disaggregation\n1.1.a,2026-03-31,5,\"\(text)\"\n".utf8).write(to: csv)
        let sheet = session.run("import-csv", "measurements", csv.path, "--plan", "aldermoor-2023")
        #expect(sheet.code == 65)
        #expect(sheet.err.contains("line 2, disaggregation"))
        #expect(session.run("export", "aldermoor-2023").out == before)
    }

    @Test(arguments: ["1e20", "0x10", "5\u{0}x", "inf", "nan", "-1e400", "1_000", "yes please"])
    func numbersAreReadStrictly(text: String) {
        let session = imported()
        let result = session.run(
            "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "1.1.b", "--date", "2026-03-31",
            "--value", text)
        #expect(result.code == 65, "\(text): \(result.err)")
        #expect(result.err.contains("--value"))
        #expect(session.run("progress", "aldermoor-2023", "--as-of", "2026-06-30").code == 0)
    }

    @Test func negativeValuesAreValuesNotOptions() {
        let session = imported()
        let result = session.run(
            "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "1.1.b", "--date", "2026-03-31",
            "--value", "-1e3")
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("Recorded -1000"))
    }

    @Test func aDecimalCommaSheetRefusesAmbiguousGrouping() throws {
        let session = imported()
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("q-\(UUID().uuidString).csv")
        try Data("indicator;date;value\n1.1.b;2026-03-31;1.234\n1.1.b;2026-06-30;1.234,5\n".utf8).write(to: csv)
        let result = session.run("import-csv", "measurements", csv.path, "--plan", "aldermoor-2023")
        #expect(result.code == 65)
        #expect(result.err.contains("line 2, value"))
        #expect(!result.err.contains("line 3"), "1.234,5 groups thousands unambiguously")
    }

    @Test func exportRefusesToOverwriteTheDatabase() throws {
        let session = imported()
        let before = try Data(contentsOf: URL(fileURLWithPath: session.database))
        for output in [session.database, session.database + "-wal"] {
            let result = session.run("export", "aldermoor-2023", "-o", output)
            #expect(result.code == 64)
            #expect(result.err.contains("is the database"))
            let sheet = session.run("export-csv", "measurements", "--plan", "aldermoor-2023", "-o", output)
            #expect(sheet.code == 64)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: session.database)) == before)
        #expect(session.run("plan", "list").code == 0)
    }

    @Test func readCommandsNeitherCreateNorMigrate() throws {
        let session = Session()
        for command in [["plan", "list"], ["audit"], ["score", "x"], ["history", "1.1.b", "--plan", "x"]] {
            #expect(session.run(command).code == 66)
        }
        #expect(!FileManager.default.fileExists(atPath: session.database))
        for command in [
            ["import-csv", "measurements", "examples/csv/measurements.csv"],
            ["measurement", "record", "--indicator", "x"],
            ["unit", "create", "--code", "X"], ["review", "close", "r"],
        ] {
            #expect([64, 65].contains(session.run(command).code), "\(command): refused before any database is opened")
        }
        #expect(!FileManager.default.fileExists(atPath: session.database), "a usage error creates no database")
        #expect(session.run("plan", "list", "--db", "").code == 64)
        #expect(session.run("import", "examples/aldermoor-plan.json", "--db", ":memory:").code == 64)
    }

    /// A plan file's measurements are parsed only as they are imported: a syntax error among them still names the
    /// file, line and column, exits 65 and writes nothing (here: not the changed value of another measurement) — nor
    /// does one in a later section, or a truncated file.
    @Test func aSyntaxErrorAnywhereInAPlanFileWritesNothing() throws {
        let session = imported()
        let before = session.run("export", "aldermoor-2023").out
        let text = try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8)
            .replacing("\"value\": 575", with: "\"value\": 576")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let updates = try #require(lines.firstIndex { $0.contains("\"progress_updates\": [") })
        let measurement = try #require(lines[..<updates].lastIndex { $0.contains("\"value\": ") })
        var broken = lines
        broken[measurement] = broken[measurement].replacing("\"value\": ", with: "\"value\": 1 ")
        let inserted = try #require(broken[measurement].firstRange(of: "1 "))
        let column = inserted.upperBound.utf16Offset(in: broken[measurement]) + 1
        let cases = [
            (broken.joined(separator: "\n"), ":\(measurement + 1):\(column): expected ',' or '}'"),
            (
                text.replacing("\"recommendation_responses\": [", with: "\"recommendation_responses\": [,"),
                ": unexpected"
            ),
            (String(text.prefix(text.count * 2 / 3)), ": unexpected end of input"),
        ]
        for (document, message) in cases {
            let path = try temporaryFile(document, "json")
            let result = session.run("import", path)
            #expect(result.code == 65, "\(result.err)")
            #expect(result.err.contains(path + ":") && result.err.contains(message), "\(result.err)")
            #expect(session.run("export", "aldermoor-2023").out == before, "nothing was written")
        }
    }

    @Test func theDatabaseIsOneFileAfterEveryCommand() {
        let session = imported()
        #expect(session.run("init").code == 0)
        #expect(!FileManager.default.fileExists(atPath: session.database + "-wal"), "the log is checkpointed on close")
    }
}

/// Rules the database enforces are checked first, so a user sees a path and exit 65, never a raw constraint.
@Suite struct ConstraintTests {
    @Test func aDuplicateExternalIDInAPlanFileIsAProblemWithItsPath() throws {
        let session = Session()
        var text = try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8)
        text = text.replacing("\"REV-EDU-2201\"", with: "\"CAP-HOU-0412\"")
        let result = session.run("import", try temporaryFile(text, "json"))
        #expect(result.code == 65)
        #expect(result.err.contains(".external_id: duplicate external id 'CAP-HOU-0412'"))
        #expect(!result.err.contains("UNIQUE"))
    }

    @Test func anExternalIDHeldByAnotherRecordIsRefusedOnEveryPath() throws {
        let session = imported()
        let before = session.run("export", "aldermoor-2023").out
        let held = try #require(before.firstRange(of: "\"external_id\": \"")).upperBound
        let id = String(before[held...].prefix { $0 != "\"" })
        let record = session.run("action", "update", "--plan", "aldermoor-2023", "--code", "1.1.2", "--external-id", id)
        #expect(record.code == 65, "\(record.err)")
        #expect(record.err.contains("--external-id: external id '\(id)' belongs to action"))
        let csv = try temporaryFile("code,external_id\n1.1.b,KPI-HOU-07\n", "csv")
        let sheet = session.run("import-csv", "indicators", csv, "--plan", "aldermoor-2023")
        #expect(sheet.code == 65, "\(sheet.err)")
        #expect(sheet.err.contains("line 2, external_id: external id 'KPI-HOU-07' belongs to indicator 1.2.a already"))
        #expect(session.run("export", "aldermoor-2023").out == before)
    }

    @Test func historyNamesWhoAndWhenOrNeither() throws {
        let session = Session()
        var text = try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8)
        text = text.replacing(/,\s*"recorded_by": "j\.hartley"/, with: "")
        let result = session.run("import", try temporaryFile(text, "json"))
        #expect(result.code == 65, "\(result.err)")
        #expect(result.err.contains(".recorded_by: is required with recorded_at"))
        #expect(!result.err.contains("NOT NULL"))
    }
}

/// What the terminal and a spreadsheet program are shown of hostile text, and how much of a bad file is kept.
@Suite struct OutputSafetyTests {
    @Test func controlCharactersFromInputAreEscapedInMessages() throws {
        let session = imported()
        let csv = try temporaryFile("indicator,date,value\n\"\u{1B}[2J\u{202E}X\nY\",2026-01-01,5\n", "csv")
        let result = session.run("import-csv", "measurements", csv, "--plan", "aldermoor-2023")
        #expect(result.code == 65)
        #expect(result.err.contains("no indicator with code '\\u{1B}[2J\\u{202E}X\\u{A}Y'"))
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(result.err.split(separator: "\n").count == 2, "one problem, one line")
    }

    /// Text stored through any surface (here an officer's API write, as the CLI stores it) reaches an administrator's
    /// terminal with its control characters shown as escapes, in every command's table and text output.
    @Test func storedControlCharactersNeverReachTheTerminalRaw() throws {
        let session = imported()
        let evil = "Evil\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m title"
        let plan = ["--plan", "aldermoor-2023"]
        #expect(session.run(["action", "update", "--code", "1.1.1", "--title", evil] + plan).code == 0)
        #expect(
            session.run(
                [
                    "progress-update", "record", "--action", "1.1.1", "--date", "2026-03-31",
                    "--status", "delayed", "--narrative", evil,
                ] + plan
            ).code == 0)
        #expect(
            session.run(
                [
                    "measurement", "record", "--indicator", "1.1.b", "--date", "2026-03-31", "--value", "5",
                    "--note", evil,
                ] + plan
            ).code == 0)
        let commands: [[String]] = [
            ["action", "list"] + plan, ["action", "show", "1.1.1"] + plan, ["history", "1.1.b"] + plan,
            ["progress", "aldermoor-2023"], ["due", "aldermoor-2023"], ["score", "aldermoor-2023"],
            ["progress-update", "list", "--action", "1.1.1"] + plan,
            ["measurement", "list", "--indicator", "1.1.b"] + plan, ["audit", "--limit", "5"] + plan,
        ]
        for command in commands {
            let result = session.run(command)
            #expect(result.code == 0, "\(command): \(result.err)")
            #expect(!result.out.unicodeScalars.contains { [0x1B, 0x07, 0x9B].contains($0.value) }, "\(command)")
        }
        #expect(session.run(["action", "list"] + plan).out.contains("Evil\\u{1B}]0;owned"))
    }

    @Test func aDatabaseWhoseVersionWasSetBackIsRefusedWithAClearMessage() throws {
        let session = imported()
        do { try Database(path: session.database).execute("PRAGMA user_version = 5") }
        for command in [["init"], ["check"], ["action", "list", "--plan", "aldermoor-2023"]] {
            let result = session.run(command)
            #expect(result.code == 65, "\(command): \(result.err)")
            #expect(result.err.contains("was set back by hand"), "\(command): \(result.err)")
        }
    }

    @Test func formulaCellsAreGuardedOnExportAndRestoredOnImport() throws {
        let session = imported()
        let note = "=HYPERLINK(\"http://evil.example\",\"click\")"
        #expect(
            session.run(
                "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "1.1.b", "--date", "2026-03-31",
                "--value", "-7",
                "--note", note, "--source", "@admin"
            ).code == 0)
        let exported = session.run("export-csv", "measurements", "--plan", "aldermoor-2023").out
        let row = try #require(exported.split(separator: "\n").first { $0.contains("2026-03-31") })
        #expect(row.contains("'@admin"))
        #expect(row.contains("\"'=HYPERLINK("))
        #expect(row.contains(",-7,"), "numbers are never guarded")
        let path = try temporaryFile(exported, "csv")
        let reimport = session.run("import-csv", "measurements", path, "--plan", "aldermoor-2023")
        #expect(reimport.code == 0, "\(reimport.err)")
        #expect(reimport.out.contains(" 0 inserted, 0 corrected"), "the guard is removed again: \(reimport.out)")
    }

    @Test func aPlanFilesPredecessorIsListedWithItsOtherProblems() throws {
        let session = Session()
        var text = try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8)
        text = text.replacing("\"plan\": {", with: "\"plan\": {\n    \"predecessor\": \"nowhere-2019\",")
        text = text.replacing("\"CAP-HOU-0412\"", with: "\"REV-EDU-2201\"")
        let result = session.run("import", try temporaryFile(text, "json"))
        #expect(result.code == 65)
        #expect(result.err.contains("$.plan.predecessor: no other plan with code 'nowhere-2019'"))
        #expect(result.err.contains("duplicate external id 'REV-EDU-2201'"))
    }

    @Test func aFileWithManyBadRowsKeepsABoundedListAndCountsTheRest() throws {
        let session = imported()
        let rows = (0..<5_000).map { "nope-\($0),2026-01-01,\($0)" }.joined(separator: "\n")
        let result = session.run(
            "import-csv", "measurements", try temporaryFile("indicator,date,value\n" + rows + "\n", "csv"), "--plan",
            "aldermoor-2023")
        #expect(result.code == 65)
        #expect(result.err.contains("has 5000 problems; nothing was written"))
        #expect(result.err.contains("… and 4950 more problems"))
        #expect(result.err.split(separator: "\n").count == 52)
    }
}

/// yes/no words are values of yes/no indicators only.
@Suite struct YesNoWordTests {
    @Test func aNumberIndicatorRefusesYesOnTheCommandLineAndInASheet() throws {
        let session = imported()
        let record = ["measurement", "record", "--plan", "aldermoor-2023", "--date", "2026-03-31", "--indicator"]
        let number = session.run(record + ["1.1.b", "--value", "yes"])
        #expect(number.code == 65)
        #expect(number.err.contains("--value: yes/no is for yes/no indicators; indicator 1.1.b takes a number"))
        #expect(session.run(record + ["1.3.b", "--value", "yes"]).code == 0, "a yes/no indicator takes it")
        let csv = try temporaryFile("indicator,date,value\n1.1.b,2026-06-30,no\n3.2.d,2026-06-30,no\n", "csv")
        let sheet = session.run("import-csv", "measurements", csv, "--plan", "aldermoor-2023")
        #expect(sheet.code == 65)
        #expect(sheet.err.contains("line 2, value: yes/no is for yes/no indicators"))
        #expect(!sheet.err.contains("line 3"))
    }

    @Test func otherNumbersRefuseYesAltogether() throws {
        let session = imported()
        let budget = session.run(
            "budget", "set", "--plan", "aldermoor-2023", "--action", "1.1.1", "--fiscal-year", "2031", "--planned",
            "yes",
            "--currency", "GBP", "--funding-source", "own")
        #expect(budget.code == 65)
        #expect(budget.err.contains("--planned: expected a number"))
    }
}
