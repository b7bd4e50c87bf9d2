#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Standard output or standard error, written with `write(2)`: a full disk, a closed pipe or a closed descriptor is
/// remembered as a failure instead of trapping the process (as `FileHandle.write` does).
public final class StandardStream: Sendable {
    /// The descriptor written to.
    public let descriptor: Int32
    private let failureMessage = Mutex<String?>(nil)

    /// Standard output.
    public static let output = StandardStream(descriptor: 1)
    /// Standard error.
    public static let error = StandardStream(descriptor: 2)

    /// A stream over a descriptor.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Ignores SIGPIPE, so that writing to a closed pipe fails with EPIPE instead of killing the process.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes the text whole, retrying interrupted and partial writes; after a failure, later writes are skipped.
    public func write(_ text: String) {
        guard failure == nil else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in Glibc.write(descriptor, buffer.baseAddress, buffer.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                failureMessage.withLock { $0 = reason }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Why a write failed (`No space left on device`, `Broken pipe`), or nil when every write succeeded.
    public var failure: String? { failureMessage.withLock { $0 } }
}
