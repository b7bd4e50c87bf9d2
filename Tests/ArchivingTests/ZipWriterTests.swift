import Archiving
import Foundation
import Testing

/// ZIP archives read back by Python's `zipfile` (an implementation nobody here wrote), byte for byte, with their
/// checksums tested; CRC-32 against its published check value.
@Suite struct ZipWriterTests {
    @Test func crc32MatchesItsCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        let whole = CRC32.checksum(Array("hello, world".utf8))
        #expect(CRC32.checksum(Array(", world".utf8), continuing: CRC32.checksum(Array("hello".utf8))) == whole)
    }

    @Test func pythonReadsEveryFileBackUnchanged() throws {
        let entries = [
            ZipWriter.Entry(name: "bundle/indicators.csv", bytes: Array("code,name\n1.1.a,Größe\n".utf8)),
            ZipWriter.Entry(name: "bundle/empty.txt", bytes: []),
            ZipWriter.Entry(name: "bundle/données.json", bytes: (0..<3000).map { UInt8($0 % 251) }),
        ]
        let archive = try ZipWriter(modified: (2026, 3, 31, 12, 30, 10)).archive(entries)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hrap-\(UUID().uuidString).zip").path
        try Data(archive).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None
                for info in z.infolist():
                    print(info.filename, info.file_size, info.date_time, z.read(info).hex())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(
            lines.first?.hasPrefix("bundle/indicators.csv \(entries[0].bytes.count) (2026, 3, 31, 12, 30, 10) ") == true
        )
        #expect(lines.last?.hasPrefix("bundle/données.json 3000 ") == true, "UTF-8 names")
        for (line, entry) in zip(lines, entries) {
            let hex = entry.bytes.map { byte -> String in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }
            #expect(line.hasSuffix(" " + hex.joined()) || hex.isEmpty, "\(entry.name) reads back byte for byte")
        }
    }

    @Test func anArchiveOfTooManyFilesIsRefused() {
        let entries = (0..<0xFFFF).map { ZipWriter.Entry(name: "f\($0)", bytes: []) }
        #expect(throws: ZipWriter.Failure.tooLarge) { try ZipWriter(modified: (2026, 1, 1, 0, 0, 0)).archive(entries) }
    }
}
