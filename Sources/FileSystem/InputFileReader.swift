#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// Reads an input in chunks, so a large file never has to be in memory at once: a regular file, a FIFO, a device, or
/// standard input for `-` (``InputFile/standardInput``).
public final class InputFileReader: Sendable {
    /// The path as given, for errors.
    public let path: String
    /// The file's size when it is a regular file (for progress), else nil.
    public let size: Int?
    /// Bytes read so far (for progress, which may be shown from another thread).
    public var bytesRead: Int { read.load(ordering: .relaxed) }
    private let read = Atomic<Int>(0)
    private let descriptor: Int32
    private let chunkSize: Int
    private let maximumBytes: Int

    /// Opens the input; a directory fails with `EISDIR`. Reading past `maximumBytes` fails with `EFBIG`, so an endless
    /// input (`/dev/zero`, a pipe that never closes) ends.
    public init(
        _ path: String, chunkSize: Int = 1 << 20, maximumBytes: Int = InputFile.defaultMaximumBytes
    ) throws(FileSystemError) {
        let descriptor = path == InputFile.standardInput ? dup(0) : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, errno: errno) }
        var status = stat()
        let statted = fstat(descriptor, &status) == 0
        if statted, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw FileSystemError(call: "read", path: path, errno: EISDIR)
        }
        (self.path, self.descriptor) = (path, descriptor)
        (self.chunkSize, self.maximumBytes) = (max(1, chunkSize), maximumBytes)
        size = statted && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
    }

    deinit { close(descriptor) }

    /// The next chunk (at most the chunk size), or nil at the end of the input.
    public func next() throws(FileSystemError) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let count = SystemCall.retryingInterrupts {
            chunk.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                    Glibc.read(descriptor, raw.baseAddress, raw.count)
                #else
                    Darwin.read(descriptor, raw.baseAddress, raw.count)
                #endif
            }
        }
        guard count >= 0 else { throw FileSystemError(call: "read", path: path, errno: errno) }
        guard count > 0 else { return nil }
        guard read.add(count, ordering: .relaxed).newValue <= maximumBytes else {
            throw FileSystemError(call: "read", path: path, errno: EFBIG)
        }
        chunk.removeSubrange(count...)
        return chunk
    }
}
