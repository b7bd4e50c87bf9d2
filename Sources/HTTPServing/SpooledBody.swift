import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Synchronization

/// A request body kept in a temporary file as it arrives instead of in memory: what an upload that a handler reads
/// as a stream is held in. The file has no name once created (it is unlinked at once), so it goes with the last
/// reference, however the process ends.
public final class SpooledBody: Sendable {
    private let descriptor: Int32
    private let written = Atomic<Int>(0)

    /// Creates an empty body file in the system's temporary directory (`TMPDIR`, else `/tmp`).
    init() throws(RequestRejection) {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/hrap-body-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0, fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0 else {
            throw RequestRejection(.serviceUnavailable, "the server cannot hold the body now; try again")
        }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The bytes held so far.
    public var count: Int { written.load(ordering: .acquiring) }

    /// Appends bytes; called by the one thread that owns the connection.
    func append(_ bytes: ArraySlice<UInt8>) throws(RequestRejection) {
        var offset = 0
        let total = bytes.count
        let failed = bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            while offset < total {
                let count = Glibc.write(descriptor, base + offset, total - offset)
                if count > 0 {
                    offset += count
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return true
                }
            }
            return false
        }
        guard !failed else {
            throw RequestRejection(.serviceUnavailable, "the server cannot hold the body now; try again")
        }
        written.add(total, ordering: .releasing)
    }

    /// A reader of the whole body from its start, `chunkSize` bytes a call, nil at its end; each call of this
    /// function starts a reader of its own, so a handler may read the body more than once.
    public func chunks(size chunkSize: Int = 256 * 1024) -> @Sendable () throws -> [UInt8]? {
        let position = Mutex(0)
        let total = count
        let descriptor = self.descriptor
        return { [self] in
            try withExtendedLifetime(self) {
                try position.withLock { offset -> [UInt8]? in
                    guard offset < total else { return nil }
                    var chunk = [UInt8](repeating: 0, count: min(chunkSize, total - offset))
                    var filled = 0
                    while filled < chunk.count {
                        let count = chunk.withUnsafeMutableBytes { raw -> Int in
                            guard let base = raw.baseAddress else { return 0 }
                            return pread(descriptor, base + filled, raw.count - filled, off_t(offset + filled))
                        }
                        if count < 0, errno == EINTR { continue }
                        guard count > 0 else { throw SocketError("pread", errno: count < 0 ? errno : EIO) }
                        filled += count
                    }
                    offset += filled
                    return chunk
                }
            }
        }
    }
}
