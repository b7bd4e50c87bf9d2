import CSVParsing
import Foundation
import SeededRandom
import Testing

/// Reading in chunks gives what reading the whole input gives — the same records, line numbers, delimiter and
/// errors — whatever the chunk size, on csv-spectrum and on random inputs full of quotes, delimiters and line ends.
@Suite struct CSVStreamTests {
    /// The records of the whole input, or its error, as text to compare.
    private func whole(_ bytes: [UInt8], delimiter: UInt8? = nil) -> String {
        do {
            let (found, records) = try CSVReader.read(bytes, delimiter: delimiter)
            return "\(found) \(records)"
        } catch {
            return "error \(error)"
        }
    }

    /// The same, read from chunks of `size` bytes.
    private func streamed(_ bytes: [UInt8], size: Int, delimiter: UInt8? = nil) -> String {
        var offset = 0
        var stream = CSVStream(delimiter: delimiter) {
            guard offset < bytes.count else { return nil }
            defer { offset += size }
            return Array(bytes[offset..<min(bytes.count, offset + size)])
        }
        var records: [CSVReader.Record] = []
        do {
            while let batch = try stream.nextBatch() { records += batch }
            return "\(stream.delimiter ?? 0x2C) \(records)"
        } catch {
            return "error \(error)"
        }
    }

    @Test(arguments: CSVSpectrumTests.names)
    func spectrumFilesReadAlikeInChunks(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: CSVSpectrumTests.folder.appendingPathComponent("csvs/\(name).csv")))
        for size in [1, 2, 3, 7, 64, 1 << 20] {
            #expect(streamed(bytes, size: size) == whole(bytes), "\(name) in chunks of \(size)")
        }
    }

    @Test func randomInputsReadAlikeInChunks() {
        let alphabet: [[UInt8]] =
            ["a", "bc", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "é", "\u{FEFF}"]
            .map { Array($0.utf8) } + [[0xFF], [0xEF, 0xBB, 0xBF]]
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            let size = Int.random(in: 1...9, using: &generator)
            let delimiter: UInt8? = [nil, 0x2C, 0x3B][Int.random(in: 0...2, using: &generator)]
            #expect(
                streamed(bytes, size: size, delimiter: delimiter) == whole(bytes, delimiter: delimiter),
                "\(bytes) in chunks of \(size)")
        }
    }

    @Test func anErrorFromTheInputIsPassedOn() {
        struct Broken: Error {}
        var calls = 0
        var stream = CSVStream {
            calls += 1
            if calls > 1 { throw Broken() }
            return Array("a,b\n1,2\n3,".utf8)
        }
        #expect((try? stream.nextBatch())?.count == 2)
        #expect(throws: Broken.self) { _ = try stream.nextBatch() }
    }
}
