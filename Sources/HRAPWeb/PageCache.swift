import Synchronization

/// Values computed from a whole plan — report data and rendered public pages — kept while the data is unchanged: each
/// key holds the database's data version and the date, so any write or a new day makes older entries unreachable;
/// the oldest entries go first, when there are more than `capacity` or their cost passes `maximumCost`.
final class PageCache<Value: Sendable>: Sendable {
    private struct Store {
        var entries: [String: Value] = [:]
        var order: [String] = []
        var cost = 0
    }

    private let store = Mutex(Store())
    /// The most entries kept.
    let capacity: Int
    /// The most cost kept (for pages, bytes), however few the entries.
    let maximumCost: Int
    private let cost: @Sendable (Value) -> Int

    /// A cache of at most `capacity` entries and `maximumCost` in all, each costing what `cost` says.
    init(capacity: Int, maximumCost: Int = .max, cost: @escaping @Sendable (Value) -> Int = { _ in 0 }) {
        (self.capacity, self.maximumCost, self.cost) = (capacity, maximumCost, cost)
    }

    /// The cached value for `key`, or the one `compute` makes, stored (unless it alone costs more than the maximum).
    func value(_ key: String, compute: () throws -> Value) throws -> Value {
        if let hit = store.withLock({ $0.entries[key] }) { return hit }
        let value = try compute()
        let valueCost = cost(value)
        guard valueCost <= maximumCost else { return value }
        store.withLock { store in
            if store.entries[key] == nil {
                store.entries[key] = value
                store.order.append(key)
                store.cost += valueCost
            }
            while store.order.count > capacity || store.cost > maximumCost {
                let oldest = store.order.removeFirst()
                store.cost -= store.entries.removeValue(forKey: oldest).map(cost) ?? 0
            }
        }
        return value
    }

    /// How many entries and how much cost the cache holds now.
    var usage: (entries: Int, cost: Int) {
        store.withLock { ($0.order.count, $0.cost) }
    }
}
