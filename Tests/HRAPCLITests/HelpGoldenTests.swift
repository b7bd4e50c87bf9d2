import Foundation
import Testing

/// Every help screen, pinned as a golden file under `Golden/help/` (one per command path). A change to a command's
/// options or wording shows up as a diff; regenerate with `HRAP_UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests`.
@Suite struct HelpGoldenTests {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden/help")

    /// Every command path, found by walking the SUBCOMMANDS of each help screen from the root.
    private func commandPaths(_ session: Session) -> [[String]] {
        var paths: [[String]] = [[]], index = 0
        while index < paths.count {
            let help = session.run(paths[index] + ["--help"]).out
            if let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first {
                let listing = section.components(separatedBy: "\n\n")[0]
                for line in listing.split(separator: "\n") where line.hasPrefix("  ") {
                    if let name = line.split(separator: " ").first { paths.append(paths[index] + [String(name)]) }
                }
            }
            index += 1
        }
        return paths
    }

    @Test func everyHelpScreenMatchesItsGoldenFile() throws {
        let session = Session()
        let paths = commandPaths(session)
        #expect(paths.count > 50, "the walk reaches the whole tree")
        let update = ProcessInfo.processInfo.environment["HRAP_UPDATE_GOLDEN"] == "1"
        if update { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        var names: Set<String> = []
        for path in paths {
            let name = (["hrap"] + path).joined(separator: "_") + ".txt"
            names.insert(name)
            let help = session.run(path + ["--help"])
            #expect(help.code == 0)
            let file = folder.appendingPathComponent(name)
            if update { try Data(help.out.utf8).write(to: file) }
            let golden = try? String(contentsOf: file, encoding: .utf8)
            #expect(golden == help.out, "help of '\((["hrap"] + path).joined(separator: " "))' differs from \(name)")
        }
        let stored = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        #expect(stored == names, "no golden file without a command")
    }
}
