import Synchronization

/// Values computed from a whole plan — report data and rendered public pages — kept while the data is unchanged: each
/// key holds the database's data version and the date, so any write or a new day makes older entries unreachable;
/// the oldest entries go first.
final class PageCache<Value: Sendable>: Sendable {
    private struct Store {
        var entries: [String: Value] = [:]
        var order: [String] = []
    }

    private let store = Mutex(Store())
    /// The most entries kept.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached value for `key`, or the one `compute` makes, stored.
    func value(_ key: String, compute: () throws -> Value) throws -> Value {
        if let hit = store.withLock({ $0.entries[key] }) { return hit }
        let value = try compute()
        store.withLock { store in
            if store.entries[key] == nil {
                store.entries[key] = value
                store.order.append(key)
            }
            while store.order.count > capacity { store.entries[store.order.removeFirst()] = nil }
        }
        return value
    }
}
