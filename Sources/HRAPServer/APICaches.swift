import Synchronization

/// Responses computed from the whole plan (scores), kept while the data they came from is unchanged: the key holds
/// the database's data version, so any write makes every older entry unreachable, and the oldest entries go first.
final class APICaches: Sendable {
    private struct Store {
        var entries: [String: CachedResponse] = [:]
        var order: [String] = []
    }

    /// A cached response body with its entity tag.
    struct CachedResponse: Sendable {
        let body: [UInt8]
        let etag: String
    }

    private let scores = Mutex(Store())
    /// The most responses kept.
    let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The cached response for `key`, or the one `compute` makes, stored.
    func response(_ key: String, compute: () throws -> CachedResponse) rethrows -> CachedResponse {
        if let hit = scores.withLock({ $0.entries[key] }) { return hit }
        let response = try compute()
        scores.withLock { store in
            if store.entries[key] == nil {
                store.entries[key] = response
                store.order.append(key)
            }
            while store.order.count > capacity {
                store.entries[store.order.removeFirst()] = nil
            }
        }
        return response
    }
}
