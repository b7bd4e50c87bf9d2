import Foundation
@testable import HRAPCLI
import Testing

/// The templates compiled into the program are the ones in `templates/`, and a copied binary works on its own.
@Suite struct EmbeddedTemplatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folders = ["frameworks", "locales", "reports", "security", "web"]

    /// Every file of the embedded folders of `templates/`, by path under it.
    static func templateFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        for folder in folders {
            let directory = root.appendingPathComponent("templates/\(folder)")
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
                files["\(folder)/\(name)"] = try String(
                    contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            }
        }
        return files
    }

    /// The Swift source that compiles `files` in.
    static func source(_ files: [String: String]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated: its lines are the template files' own, so the formatter leaves it alone.",
            "",
            "/// The standard templates, locale files and shipped frameworks, compiled into the program so that a copied binary",
            "/// works on its own. Generated from `templates/`; regenerate with",
            "/// `HRAP_UPDATE_EMBEDDED=1 swift test --filter EmbeddedTemplatesTests` (a test fails while it differs).",
            "enum EmbeddedTemplates {", "    /// File texts by path under `templates/`.",
            "    static let files: [String: String] = [",
        ]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(path)\": #####\"\"\"\n\(text)\n\"\"\"#####,")
        }
        return (lines + ["    ]", "}"]).joined(separator: "\n") + "\n"
    }

    @Test func theCompiledInFilesAreTheTemplatesDirectory() throws {
        let files = try Self.templateFiles()
        if ProcessInfo.processInfo.environment["HRAP_UPDATE_EMBEDDED"] == "1" {
            try Self.source(files).write(
                to: Self.root.appendingPathComponent("Sources/HRAPCLI/EmbeddedTemplates.swift"), atomically: true,
                encoding: .utf8)
        }
        #expect(
            EmbeddedTemplates.files == files,
            "regenerate: HRAP_UPDATE_EMBEDDED=1 swift test --filter EmbeddedTemplatesTests")
    }

    /// The built `hrap`, copied alone into an empty directory, lists its frameworks and writes a report.
    @Test func aCopiedBinaryWorksOnItsOwn() throws {
        let built = Self.root.appendingPathComponent(".build/debug/hrap")
        try #require(FileManager.default.fileExists(atPath: built.path), "swift test builds the hrap executable")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hrap-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent("hrap")
        try FileManager.default.copyItem(at: built.resolvingSymlinksInPath(), to: copy)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("examples/hainbach-plan.json"),
            to: directory.appendingPathComponent("plan.json"))
        func run(_ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = copy
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.environment = [
                "HRAP_DB": directory.appendingPathComponent("db.sqlite").path, "HRAP_ACTOR": "tester",
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: output, as: UTF8.self))
        }
        let frameworks = try run(["framework", "list"])
        #expect(frameworks.0 == 0 && frameworks.1.contains("hrgl-2024"), "\(frameworks.1)")
        #expect(try run(["import", "plan.json"]).0 == 0)
        let report = try run(["annual-report", "hainbach-inklusiv", "--year", "2025", "--format", "md", "--lang", "es"])
        #expect(report.0 == 0 && report.1.contains("18 de 35 medidas ejecutadas"), "\(report.1.prefix(300))")
    }
}
