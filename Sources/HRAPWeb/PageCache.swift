import Dispatch
import Locking
import Synchronization

/// Values computed from a whole plan — report data and rendered public pages — kept while the data is unchanged.
///
/// Each key (a plan and who reads it, or a page's address and language) holds one value, of one data version: a value
/// of a newer version replaces it, so older versions never linger. The oldest keys go first, when there are more
/// than `capacity` or their cost passes `maximumCost`. A miss is computed once however many ask at the same time:
/// the first computes, the others wait for its value (or error) — or, when the key is allowed to be stale, get the
/// value of the previous version at once if it is at most `staleFor` old (stale-while-revalidate).
final class PageCache<Value: Sendable>: Sendable {
    /// One computation under way, and what it gave.
    private final class Flight: Sendable {
        let version: Int64
        let done = DispatchGroup()
        let result = Mutex<Result<Value, any Error>?>(nil)

        init(version: Int64) { self.version = version }
    }

    /// A key's value: its version and when it was stored.
    private struct Entry {
        let version: Int64
        let value: Value
        let stored: ContinuousClock.Instant
    }

    /// What a look-up found: a value to answer with, or a computation to wait for or to lead.
    private enum Lookup {
        case value(Value)
        case wait(Flight)
        case lead(Flight)
    }

    private struct Store {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var cost = 0
        var flights: [String: Flight] = [:]
    }

    private let store = BlockingLock(Store())
    /// The most keys kept.
    let capacity: Int
    /// The most cost kept (for pages, bytes), however few the keys.
    let maximumCost: Int
    private let cost: @Sendable (Value) -> Int

    /// A cache of at most `capacity` keys and `maximumCost` in all, each value costing what `cost` says.
    init(capacity: Int, maximumCost: Int = .max, cost: @escaping @Sendable (Value) -> Int = { _ in 0 }) {
        (self.capacity, self.maximumCost, self.cost) = (capacity, maximumCost, cost)
    }

    /// The value of `key` at `version` (or a later one), or the one `compute` makes, stored (unless it alone costs more than the
    /// maximum). While one caller computes a key, the others asking for it wait and get the same value or error —
    /// or, with `staleFor` above zero, the key's value of an earlier version stored at most that long ago.
    func value(
        _ key: String, version: Int64, staleFor: Duration = .zero, compute: () throws -> Value
    ) throws -> Value {
        try value(key, version: version, staleFor: staleFor) { _ in try compute() }
    }

    /// The value of `key` as ``value(_:version:staleFor:compute:)`` gives it, where `update` computes a value from
    /// the key's value of an earlier version, when the cache holds one (to bring it up to date rather than start
    /// afresh).
    func value(
        _ key: String, version: Int64, staleFor: Duration = .zero, update: (Value?) throws -> Value
    ) throws -> Value {
        while true {
            switch lookUp(key, version: version, staleFor: staleFor) {
            case .value(let value): return value
            case .lead(let flight): return try lead(flight, key: key, update: update)
            case .wait(let flight):
                flight.done.wait()
                if flight.version >= version, let result = flight.result.withLock({ $0 }) { return try result.get() }
            }
        }
    }

    private func lookUp(_ key: String, version: Int64, staleFor: Duration) -> Lookup {
        store.withLock { store in
            let entry = store.entries[key]
            if let entry, entry.version >= version { return .value(entry.value) }
            if let flight = store.flights[key] {
                if let entry, staleFor > .zero, entry.version < version, entry.stored.duration(to: .now) <= staleFor {
                    return .value(entry.value)
                }
                return .wait(flight)
            }
            let flight = Flight(version: version)
            flight.done.enter()
            store.flights[key] = flight
            return .lead(flight)
        }
    }

    private func lead(_ flight: Flight, key: String, update: (Value?) throws -> Value) throws -> Value {
        var previous = store.withLock { $0.entries[key]?.value }
        let result = Result { try update(previous) }
        previous = nil
        let replaced = store.withLock { store -> [Entry] in
            store.flights[key] = nil
            guard case .success(let value) = result else { return [] }
            return keep(value, as: key, version: flight.version, in: &store)
        }
        // What the new value replaces is released on another thread, neither under the lock nor on the request's
        // time: a large plan's report data is a graph of millions of objects.
        if !replaced.isEmpty { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replaced) {} } }
        flight.result.withLock { $0 = result }
        flight.done.leave()
        return try result.get()
    }

    /// Stores the value; returns the entries it replaced or evicted, for the caller to release after the lock.
    private func keep(_ value: Value, as key: String, version: Int64, in store: inout Store) -> [Entry] {
        var removed: [Entry] = []
        if let held = store.entries[key] {
            guard held.version < version else { return [] }
            removed.append(held)
            store.entries[key] = nil
            store.order.removeAll { $0 == key }
            store.cost -= cost(held.value)
        }
        let valueCost = cost(value)
        guard valueCost <= maximumCost else { return removed }
        store.entries[key] = Entry(version: version, value: value, stored: .now)
        store.order.append(key)
        store.cost += valueCost
        while store.order.count > capacity || store.cost > maximumCost {
            let oldest = store.order.removeFirst()
            if let evicted = store.entries.removeValue(forKey: oldest) {
                store.cost -= cost(evicted.value)
                removed.append(evicted)
            }
        }
        return removed
    }

    /// How many keys and how much cost the cache holds now.
    var usage: (entries: Int, cost: Int) {
        store.withLock { ($0.order.count, $0.cost) }
    }
}
