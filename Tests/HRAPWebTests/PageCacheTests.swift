import Foundation
import Synchronization
import Testing

@testable import HRAPWeb

/// The cache of rendered pages stays within its entry count and its cost, oldest out first; one value per key, of its
/// latest version; one computation per miss; a stale value only where allowed and young enough.
@Suite struct PageCacheTests {
    private func fill(_ cache: PageCache<[UInt8]>, _ keys: ClosedRange<Int>, size: Int) throws {
        for key in keys {
            _ = try cache.value("\(key)", version: 1) { Array(repeating: UInt8(key % 256), count: size) }
        }
    }

    @Test func evictsTheOldestWhenTheCostPassesTheMaximum() throws {
        let cache = PageCache<[UInt8]>(capacity: 100, maximumCost: 1_000) { $0.count }
        try fill(cache, 1...25, size: 100)
        #expect(cache.usage.entries == 10 && cache.usage.cost == 1_000)
        var computed = false
        _ = try cache.value("25", version: 1) {
            computed = true; return []
        }
        #expect(!computed, "the newest entry is kept")
        _ = try cache.value("15", version: 1) {
            computed = true; return []
        }
        #expect(computed, "the oldest entries went first")
    }

    @Test func evictsByCountAndNeverKeepsAValueCostingMoreThanTheMaximum() throws {
        let cache = PageCache<[UInt8]>(capacity: 3, maximumCost: 1_000) { $0.count }
        try fill(cache, 1...5, size: 10)
        #expect(cache.usage.entries == 3 && cache.usage.cost == 30)
        let large = try cache.value("large", version: 1) { Array(repeating: 1, count: 1_001) }
        #expect(large.count == 1_001 && cache.usage.entries == 3 && cache.usage.cost == 30)
    }

    @Test func anUpdateIsGivenTheKeysValueOfTheEarlierVersion() throws {
        let cache = PageCache<[UInt8]>(capacity: 4) { $0.count }
        var seen: [[UInt8]?] = []
        let first = try cache.value("plan", version: 1) { (previous: [UInt8]?) in
            seen.append(previous)
            return [1]
        }
        let second = try cache.value("plan", version: 2) { (previous: [UInt8]?) in
            seen.append(previous)
            return (previous ?? []) + [2]
        }
        let other = try cache.value("other", version: 2) { (previous: [UInt8]?) in
            seen.append(previous)
            return [9]
        }
        #expect(first == [1] && second == [1, 2] && other == [9])
        #expect(seen == [nil, [1], nil], "a key's own earlier value, none for a new key")
        _ = try cache.value("plan", version: 2) { (_: [UInt8]?) in
            Issue.record("the value of version 2 is kept")
            return []
        }
    }

    /// Runs `body` on `count` threads at once and waits for them all.
    private func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread.detachNewThread {
                body(index)
                group.leave()
            }
        }
        group.wait()
    }

    /// 64 first views at once cost one computation: the others wait for it and get its value.
    @Test func concurrentMissesOfOneKeyComputeOnce() {
        let cache = PageCache<[UInt8]>(capacity: 8, maximumCost: 1_000) { $0.count }
        let computations = Mutex(0), values = Mutex<[[UInt8]]>([])
        onThreads(64) { _ in
            let value = try? cache.value("page", version: 1) {
                computations.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.2)
                return [1, 2, 3]
            }
            values.withLock { $0.append(value ?? []) }
        }
        #expect(computations.withLock { $0 } == 1)
        #expect(values.withLock { $0.count == 64 && $0.allSatisfy { $0 == [1, 2, 3] } })
    }

    /// When the one computation fails, those waiting for it get its error, and the next ask computes again.
    @Test func waitersGetTheErrorAndTheNextAskComputesAgain() throws {
        struct Failure: Error {}
        let cache = PageCache<[UInt8]>(capacity: 8, maximumCost: 1_000) { $0.count }
        let failures = Mutex(0), computations = Mutex(0)
        onThreads(16) { _ in
            do {
                _ = try cache.value("page", version: 1) {
                    computations.withLock { $0 += 1 }
                    Thread.sleep(forTimeInterval: 0.2)
                    throw Failure()
                }
            } catch { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 16)
        #expect(computations.withLock { $0 } < 16, "the failure was shared, not found 16 times")
        #expect(try cache.value("page", version: 1) { [9] } == [9])
    }

    @Test func aNewerVersionReplacesTheOlderAndAnOlderAskGetsTheNewer() throws {
        let cache = PageCache<[UInt8]>(capacity: 8, maximumCost: 1_000) { $0.count }
        _ = try cache.value("page", version: 1) { [1] }
        #expect(try cache.value("page", version: 2) { [2, 2] } == [2, 2])
        #expect(cache.usage.entries == 1 && cache.usage.cost == 2, "version 1 is gone, not left to age out")
        #expect(try cache.value("page", version: 1) { [9] } == [2, 2], "a reader of an older version gets the newer")
        #expect(try cache.value("page", version: 3) { [3] } == [3])
    }

    /// While one caller renders version 2, the others get version 1 at once — if it is young enough — and version 2
    /// is computed once.
    @Test func othersGetThePreviousVersionWhileOneComputesTheNext() throws {
        let cache = PageCache<[UInt8]>(capacity: 8, maximumCost: 1_000) { $0.count }
        _ = try cache.value("page", version: 1) { [1] }
        let computations = Mutex(0), values = Mutex<[[UInt8]]>([])
        let started = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let value = try? cache.value("page", version: 2, staleFor: .seconds(5)) {
                computations.withLock { $0 += 1 }
                started.signal()
                Thread.sleep(forTimeInterval: 0.5)
                return [2]
            }
            values.withLock { $0.append(value ?? []) }
        }
        started.wait()
        onThreads(32) { _ in
            let value = try? cache.value("page", version: 2, staleFor: .seconds(5)) {
                computations.withLock { $0 += 1 }
                return [2]
            }
            values.withLock { $0.append(value ?? []) }
        }
        #expect(values.withLock { $0.filter { $0 == [1] }.count } == 32, "nobody waited for the computation under way")
        Thread.sleep(forTimeInterval: 0.6)
        #expect(computations.withLock { $0 } == 1)
        #expect(try cache.value("page", version: 2) { [9] } == [2])
    }

    /// A previous version older than the bound is not sent: the caller waits for the new one.
    @Test func aPreviousVersionTooOldIsNotSent() throws {
        let cache = PageCache<[UInt8]>(capacity: 8, maximumCost: 1_000) { $0.count }
        _ = try cache.value("page", version: 1) { [1] }
        Thread.sleep(forTimeInterval: 0.1)
        let started = DispatchSemaphore(value: 0), values = Mutex<[[UInt8]]>([])
        Thread.detachNewThread {
            _ = try? cache.value("page", version: 2, staleFor: .milliseconds(50)) {
                started.signal()
                Thread.sleep(forTimeInterval: 0.3)
                return [2]
            }
        }
        started.wait()
        onThreads(4) { _ in
            let value = try? cache.value("page", version: 2, staleFor: .milliseconds(50)) { [9] }
            values.withLock { $0.append(value ?? []) }
        }
        #expect(values.withLock { $0 } == [[2], [2], [2], [2]])
    }

    @Test func aComputationThatThrowsStoresNothing() {
        struct Failure: Error {}
        let cache = PageCache<[UInt8]>(capacity: 3, maximumCost: 1_000) { $0.count }
        #expect(throws: Failure.self) { try cache.value("x", version: 1) { throw Failure() } }
        #expect(cache.usage.entries == 0)
    }
}

/// Public pages are compressed once, when cached, and sent compressed to a client that takes gzip.
@Suite struct CompressedPageTests {
    @Test func aClientThatTakesGzipGetsTheCompressedPageOthersThePlainOne() throws {
        let site = try WebFixture()
        let plain = site.call("GET", "/plans/aldermoor-2023")
        #expect(plain.status == 200 && plain.header("Content-Encoding") == nil && plain.body.contains("<html"))
        #expect(plain.header("Vary") == "Accept-Encoding")
        let gzipped = site.call("GET", "/plans/aldermoor-2023", headers: [("Accept-Encoding", "gzip, deflate, br")])
        #expect(gzipped.status == 200 && gzipped.header("Content-Encoding") == "gzip")
        #expect(gzipped.header("Vary") == "Accept-Encoding" && !gzipped.body.contains("<html"))
        let length = Int(gzipped.header("Content-Length") ?? "") ?? 0
        #expect(length > 0 && length * 4 < plain.body.utf8.count, "a fraction of the plain page")
        let refused = site.call("GET", "/plans/aldermoor-2023", headers: [("Accept-Encoding", "gzip;q=0")])
        #expect(refused.header("Content-Encoding") == nil && refused.body.contains("<html"))
    }
}
