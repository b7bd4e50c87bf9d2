#if canImport(Glibc)
    import Glibc
#endif

/// A failed socket call, with the call's name and errno.
public struct SocketError: Error, Sendable, CustomStringConvertible {
    /// The system call that failed.
    public let call: String
    public let errno: Int32

    /// Creates an error.
    public init(_ call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    public var description: String {
        "\(call) failed: \(String(cString: strerror(errno)))"
    }
}

/// Runs a system call, retrying it when a signal interrupts it (EINTR), and throws its errno otherwise.
@discardableResult
func systemCall(_ name: String, _ body: () -> Int32) throws(SocketError) -> Int32 {
    while true {
        let result = body()
        if result >= 0 { return result }
        if errno != EINTR { throw SocketError(name, errno: errno) }
    }
}
