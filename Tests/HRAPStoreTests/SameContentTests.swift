import HRAPCore
@testable import HRAPStore
import Testing

/// The spreadsheet import's value comparison of measurements says "same" exactly when the generic comparison through
/// JSON does, for every example measurement against variants of itself differing in one field each.
@Suite struct SameContentTests {
    @Test func measurementsCompareAsTheirJSONDoes() throws {
        let variants: [(String, (inout Measurement) -> Void)] = [
            ("recorded at", { $0.recordedAt = Timestamp(secondsSince1970: 1) }), ("recorded by", { $0.recordedBy = "x" }),
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
                #expect(Measurement.sameContent(measurement, other)
                        == Measurement.table.hasSameContent(measurement, other), "\(name) of \(measurement.key)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
