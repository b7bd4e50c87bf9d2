import FileSystem
import Foundation
import Testing

@Suite struct AtomicFileTests {
    private let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    private func names() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
    }

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

    @Test func writesWhatAProducerEmitsChunkByChunk() throws {
        let path = directory + "/rows.csv"
        try AtomicFile.write(to: path) { emit in
            for row in 0..<1_000 { try emit(Array("\(row),x\n".utf8)) }
        }
        let expected = (0..<1_000).map { "\($0),x\n" }.joined()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(names() == ["rows.csv"])
    }

    /// A producer that fails halfway leaves the previous file whole, no temporary file, and its own error.
    @Test func aProducerThatFailsLeavesThePreviousFile() throws {
        struct Halfway: Error {}
        let path = directory + "/rows.csv"
        try AtomicFile.write("previous", to: path)
        #expect(throws: Halfway.self) {
            try AtomicFile.write(to: path) { emit in
                try emit(Array("1,x\n".utf8))
                throw Halfway()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        #expect(names() == ["rows.csv"])
        #expect(throws: FileSystemError.self) {
            try AtomicFile.write(to: directory + "/missing/out.csv") { try $0([1]) }
        }
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

@Suite struct InputLimitTests {
    @Test func anEndlessInputStopsAtTheLimit() {
        #expect { try InputFile.read("/dev/urandom", maximumBytes: 1 << 20) } throws: {
            ($0 as? FileSystemError)?.errno == EFBIG
        }
    }
}

@Suite struct SpecialTargetTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    }

    @Test func aFIFOIsWrittenToNotReplaced() throws {
        let fifo = temporaryPath("out-fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread { received.set((try? InputFile.read(fifo)) ?? []) }
        reader.start()
        try AtomicFile.write("through the pipe", to: fifo)
        while !received.isSet { usleep(1_000) }
        #expect(received.bytes == Array("through the pipe".utf8))
        #expect(AtomicFile.kind(of: fifo) == .special, "the FIFO is still a FIFO")
    }

    @Test func aSymbolicLinkIsFollowed() throws {
        let target = temporaryPath("target"), link = temporaryPath("link")
        try AtomicFile.write("old", to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write("new", to: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target, "the link is still a link")
    }
}

/// Bytes handed from a reader thread to the test.
final class ReceivedBytes: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var value: [UInt8]?

    func set(_ bytes: [UInt8]) { lock.withLock { value = bytes } }
    var isSet: Bool { lock.withLock { value != nil } }
    var bytes: [UInt8] { lock.withLock { value ?? [] } }
}
