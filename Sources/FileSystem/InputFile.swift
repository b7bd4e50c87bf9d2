#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input: a regular file, a FIFO, a device such as `/dev/stdin`, or standard input for `-`.
public enum InputFile {
    /// The path that stands for standard input.
    public static let standardInput = "-"

    /// The largest input read whole by default (1 GiB): an endless input (`/dev/urandom`, a pipe that never closes)
    /// fails with `EFBIG` instead of exhausting memory.
    public static let defaultMaximumBytes = 1 << 30

    /// Every byte of the input; reads until end of file, whatever kind of file it is, or fails with `EFBIG` past
    /// `maximumBytes`.
    public static func read(_ path: String, maximumBytes: Int = defaultMaximumBytes) throws(FileSystemError) -> [UInt8]
    {
        let reader = try InputFileReader(path, chunkSize: 1 << 16, maximumBytes: maximumBytes)
        var bytes: [UInt8] = []
        while let chunk = try reader.next() { bytes += chunk }
        return bytes
    }

    /// Whether two paths name the same file (same device and inode); false when either does not exist.
    public static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
