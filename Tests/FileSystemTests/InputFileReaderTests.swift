import FileSystem
import Foundation
import Testing

/// Reading an input in chunks gives its bytes in order, each chunk at most the chunk size, and the same errors as
/// reading it whole.
@Suite struct InputFileReaderTests {
    @Test func chunksAddUpToTheFile() throws {
        let path = NSTemporaryDirectory() + "hrap-chunks-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try InputFileReader(path, chunkSize: 999)
        #expect(reader.size == bytes.count)
        var read: [UInt8] = [], sizes: [Int] = []
        while let chunk = try reader.next() {
            read += chunk
            sizes.append(chunk.count)
        }
        #expect(read == bytes && reader.bytesRead == bytes.count)
        #expect(sizes.allSatisfy { $0 <= 999 } && sizes.count == 11)
        #expect(try reader.next() == nil)
    }

    @Test func anEndlessInputFailsPastTheMaximum() throws {
        let reader = try InputFileReader("/dev/zero", chunkSize: 1 << 16, maximumBytes: 1 << 20)
        #expect(reader.size == nil)
        #expect { while try reader.next() != nil {} } throws: { ($0 as? FileSystemError)?.errno == EFBIG }
    }

    @Test func missingFilesAndDirectoriesFailAsWhenReadWhole() {
        #expect { _ = try InputFileReader("/no/such/file") } throws: { ($0 as? FileSystemError)?.isMissing == true }
        #expect { _ = try InputFileReader(NSTemporaryDirectory()) } throws: {
            ($0 as? FileSystemError)?.errno == EISDIR
        }
    }
}
