import Dispatch
import Synchronization

/// Values computed from a whole plan — report data and rendered public pages — kept while the data is unchanged: each
/// key holds the database's data version and the date, so any write or a new day makes older entries unreachable;
/// the oldest entries go first, when there are more than `capacity` or their cost passes `maximumCost`. A miss is
/// computed once however many ask at the same time: the first computes, the others wait for its value (or error).
final class PageCache<Value: Sendable>: Sendable {
    /// One computation under way, and what it gave.
    private final class Flight: Sendable {
        let done = DispatchGroup()
        let result = Mutex<Result<Value, any Error>?>(nil)
    }

    private struct Store {
        var entries: [String: Value] = [:]
        var order: [String] = []
        var cost = 0
        var flights: [String: Flight] = [:]
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
    /// While one caller computes a key, the others asking for it wait and get the same value or error.
    func value(_ key: String, compute: () throws -> Value) throws -> Value {
        let (hit, flight, leads) = store.withLock { store -> (Value?, Flight?, Bool) in
            if let hit = store.entries[key] { return (hit, nil, false) }
            if let flight = store.flights[key] { return (nil, flight, false) }
            let flight = Flight()
            flight.done.enter()
            store.flights[key] = flight
            return (nil, flight, true)
        }
        if let hit { return hit }
        guard let flight else { return try compute() }
        guard leads else {
            flight.done.wait()
            return try flight.result.withLock { $0 }?.get() ?? compute()
        }
        let result = Result { try compute() }
        store.withLock { store in
            store.flights[key] = nil
            if case .success(let value) = result { keep(value, as: key, in: &store) }
        }
        flight.result.withLock { $0 = result }
        flight.done.leave()
        return try result.get()
    }

    private func keep(_ value: Value, as key: String, in store: inout Store) {
        let valueCost = cost(value)
        guard valueCost <= maximumCost, store.entries[key] == nil else { return }
        store.entries[key] = value
        store.order.append(key)
        store.cost += valueCost
        while store.order.count > capacity || store.cost > maximumCost {
            let oldest = store.order.removeFirst()
            store.cost -= store.entries.removeValue(forKey: oldest).map(cost) ?? 0
        }
    }

    /// How many entries and how much cost the cache holds now.
    var usage: (entries: Int, cost: Int) {
        store.withLock { ($0.order.count, $0.cost) }
    }
}
