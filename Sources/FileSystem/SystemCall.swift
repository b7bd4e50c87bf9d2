#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place system calls are retried when a signal interrupts them.
enum SystemCall {
    /// Calls `call` again while it fails with `EINTR`; returns its last result (negative with `errno` set on failure).
    static func retryingInterrupts(_ call: () -> Int) -> Int {
        var result: Int
        repeat { result = call() } while result < 0 && errno == EINTR
        return result
    }
}
