import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads that run jobs in the order they were queued.
final class WorkerPool: Sendable {
    private let queue = Mutex<[(@Sendable () -> Void)?]>([])
    private let available = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let count: Int

    /// Starts `count` threads.
    init(count: Int, name: String) {
        self.count = count
        for index in 0..<count {
            let thread = Thread { [self] in run() }
            thread.name = "\(name)-\(index)"
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Queues a job.
    func submit(_ job: @escaping @Sendable () -> Void) {
        queue.withLock { $0.append(job) }
        available.signal()
    }

    /// Lets the threads finish the queued jobs, then stop; returns when they have.
    func stop() {
        for _ in 0..<count {
            queue.withLock { $0.append(nil) }
            available.signal()
        }
        for _ in 0..<count { finished.wait() }
    }

    private func run() {
        while true {
            available.wait()
            let next = queue.withLock { $0.removeFirst() }
            guard let job = next else {
                finished.signal()
                return
            }
            job()
        }
    }
}
