import Foundation
import SeededRandom
import Testing

/// Every command, every option, hostile values (seeded): hrap answers with a clear exit code and never traps.
/// Options that name an output file are left out (the session works in the repository), and no value is a real path;
/// `demo` and `serve` run until interrupted (serve's own options are swept in `ServeCommandTests`).
@Suite struct HostileArgumentTests {
    static let hostile = [
        "-1", "9223372036854775807", "-9223372036854775808", "=", "0x10", "1e400", "", "\u{0}", "\u{1B}[2J", "nan",
        String(repeating: "x", count: 5_000), "9999-12-31", "0000-00-00", "..%2f..%2fetc%2fpasswd",
        "'; DROP TABLE plans; --",
        "{\"a\": [", "[]", "sex=", ",,,", "yes",
    ]

    /// The options of a command, read from its help screen.
    private func options(_ session: Session, _ path: [String]) -> [String] {
        let help = session.run(path + ["--help"]).out
        guard let section = help.components(separatedBy: "OPTIONS:\n").dropFirst().first else { return [] }
        return section.components(separatedBy: "\n\n")[0].split(separator: "\n").compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix("--") }.map(String.init)
        }.filter { !["--help", "--db", "--version", "--output"].contains($0) }
    }

    @Test func everyOptionOfEveryCommandSurvivesHostileValues() throws {
        let session = imported()
        let golden = try FileManager.default.contentsOfDirectory(
            atPath: session.root + "/Tests/HRAPCLITests/Golden/help")
        var commands: [[String]] = []
        for name in golden.sorted() {
            let words: [String] = name.dropLast(4).split(separator: "_").dropFirst().map { String($0) }
            if !words.isEmpty, words.first != "demo", words.first != "serve" { commands.append(words) }
        }
        var random = SplitMix64(seed: 31_337)
        var runs = 0
        let environment = ["HRAP_PLAN": "aldermoor-2023"]
        for path in commands {
            for option in options(session, path) {
                for _ in 0..<2 {
                    let value = Self.hostile[random.next(below: Self.hostile.count)]
                    let result = session.run(path + [option, value], environment: environment)
                    runs += 1
                    #expect(
                        [0, 64, 65, 66].contains(result.code),
                        "\(path) \(option) \(value.prefix(20)) → \(result.code): \(result.err.prefix(200))")
                }
            }
        }
        #expect(runs > 300)
        #expect(session.run("check").code == 0, "nothing written behind the audit log")
    }
}
