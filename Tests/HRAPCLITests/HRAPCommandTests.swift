import CLIKit
import Foundation
import HRAPCLI
import HRAPCore
import Synchronization
import Testing

/// Runs hrap in-process with a temporary database, a fixed clock and captured output.
final class Session: Sendable {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("hrap-cli-\(UUID().uuidString).sqlite")
        .path
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    private let output = Mutex(("", ""))

    struct Result {
        let code: Int32
        let out: String
        let err: String
    }

    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) -> Result {
        run(arguments, environment: environment)
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) -> Result {
        output.withLock { $0 = ("", "") }
        let io = ConsoleIO(
            environment: ["HRAP_DB": database, "HRAP_ACTOR": "tester"].merging(environment) { $1 },
            out: { text in self.output.withLock { $0.0 += text } },
            err: { text in self.output.withLock { $0.1 += text } })
        let code = HRAP.run(
            arguments: arguments, io: io, clock: { Timestamp(secondsSince1970: 1_790_000_000) }, workingDirectory: root)
        let (out, err) = output.withLock { $0 }
        return Result(code: code, out: out, err: err)
    }
}

@Suite struct HRAPCommandTests {
    @Test func versionAndHelpGoToStdout() {
        let session = Session()
        #expect(session.run("--version").out == "\(HRAP.version)\n")
        let help = session.run("--help")
        #expect(help.code == 0)
        #expect(help.out.hasPrefix("OVERVIEW: Monitor human rights action plans"))
        for command in [
            "import", "export", "government", "plan", "action", "indicator", "measurement", "history", "audit", "demo",
        ] {
            #expect(help.out.contains("\n  \(command) "), "help lists \(command)")
        }
    }

    @Test func everySubcommandHasHelpWithUsageAndOptions() {
        let session = Session()
        for path in [
            ["action", "create"], ["indicator", "update"], ["budget", "set"], ["measurement", "record"], ["history"],
            ["audit"],
        ] {
            let result = session.run(path + ["--help"])
            #expect(result.code == 0)
            #expect(result.out.contains("USAGE: hrap \(path.joined(separator: " "))"))
            #expect(result.out.contains("OPTIONS:"))
        }
        #expect(session.run("action", "create", "--help").out.contains("EXAMPLES:\n  hrap action create --plan"))
    }

    @Test func aMistypedOptionSuggestsTheRightOneAndExits64() {
        let result = Session().run("action", "list", "--pln", "x")
        #expect(result.code == 64)
        #expect(
            result.err.hasPrefix(
                "Error: Unknown option '--pln'. Did you mean '--plan'?\nUsage: hrap action list [<options>]\n"))
    }

    @Test func exitCodesFollowTheDesign() throws {
        let session = Session()
        #expect(session.run("import", "no/such/file.json").code == 66)
        #expect(session.run("action", "list", "--plan", "nothing").code == 66, "a read command needs a database")
        #expect(!FileManager.default.fileExists(atPath: session.database), "a read command creates no database")
        #expect(session.run("init").code == 0)
        #expect(session.run("action", "list", "--plan", "nothing").code == 64)
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json")
        try Data("{\"format\": \"hrap-plan/1\",\n \"plan\": [}".utf8).write(to: bad)
        let syntax = session.run("import", bad.path)
        #expect(syntax.code == 65)
        #expect(syntax.err == "Error: \(bad.path):2:11: unexpected character, expected a value\n")
        #expect(session.run("history", "1.1.a").code == 64)
    }

    @Test func importExportRoundTripIsByteIdentical() throws {
        let session = Session()
        #expect(session.run("import", "examples/aldermoor-plan.json").code == 0)
        let exported = session.run("export", "aldermoor-2023")
        #expect(exported.code == 0)
        #expect(
            exported.out
                == (try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8)))
        let again = session.run("import", "examples/aldermoor-plan.json")
        #expect(again.out.hasSuffix("Plan aldermoor-2023 is up to date; nothing changed.\n"))
    }

    @Test func recordsCreatedByTheCLIAreValidatedAndAudited() {
        let session = Session()
        #expect(
            session.run(
                "government", "create", "--code", "AT-x", "--name", "Xtown", "--country", "AT", "--level",
                "municipality"
            ).code == 0)
        let badPlan = session.run(
            "plan", "create", "--code", "x", "--government", "AT-x", "--title", "X", "--kind", "thematic",
            "--period-start", "2024-01-01", "--period-end", "2023-12-31", "--status", "draft")
        #expect(badPlan.code == 65)
        #expect(
            badPlan.err == """
                Error: the plan has 2 problems; nothing was written:
                  --period-end: must be after period_start (2024-01-01)
                  --theme: is required for a thematic plan

                """)
        #expect(
            session.run(
                "plan", "create", "--code", "x", "--government", "AT-x", "--title", "X", "--kind", "comprehensive",
                "--period-start", "2024-01-01", "--period-end", "2028-12-31", "--status", "draft"
            ).code == 0)
        let plan = ["HRAP_PLAN": "x"]
        #expect(session.run("field", "create", "--code", "1", "--title", "Housing", environment: plan).code == 0)
        #expect(
            session.run("objective", "create", "--code", "1.1", "--field", "1", "--title", "Homes", environment: plan)
                .code == 0)
        let missing = session.run(
            "objective", "create", "--code", "1.2", "--field", "7", "--title", "Orphan", environment: plan)
        #expect(missing.code == 65)
        #expect(missing.err.contains("no field of action with code '7'"))
        #expect(
            session.run("objective", "update", "--code", "1.1", "--rationale", "Because.", environment: plan).code == 0)
        let shown = session.run("objective", "show", "1.1", "--format", "json", environment: plan)
        #expect(
            shown.out == """
                {
                  "code": "1.1",
                  "field": "1",
                  "title": "Homes",
                  "rationale": "Because."
                }

                """)
        let audit = session.run("audit", "--format", "csv", "--entity", "objective")
        #expect(audit.out.contains("2026-09-21T14:13:20Z,tester,update,objective,x,1.1,rationale\r\n"))
    }

    @Test func measurementsAreRecordedOnceAndCorrectionsKept() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        let record = ["measurement", "record", "--indicator", "3.1.e", "--date", "2026-06-30", "--value"]
        #expect(
            session.run(record + ["40"], environment: plan).out == "Recorded 40 for indicator 3.1.e at 2026-06-30.\n")
        #expect(session.run(record + ["40"], environment: plan).out.hasPrefix("Unchanged"))
        #expect(session.run(record + ["42"], environment: plan).code == 0)
        #expect(session.run(record + ["forty"], environment: plan).code == 65)
        let history = session.run("history", "3.1.e", "--format", "csv", environment: plan)
        #expect(
            history.out == """
                period_start,date,disaggregation,value,recorded_at,recorded_by,note,superseded\r
                ,2026-06-30,,40,2026-09-21T14:13:20Z,tester,,superseded\r
                ,2026-06-30,,42,2026-09-21T14:13:20Z,tester,,\r

                """)
    }

    @Test func listsPrintAlignedTablesJSONAndCSV() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let table = session.run("unit", "list", "--plan", "aldermoor-2023")
        let lines = table.out.split(separator: "\n")
        #expect(lines.first == "code  name                                kind")
        #expect(lines.count == 12)
        #expect(
            session.run("unit", "list", "--plan", "aldermoor-2023", "--format", "csv").out.hasPrefix(
                "code,name,kind,parent\r\nHOU,Housing Services,department,\r\n"))
        #expect(
            session.run("unit", "list", "--plan", "aldermoor-2023", "-f", "json").out.hasPrefix(
                "[\n  {\n    \"code\": \"HOU\","))
    }

    @Test func demoRunsTheExampleEndToEnd() {
        let result = Session().run("demo")
        #expect(result.code == 0)
        #expect(result.out.contains("byte-identical after the round trip: yes"))
        #expect(result.out.contains("importing the same file again changed nothing: yes"))
        #expect(result.out.contains("7. A plan of another shape"))
        #expect(result.out.contains("18 of 35 measures implemented"))
        #expect(result.err.isEmpty)
    }
}
