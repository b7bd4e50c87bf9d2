import JSONCoding
import SQLiteStore
import HRAPCore
@testable import HRAPStore
import Testing

/// The spreadsheet import's value comparison of measurements says "same" exactly when the generic comparison through
/// JSON does, for every example measurement against variants of itself differing in one field each.
@Suite struct SameContentTests {
    @Test func measurementsCompareAsTheirJSONDoes() throws {
        let variants: [(String, (inout Measurement) -> Void)] = [
            ("recorded at", { $0.recordedAt = Timestamp(secondsSince1970: 1) }),
            ("recorded by", { $0.recordedBy = "x" }),
            ("value", { $0.value = ($0.value ?? 0) + 1 }), ("no value", { $0.value = nil }),
            ("empty source", { $0.source = "" }), ("no source", { $0.source = nil }), ("note", { $0.note = "n" }),
            ("evidence", { $0.evidenceURL = "https://example.org" }), ("private", { $0.isPublic.toggle() }),
            ("group", { $0.disaggregation["sex"] = "female" }), ("no group", { $0.disaggregation = [:] }),
            ("judged", { $0.judgedStatus = .onTrack }), ("period", { $0.periodStart = nil }),
            ("date", { $0.date = $0.date.adding(days: 1) }), ("indicator", { $0.indicator += "x" }),
        ]
        var compared = 0
        for measurement in try examplePlan().measurements {
            for (name, change) in variants {
                var other = measurement
                change(&other)
                #expect(
                    Measurement.sameContent(measurement, other)
                        == Measurement.table.hasSameContent(measurement, other), "\(name) of \(measurement.key)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}

/// Measurements read column by column are the ones the generic reader makes, on every stored row of both examples,
/// and a stored row it cannot read is refused as corrupt, not read wrong.
@Suite struct MeasurementRowTests {
    @Test func everyStoredMeasurementReadsAlikeBothWays() throws {
        let store = try storeWithExample()
        _ = try store.importPlan(
            PlanFile.decode(try JSONParser.parse(try secondExampleText())).0, source: "hainbach", by: author())
        let (generic, direct) = try store.pool.read { db in
            var generic: [Int64: Measurement] = [:], direct: [Int64: Measurement] = [:]
            try db.forEachRow("SELECT id, \(Measurement.table.columnList) FROM measurements") { row in
                generic[row.integer(at: 0) ?? 0] = try Measurement.table.genericRecord(from: row, offset: 1)
            }
            try db.forEachRow("SELECT id, \(MeasurementRow.columns) FROM measurements") { row in
                direct[row.integer(at: 0) ?? 0] = try MeasurementRow.read(row, offset: 1)
            }
            return (generic, direct)
        }
        #expect(generic.count > 300 && generic == direct)
        #expect(
            direct.values.contains { !$0.disaggregation.isEmpty } && direct.values.contains { $0.judgedStatus != nil })
        #expect(
            direct.values.contains { $0.periodStart != nil }
                && direct.values.contains { !$0.isPublic || $0.note != nil })
    }

    @Test func aRowThatDoesNotParseIsCorrupt() throws {
        let store = try storeWithExample()
        for (column, text) in [("date", "2024-13-01"), ("disaggregation", "{\"sex\": 1}"), ("recorded_at", "soon")] {
            #expect(throws: StoreError.self) {
                try store.pool.read { db in
                    try db.forEachRow(
                        "SELECT 1, \(MeasurementRow.columns.replacing("\"\(column)\"", with: "?")) FROM measurements LIMIT 1",
                        [.text(text)]
                    ) { row in _ = try MeasurementRow.read(row, offset: 1) }
                }
            }
        }
    }
}
