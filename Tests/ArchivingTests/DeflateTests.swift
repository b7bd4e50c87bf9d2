import Archiving
import Foundation
import Testing

/// DEFLATE and gzip read back by Python's `zlib` and `gzip` (a decoder nobody here wrote): every output
/// decompresses to its input, and its size stays within a stated factor of zlib at level 6.
@Suite struct DeflateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Inputs: empty, tiny, runs, random bytes, text with repeats, and the repository's real files.
    static func inputs() throws -> [(String, [UInt8])] {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let vocabulary = ["plan ", "indicator ", "1.1.a ", "Maßnahme ", "\n"]
        let words = (0..<20_000).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)] }
        var inputs: [(String, [UInt8])] = [
            ("empty", []), ("one byte", [65]), ("two bytes", [0, 255]),
            ("a run", [UInt8](repeating: 7, count: 100_000)),
            ("random", random), ("words", Array(words.joined().utf8)),
        ]
        for path in [
            "examples/reports/aldermoor-2023-2025-en.html", "examples/aldermoor-plan.json", "templates/locales/de.json",
        ] {
            inputs.append((path, [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))))
        }
        return inputs
    }

    @Test func pythonReadsEveryOutputBackAndItStaysNearZlib() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deflate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inputs = try Self.inputs()
        for (index, (_, bytes)) in inputs.enumerated() {
            try Data(bytes).write(to: folder.appendingPathComponent("\(index).in"))
            try Data(Gzip.compress(bytes)).write(to: folder.appendingPathComponent("\(index).gz"))
            try Data(Deflate.compress(bytes)).write(to: folder.appendingPathComponent("\(index).raw"))
        }
        let script = """
            import gzip, sys, zlib, pathlib
            folder = pathlib.Path(sys.argv[1])
            for index in range(int(sys.argv[2])):
                data = (folder / f"{index}.in").read_bytes()
                ok = gzip.decompress((folder / f"{index}.gz").read_bytes()) == data
                ok = ok and zlib.decompress((folder / f"{index}.raw").read_bytes(), -15) == data
                ours = len((folder / f"{index}.raw").read_bytes())
                level6 = len(zlib.compress(data, 6)) - 6
                print(index, ok, ours, level6)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, folder.path, String(inputs.count)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let rows = output.split(separator: "\n").map { $0.split(separator: " ") }
        #expect(rows.count == inputs.count)
        for row in rows where row.count == 4 {
            let (name, ours, zlib) = (inputs[Int(row[0]) ?? 0].0, Double(row[2]) ?? 0, Double(row[3]) ?? 0)
            #expect(row[1] == "True", "\(name) decompresses to its input")
            #expect(ours <= zlib * 1.15 + 16, "\(name): \(Int(ours)) bytes, zlib level 6 \(Int(zlib))")
        }
    }
}
