import Dispatch
import Synchronization

/// Runs a producer on a thread of its own and hands what it makes to the caller in order, through a queue of at most
/// `capacity` items: a bulk import reads and checks rows on one core while the caller writes them to the database on
/// the other. The producer's error reaches the caller in its place, after the items made before it.
///
/// The producer owns everything it captures until it ends: the caller must not touch those values before
/// ``finish()`` returns (the reason the type is `@unchecked Sendable`).
final class Pipeline<Item: Sendable>: @unchecked Sendable {
    /// What the producer left in the queue: an item, its error, or its end.
    private enum Entry {
        case item(Item)
        case failure(any Error)
        case end
    }

    /// Thrown inside the producer when the caller stopped early.
    private struct Stopped: Error {}

    /// Places free in the queue. Made at 0 and signalled up to the capacity: libdispatch traps when a semaphore is
    /// released below the value it was made with, which a producer stopped mid-queue would leave.
    private let free = DispatchSemaphore(value: 0)
    private let filled = DispatchSemaphore(value: 0)
    private let entries = Mutex<[Entry]>([])
    private let stopped = Atomic<Bool>(false)
    private let running = DispatchGroup()

    /// Starts `produce` on a thread of its own; it calls `send` with each item in turn.
    init(capacity: Int, produce: @escaping (_ send: (Item) throws -> Void) throws -> Void) {
        for _ in 0..<max(1, capacity) { free.signal() }
        nonisolated(unsafe) let produce = produce
        running.enter()
        DispatchQueue.global().async { [self] in
            defer { running.leave() }
            do {
                try produce { item in try self.send(.item(item)) }
                close(with: .end)
            } catch is Stopped {
                return
            } catch {
                close(with: .failure(error))
            }
        }
    }

    /// The next item in the order made; nil after the last. Throws the producer's error in its place.
    func next() throws -> Item? {
        filled.wait()
        let entry = entries.withLock { $0.removeFirst() }
        switch entry {
        case .item(let item):
            free.signal()
            return item
        case .failure(let error): throw error
        case .end: return nil
        }
    }

    /// Stops the producer if it is still making items and waits until its thread has ended. Call it once, whether
    /// or not every item was taken.
    func finish() {
        stopped.store(true, ordering: .releasing)
        free.signal()
        running.wait()
    }

    private func send(_ entry: Entry) throws {
        free.wait()
        guard !stopped.load(ordering: .acquiring) else { throw Stopped() }
        entries.withLock { $0.append(entry) }
        filled.signal()
    }

    /// Leaves the producer's last entry, which takes no place in the queue, so it never waits.
    private func close(with entry: Entry) {
        entries.withLock { $0.append(entry) }
        filled.signal()
    }
}
