import CLIKit
import SeededRandom
import Synchronization
import Testing

/// Collects what a command writes.
final class Capture: Sendable {
    let out = Mutex("")
    let err = Mutex("")
    var io: ConsoleIO {
        ConsoleIO(out: { text in self.out.withLock { $0 += text } }, err: { text in self.err.withLock { $0 += text } })
    }
    var stdout: String { out.withLock { $0 } }
    var stderr: String { err.withLock { $0 } }
}

/// Holds what the action last received.
final class Received: Sendable {
    let parsed = Mutex<ParsedArguments?>(nil)
    func withLock<T>(_ body: (inout ParsedArguments?) -> T) -> T { parsed.withLock { body(&$0) } }
}

@Suite struct CommandLineToolTests {
    let received = Received()

    var tool: CommandLineTool {
        let create = Command(
            "create", abstract: "Create a plan.", examples: ["hrap plan create --code x"],
            options: [
                .value("code", short: "c", valueName: "CODE", help: "The plan's code."),
                .value("status", help: "Status.", default: "draft", allowed: ["draft", "adopted"]),
                .value("tag", help: "A tag.", repeatable: true),
                .flag("published", short: "p", help: "Publish it."),
            ],
            arguments: [Argument("FILE", help: "A file.", optional: true)]
        ) { [received] parsed in received.withLock { $0 = parsed } }
        let plan = Command("plan", abstract: "Manage plans.", subcommands: [create])
        let root = Command(
            "hrap", abstract: "Monitor plans.",
            options: [.value("db", valueName: "PATH", help: "Database file.", global: true)], subcommands: [plan])
        return CommandLineTool(root: root, version: "1.2.3")
    }

    @Test func parsesOptionsFlagsPackedShortsAndArguments() {
        let capture = Capture()
        let code = tool.run(
            [
                "plan", "create", "-pc", "x", "--status=adopted", "--tag", "a", "--tag", "b", "--db", "f.sqlite",
                "in.json",
            ],
            io: capture.io)
        #expect(code == 0)
        let parsed = received.withLock { $0 }
        #expect(parsed?.value("code") == "x")
        #expect(parsed?.value("status") == "adopted")
        #expect(parsed?.values["tag"] == ["a", "b"])
        #expect(parsed?.flag("published") == true)
        #expect(parsed?.value("db") == "f.sqlite")
        #expect(parsed?.argument("FILE") == "in.json")
    }

    @Test func doubleDashEndsOptionsAndNegativeNumbersAreWords() {
        let capture = Capture()
        #expect(tool.run(["plan", "create", "--code", "-5", "--", "--odd"], io: capture.io) == 0)
        #expect(received.withLock { $0 }?.value("code") == "-5")
        #expect(received.withLock { $0 }?.argument("FILE") == "--odd")
    }

    @Test(arguments: [
        ["--code", "-1e5"], ["--code", "-h"], ["-c", "-x"], ["--code", "-pc"], ["--tag", "-1e3", "--code", "-h"],
    ])
    func anOptionsValueMayStartWithADash(arguments: [String]) {
        let capture = Capture()
        #expect(tool.run(["plan", "create"] + arguments, io: capture.io) == 0, "\(capture.stderr)")
        #expect(capture.stdout.isEmpty, "not help")
        let parsed = received.withLock { $0 }
        #expect(parsed?.value("code") == arguments.last)
        #expect(parsed?.flag("published") == false)
    }

    @Test func aValueThatLooksLikeALongOptionIsAMissingValue() {
        let capture = Capture()
        #expect(tool.run(["plan", "create", "--code", "--tag", "x"], io: capture.io) == 64)
        #expect(capture.stderr.hasPrefix("Error: Missing value for '--code'."))
    }

    /// Seeded random argv from a small alphabet of hostile pieces: the tool never traps, and answers 0, help or 64.
    @Test func randomCommandLinesNeverTrap() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet = [
            "plan", "create", "--code", "-c", "-", "--", "-1e5", "-h", "--help", "=", "--status=", "--tag=a=b",
            "-pc", "-cp", "--db", "x", "", "--published=yes", "--nope", "help", "-", "-.5", "--version", "é", "\u{0}",
        ]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...7, using: &generator)
            let argv = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? "" }
            let capture = Capture()
            let code = tool.run(argv, io: capture.io)
            #expect([0, 64].contains(code), "\(argv) → \(code)")
        }
    }

    @Test func unknownOptionSuggestsTheClosestAndExits64() {
        let capture = Capture()
        #expect(tool.run(["plan", "create", "--cod", "x"], io: capture.io) == 64)
        #expect(
            capture.stderr == """
                Error: Unknown option '--cod'. Did you mean '--code'?
                Usage: hrap plan create [<options>] [<file>]
                  See 'hrap plan create --help' for more information.

                """)
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let capture = Capture()
        #expect(tool.run(["pln"], io: capture.io) == 64)
        #expect(capture.stderr.hasPrefix("Error: Unknown command 'pln'. Did you mean 'plan'?\n"))
    }

    @Test(arguments: [
        (["plan", "create", "--code"], "Error: Missing value for '--code'."),
        (
            ["plan", "create", "--status", "gone"],
            "Error: The value 'gone' is invalid for '--status'. Expected one of: draft, adopted."
        ),
        (["plan", "create", "--code", "a", "--code", "b"], "Error: The option '--code' was given more than once."),
        (["plan", "create", "a", "b"], "Error: Unexpected argument 'b'."),
        (["plan", "create", "--published=yes"], "Error: The flag '--published' takes no value."),
        (["plan"], "Error: Missing subcommand."),
    ])
    func usageErrorsExit64(arguments: [String], message: String) {
        let capture = Capture()
        #expect(tool.run(arguments, io: capture.io) == 64)
        #expect(capture.stderr.hasPrefix(message + "\n"))
    }

    @Test func helpIsGeneratedFromTheDeclarationAndGoesToStdout() {
        let capture = Capture()
        #expect(tool.run(["plan", "create", "--help"], io: capture.io) == 0)
        #expect(
            capture.stdout == """
                OVERVIEW: Create a plan.

                USAGE: hrap plan create [<options>] [<file>]

                ARGUMENTS:
                  <file>                    A file.

                OPTIONS:
                  -c, --code <code>         The plan's code.
                  --status <value>          Status. (values: draft, adopted) (default: draft)
                  --tag <value>             A tag. (repeatable)
                  -p, --published           Publish it.
                  --db <path>               Database file.
                  -h, --help                Show help information.

                EXAMPLES:
                  hrap plan create --code x

                """)
        #expect(capture.stderr.isEmpty)
    }

    @Test func helpSubcommandAndVersion() {
        let capture = Capture()
        #expect(tool.run(["help", "plan"], io: capture.io) == 0)
        #expect(capture.stdout.contains("SUBCOMMANDS:\n  create                    Create a plan."))
        let version = Capture()
        #expect(tool.run(["--version"], io: version.io) == 0)
        #expect(version.stdout == "1.2.3\n")
    }

    @Test func reportableErrorsChooseTheirExitCode() {
        struct BadData: CommandLineReportable {
            var commandLineMessage: String { "line 3: bad" }
            var exitCode: Int32 { ExitCode.dataError }
        }
        let failing = Command("hrap", abstract: "x") { _ in throw BadData() }
        let capture = Capture()
        #expect(CommandLineTool(root: failing, version: "1").run([], io: capture.io) == 65)
        #expect(capture.stderr == "Error: line 3: bad\n")
    }
}
