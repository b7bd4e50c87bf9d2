import HRAPCore
import Testing

@testable import HRAPStore

/// The data version that public page caches are keyed by: reused without a read while this store writes nothing,
/// a write through this store seen at once, a write by another process (another store on the file) within the bound.
@Suite struct DataVersionTests {
    private func value(_ number: Double) -> Measurement {
        var measurement = Measurement()
        (measurement.indicator, measurement.value) = ("1.1.b", number)
        measurement.date = CalendarDate(partial: "2025-06-30") ?? measurement.date
        return measurement
    }

    @Test func aWriteThroughThisStoreIsSeenAtOnceAndAReuseReadsNothing() throws {
        let store = try storeWithExample()
        let first = try store.dataVersion(reusedFor: .seconds(60))
        let before = store.transactionsBegun
        #expect(try store.dataVersion(reusedFor: .seconds(60)) == first)
        #expect(store.transactionsBegun == before, "a reused version begins no transaction")
        try store.record(value(1), plan: "aldermoor-2023", by: author(at: "2026-02-01T10:00:00Z"))
        let second = try store.dataVersion(reusedFor: .seconds(60)), read = try store.dataVersion()
        #expect(second > first && second == read)
    }

    @Test func aWriteByAnotherProcessIsSeenWithinTheBound() throws {
        let server = try storeWithExample()
        let cli = try PlanStore(path: server.pool.path)
        let first = try server.dataVersion(reusedFor: .seconds(60))
        try cli.record(value(2), plan: "aldermoor-2023", by: author(at: "2026-02-01T10:00:00Z"))
        #expect(try server.dataVersion(reusedFor: .seconds(60)) == first, "not read again within the bound")
        let written = try cli.dataVersion()
        #expect(written > first)
        #expect(try server.dataVersion(reusedFor: .zero) == written, "read again past it")
    }
}
