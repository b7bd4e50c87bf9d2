import Foundation
import Locking
import Testing

/// What the lock guards is changed by one thread at a time: no increment is lost however many threads add at once.
@Suite struct BlockingLockTests {
    @Test func noUpdateIsLostUnderContention() {
        let counter = BlockingLock(0)
        let group = DispatchGroup()
        for _ in 0..<16 {
            group.enter()
            Thread.detachNewThread {
                for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
                group.leave()
            }
        }
        group.wait()
        #expect(counter.withLock { $0 } == 160_000)
    }

    @Test func aThrowingBodyLeavesTheLockFree() {
        struct Failure: Error {}
        let lock = BlockingLock([1, 2])
        #expect(throws: Failure.self) { try lock.withLock { _ in throw Failure() } }
        #expect(lock.withLock { $0.count } == 2, "taken again after the throw")
    }
}
