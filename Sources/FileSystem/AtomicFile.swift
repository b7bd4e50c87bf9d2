#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file in the same directory, are flushed to disk,
/// and the temporary file is renamed over the target (`rename(2)` is atomic within a file system). A full disk or any
/// other failure leaves the previous file as it was and removes the temporary file.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there; new files get mode 0644.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, errno: errno) }
        do throws(FileSystemError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw FileSystemError(call: "fsync", path: path, errno: errno) }
            guard close(descriptor) == 0 else { throw FileSystemError(call: "close", path: path, errno: errno) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = FileSystemError(call: "rename", path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(FileSystemError) {
        try write(Array(text.utf8), to: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        var remaining = bytes[...]
        while !remaining.isEmpty {
            let written = SystemCall.retryingInterrupts {
                remaining.withUnsafeBytes { buffer in
                    #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                    #else
                    Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                    #endif
                }
            }
            guard written >= 0 else { throw FileSystemError(call: "write", path: path, errno: errno) }
            remaining = remaining.dropFirst(written)
        }
    }
}
