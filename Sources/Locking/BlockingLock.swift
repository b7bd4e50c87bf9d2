import Foundation

/// State behind a plain blocking lock (`NSLock`, a pthread mutex: a waiter sleeps in the kernel).
///
/// For state every request of `hrap serve` touches from every worker thread at once (idle database connections, the
/// `Date` header, caches): there a spinning lock (`Synchronization.Mutex`) spent up to a third of the CPU waiting,
/// measured with perf under 64 connections. `@unchecked Sendable`: `state` is touched only while `lock` is held.
public final class BlockingLock<State>: @unchecked Sendable {
    private let lock = NSLock()
    private var state: State

    /// A lock guarding `state`.
    public init(_ state: State) { self.state = state }

    /// Runs `body` with the state while holding the lock.
    public func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
