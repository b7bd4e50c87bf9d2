#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes from the operating system's cryptographically secure generator (`/dev/urandom`, which the Linux kernel
/// seeds before user space starts and never blocks on afterwards).
public enum SecureRandom {
    /// Why random bytes could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The failing call's errno.
        public let errno: Int32
        public var description: String { "cannot read /dev/urandom (errno \(errno))" }
    }

    /// `count` random bytes.
    public static func bytes(_ count: Int) throws(Failure) -> [UInt8] {
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + filled, count - filled)
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw Failure(errno: got == 0 ? EIO : errno) }
            filled += got
        }
        return buffer
    }
}
