import HRAPCore
import JSONCoding
import SyntheticData
import Testing

@testable import HRAPStore

/// A store holding a small synthetic plan of `measurements` values.
private func syntheticStore(seed: UInt64, measurements: Int) throws -> (PlanStore, plan: String) {
    var size = SyntheticPlan.Size()
    (size.actions, size.indicators, size.measurements, size.budgetLines) = (20, 40, measurements, 20)
    let file = SyntheticPlan(seed: seed, size: size).planFile()
    let store = try PlanStore(path: temporaryDatabase())
    _ = try store.importPlan(file, source: "synthetic", by: author())
    return (store, file.plan.code)
}

/// A sheet is emitted in chunks that each end at the end of a row, so a large plan's sheet is never whole in memory
/// and every chunk is valid UTF-8; together they are the sheet.
@Suite struct SheetStreamTests {
    @Test func chunksEndAtRowsAndMakeTheWholeSheet() throws {
        let (store, plan) = try syntheticStore(seed: 3, measurements: 8_000)
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";")] {
            var chunks: [[UInt8]] = []
            try store.exportSheet(.measurements, plan: plan, delimiter: delimiter) { chunks.append($0) }
            let whole = try store.exportSheet(.measurements, plan: plan, delimiter: delimiter)
            #expect(chunks.count > 2, "8,000 rows make more than one chunk")
            let rows = delimiter == UInt8(ascii: ";") ? Array(chunks.dropFirst()) : chunks
            #expect(delimiter == UInt8(ascii: ",") || chunks.first == Array("\u{FEFF}".utf8), "the mark comes alone")
            #expect(rows.allSatisfy { $0.last == UInt8(ascii: "\n") && $0.count <= SheetExporter.chunkSize + 4_096 })
            #expect(String(decoding: chunks.joined(), as: UTF8.self) == whole)
            #expect(whole.utf8.filter { $0 == UInt8(ascii: "\n") }.count == 8_001, "a header and 8,000 rows")
        }
    }

    @Test func aMissingPlanEmitsNothing() throws {
        let store = try PlanStore(path: temporaryDatabase())
        var emitted = 0
        #expect(throws: (any Error).self) {
            try store.exportSheet(.measurements, plan: "nowhere", delimiter: UInt8(ascii: ";")) { emitted += $0.count }
        }
        #expect(emitted == 0, "not even the byte order mark")
    }
}

/// A plan file is written from its rows as it is read: the same bytes as the plan file encoded whole, in chunks.
@Suite struct PlanExportStreamTests {
    private func streamed(_ store: PlanStore, _ plan: String, chunks: inout Int) throws -> String {
        var bytes: [UInt8] = [], count = 0
        try store.exportPlan(plan) { chunk in
            bytes += chunk
            count += 1
        }
        chunks = count
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func bothExamplesStreamToTheBytesOfTheWholeFile() throws {
        let store = try storeWithExample()
        _ = try store.importPlan(
            PlanFile.decode(try JSONParser.parse(try secondExampleText())).0, source: "hainbach", by: author())
        for plan in ["aldermoor-2023", "hainbach-inklusiv"] {
            var chunks = 0
            let whole = JSONWriter.pretty(try store.exportPlan(plan).encode())
            let text = try streamed(store, plan, chunks: &chunks)
            #expect(text == whole, "\(plan)")
            #expect(whole.contains("\"measurements\": [\n    {") && whole.contains("\"assessments\": ["))
        }
    }

    @Test func aLargePlanStreamsInManyChunks() throws {
        let (store, plan) = try syntheticStore(seed: 5, measurements: 6_000)
        var chunks = 0
        let text = try streamed(store, plan, chunks: &chunks)
        let whole = JSONWriter.pretty(try store.exportPlan(plan).encode())
        #expect(chunks > 3 && text == whole)
        #expect(PlanFile.decode(try JSONParser.parse(text)).0.measurements.count == 6_000)
    }

    @Test func aMissingPlanEmitsNothing() throws {
        let store = try PlanStore(path: temporaryDatabase())
        var emitted = 0
        #expect(throws: (any Error).self) { try store.exportPlan("nowhere") { emitted += $0.count } }
        #expect(emitted == 0)
    }
}
