import Synchronization

/// Slows down guessing: a key (an address, or the start of what was presented) with too many failed sign-ins in a
/// window is refused until the window passes.
final class SignInThrottle: Sendable {
    private let failures = Mutex<[String: [Double]]>([:])
    /// Failures allowed per address within ``window`` seconds.
    let limit: Int
    let window: Double

    init(limit: Int = 10, window: Double = 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds the address must wait, or nil when it may try.
    func wait(for address: String, now: Double) -> Int? {
        failures.withLock { table in
            let recent = (table[address] ?? []).filter { now - $0 < window }
            table[address] = recent.isEmpty ? nil : recent
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, Int((window - (now - oldest)).rounded(.up)))
        }
    }

    /// Counts a failure; returns true when it is the one that starts a lockout.
    @discardableResult
    func fail(_ address: String, now: Double) -> Bool {
        failures.withLock { table in
            var recent = (table[address] ?? []).filter { now - $0 < window }
            recent.append(now)
            table[address] = recent
            if table.count > 100_000 { table.removeAll() }
            return recent.count == limit
        }
    }
}
