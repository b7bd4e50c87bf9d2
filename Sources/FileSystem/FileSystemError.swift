#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call on a file: which call, which path, and the `errno` it set.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system call that failed, e.g. `open`.
    public let call: String
    /// The path it was called on.
    public let path: String
    /// The error number it set.
    public let errno: Int32

    /// Creates an error.
    public init(call: String, path: String, errno: Int32) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    /// Whether the file was not there (`ENOENT`, `ENOTDIR`).
    public var isMissing: Bool { errno == ENOENT || errno == ENOTDIR }

    /// The system's wording of the error, e.g. `No space left on device`.
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String { "\(path): \(reason)" }
}
