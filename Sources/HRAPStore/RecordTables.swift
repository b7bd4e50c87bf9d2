import HRAPCore
import Synchronization

extension IdentifiedRecord {
    /// Where and how the store keeps this type: a table named after the records' collection, identified by their
    /// identity, built once per type from the core's declarations.
    package static var table: RecordTable<Self> { RecordTables.shared.table(Self.self) }
}

/// The store's tables, one per record type, built on first use.
final class RecordTables: Sendable {
    static let shared = RecordTables()
    private let built = Mutex<[ObjectIdentifier: any Sendable]>([:])

    func table<R: IdentifiedRecord>(_ type: R.Type) -> RecordTable<R> {
        built.withLock { tables in
            if let table = tables[ObjectIdentifier(R.self)] as? RecordTable<R> { return table }
            let plan = R.self as? any PlanRecord.Type
            let table = RecordTable<R>(
                R.collection, planScoped: plan != nil, identity: R.identity, keyIndexOrder: Self.keyIndexOrder(R.self),
                appendOnly: plan?.isAppendOnly ?? false)
            tables[ObjectIdentifier(R.self)] = table
            return table
        }
    }

    /// Values are read by indicator and date first (the key index is built in this order; see the schema).
    private static func keyIndexOrder<R>(_ type: R.Type) -> [String]? {
        R.self == Measurement.self ? ["indicator", "date", "period_start", "disaggregation"] : nil
    }
}
