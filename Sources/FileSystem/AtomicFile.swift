#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file in the same directory, are flushed to disk,
/// and the temporary file is renamed over the target (`rename(2)` is atomic within a file system). A full disk or any
/// other failure leaves the previous file as it was and removes the temporary file.
///
/// A target that is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly: renaming over it
/// would replace the device or pipe with a file. A symbolic link is followed, so the file it points to is replaced.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there; new files get mode 0644.
    public static func write(_ bytes: [UInt8], to given: String) throws(FileSystemError) {
        try replace(given) { descriptor, path throws(FileSystemError) in try writeAll(bytes, to: descriptor, path: path)
        }
    }

    /// Writes what `produce` emits, chunk by chunk, to `path`, whole or not at all: a failure to write, or an error
    /// `produce` throws, leaves the previous file as it was (and is rethrown). Only the chunk under way is in memory.
    public static func write(
        to given: String, producing produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        var failure: (any Error)?
        do {
            try replace(given) { descriptor, path throws(FileSystemError) in
                do {
                    try produce { bytes in try writeAll(bytes, to: descriptor, path: path) }
                } catch let error as FileSystemError {
                    throw error
                } catch {
                    failure = error
                    throw FileSystemError(call: "write", path: path, errno: ECANCELED)
                }
            }
        } catch {
            throw failure ?? error
        }
    }

    /// Replaces the file at `given` with what `body` writes to a new file's descriptor (a special file is written
    /// in place).
    private static func replace(
        _ given: String, writing body: (Int32, String) throws(FileSystemError) -> Void
    ) throws(FileSystemError) {
        let path = resolved(given)
        switch kind(of: path) {
        case .directory: throw FileSystemError(call: "open", path: given, errno: EISDIR)
        case .special: return try writeInPlace(to: path, writing: body)
        case .regular, .missing: break
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, errno: errno) }
        do throws(FileSystemError) {
            try body(descriptor, path)
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

    /// What is at a path, as far as writing over it matters.
    public enum Kind: Sendable {
        case missing, regular, directory
        /// A device, FIFO or socket.
        case special
    }

    /// What is at `path` (following symbolic links).
    public static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .special
        }
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func writeInPlace(
        to path: String, writing body: (Int32, String) throws(FileSystemError) -> Void
    ) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, errno: errno) }
        defer { close(descriptor) }
        try body(descriptor, path)
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
