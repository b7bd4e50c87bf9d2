import FileSystem
import Foundation
import Testing

@Suite struct AtomicFileTests {
    private let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    private func names() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? [] }

    @Test func writesAndReplacesWholeFiles() throws {
        let path = directory + "/out.json"
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second, longer", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        #expect(names() == ["out.json"], "no temporary file left behind")
    }

    @Test func aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws {
        let blocked = directory + "/report"
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: FileSystemError.self) { try AtomicFile.write("text", to: blocked) }
        #expect(names() == ["report"])
        #expect(throws: FileSystemError.self) { try AtomicFile.write("text", to: directory + "/missing/out.json") }
        #expect(names() == ["report"])
    }
}

@Suite struct InputFileTests {
    @Test func readsFIFOsToTheirEnd() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        let text = String(repeating: "a,b\n", count: 50_000)
        let writer = Thread { try? text.write(toFile: path, atomically: false, encoding: .utf8) }
        writer.start()
        #expect(try InputFile.read(path) == Array(text.utf8))
    }

    @Test func missingFilesAndDirectoriesAreTold() {
        #expect { try InputFile.read("/no/such/file") } throws: { ($0 as? FileSystemError)?.isMissing == true }
        #expect { try InputFile.read("/tmp") } throws: { ($0 as? FileSystemError)?.errno == EISDIR }
    }

    @Test func sameFileComparesIdentityNotSpelling() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("same-\(UUID().uuidString)").path
        try AtomicFile.write("x", to: path)
        let parent = (path as NSString).deletingLastPathComponent
        #expect(InputFile.sameFile(path, parent + "/./" + (path as NSString).lastPathComponent))
        #expect(!InputFile.sameFile(path, path + ".other"))
    }
}
