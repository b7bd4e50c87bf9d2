import FileSystem
import Foundation
import Testing

@Suite struct AtomicDirectoryTests {
    private let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-dir-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    private func names(_ path: String? = nil) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path ?? directory))?.sorted() ?? []
    }

    @Test func writesEveryFileIntoTheNewDirectory() throws {
        try AtomicDirectory.write(
            ["a.csv": Array("x,y\n".utf8), "README.md": Array("# r\n".utf8)], to: directory + "/out/")
        #expect(names() == ["out"], "no partial directory left, the trailing slash ignored")
        #expect(names(directory + "/out") == ["README.md", "a.csv"])
        #expect(try String(contentsOfFile: directory + "/out/a.csv", encoding: .utf8) == "x,y\n")
    }

    @Test func anExistingTargetIsNeverReplaced() throws {
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: false)
        try "keep".write(toFile: directory + "/out/old.txt", atomically: true, encoding: .utf8)
        #expect(throws: FileSystemError.self) { try AtomicDirectory.write(["a": [1]], to: directory + "/out") }
        #expect(names(directory + "/out") == ["old.txt"])
        try "file".write(toFile: directory + "/plain", atomically: true, encoding: .utf8)
        #expect(throws: FileSystemError.self) { try AtomicDirectory.write(["a": [1]], to: directory + "/plain") }
        #expect(names() == ["out", "plain"], "no partial directory left")
    }

    @Test func aFailureHalfwayLeavesNothing() {
        let files: [String: [UInt8]] = ["a.csv": [1], "b.csv": [2], "c/../d": [3]]
        #expect(throws: FileSystemError.self) { try AtomicDirectory.write(files, to: self.directory + "/out") }
        #expect(names().isEmpty, "neither the target nor the partial directory")
        #expect(throws: FileSystemError.self) {
            try AtomicDirectory.write(["a": [1]], to: self.directory + "/missing/out")
        }
        #expect(names().isEmpty)
    }
}
