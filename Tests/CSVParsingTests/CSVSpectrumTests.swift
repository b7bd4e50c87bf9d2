import CSVParsing
import Foundation
import SeededRandom
import Testing

/// csv-spectrum (max-mapper/csv-spectrum, BSD-2-Clause, in `../shared/csv-spectrum`): each CSV read as a header and
/// rows must equal the JSON the suite expects; then seeded mutations of every file must read or fail with a line,
/// never trap.
@Suite struct CSVSpectrumTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/csv-spectrum")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csvs").path)) ?? [])
            .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The suite's expected data for location_coordinates disagrees with its own CSV upstream (another phone number,
    /// and one object instead of an array of rows); the coordinates, the point of the case, are compared.
    static let upstreamMismatch: Set<String> = ["location_coordinates"]

    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("csvs/\(name).csv")))
    }

    @Test func theSuiteIsThere() {
        #expect(Self.names.count >= 12)
    }

    @Test(arguments: names)
    func everyCaseReadsAsTheSuiteExpects(name: String) throws {
        let records = try CSVReader.read(try bytes(name), delimiter: UInt8(ascii: ",")).records
        let expectedData = try Data(contentsOf: Self.folder.appendingPathComponent("json/\(name).json"))
        let parsed = try JSONSerialization.jsonObject(with: expectedData)
        let expected = try #require(parsed as? [[String: String]] ?? (parsed as? [String: String]).map { [$0] })
        let header = try #require(records.first?.fields)
        let rows = records.dropFirst().map { record in Dictionary(uniqueKeysWithValues: zip(header, record.fields)) }
        if Self.upstreamMismatch.contains(name) {
            #expect(rows.count == expected.count)
            #expect(rows.first?["Location Coordinates"] == expected.first?["Location Coordinates"])
        } else {
            #expect(rows == expected)
        }
    }

    /// Seeded mutations (bytes inserted, removed or replaced with quotes, delimiters, line ends and bad UTF-8): every
    /// input either reads or fails with a line number inside the file.
    @Test func mutatedFilesReadOrFailWithALineNeverTrap() throws {
        var random = SplitMix64(seed: 4_181)
        let alphabet: [UInt8] = [34, 44, 59, 10, 13, 0, 0xFF, 0xC3, 0xA9, 97, 32, 0xEF, 0xBB, 0xBF]
        let originals = try Self.names.map(bytes)
        var failures = 0
        for _ in 0..<3_000 {
            var input = originals[random.next(below: originals.count)]
            for _ in 0..<(1 + random.next(below: 4)) {
                let position = input.isEmpty ? 0 : random.next(below: input.count + 1)
                let byte = alphabet[random.next(below: alphabet.count)]
                switch random.next(below: 3) {
                case 0: input.insert(byte, at: position)
                case 1 where position < input.count: input.remove(at: position)
                default: if position < input.count { input[position] = byte } else { input.append(byte) }
                }
            }
            do {
                _ = try CSVReader.read(input)
            } catch {
                failures += 1
                let lines = input.filter { $0 == 10 || $0 == 13 }.count + 1
                #expect((1...lines).contains(error.line), "line \(error.line) of \(lines)")
            }
        }
        #expect(failures > 100, "the mutations reach the error paths")
    }
}
