@testable import HRAPStore
import Synchronization
import Testing

/// The pipeline between the thread that reads a bulk import and the one that writes it: items arrive in order, the
/// producer's error in its place, and a caller that stops early stops the producer and never hangs.
@Suite struct PipelineTests {
    struct Broken: Error, Equatable {}

    @Test func itemsArriveInOrderThenTheEnd() throws {
        let pipeline = Pipeline<Int>(capacity: 2) { send in
            for number in 0..<1_000 { try send(number) }
        }
        defer { pipeline.finish() }
        var received: [Int] = []
        while let number = try pipeline.next() { received.append(number) }
        #expect(received == Array(0..<1_000))
    }

    @Test func theProducersErrorComesAfterWhatItMadeBefore() throws {
        let pipeline = Pipeline<Int>(capacity: 3) { send in
            for number in 0..<5 { try send(number) }
            throw Broken()
        }
        defer { pipeline.finish() }
        var received: [Int] = []
        #expect(throws: Broken.self) {
            while let number = try pipeline.next() { received.append(number) }
        }
        #expect(received == [0, 1, 2, 3, 4])
    }

    @Test func stoppingEarlyStopsTheProducer() throws {
        let made = Atomic<Int>(0)
        let pipeline = Pipeline<Int>(capacity: 2) { send in
            for number in 0..<100_000 {
                made.add(1, ordering: .relaxed)
                try send(number)
            }
        }
        #expect(try pipeline.next() == 0)
        pipeline.finish()
        #expect(made.load(ordering: .relaxed) <= 5, "the producer stopped once the queue was full")
    }
}
