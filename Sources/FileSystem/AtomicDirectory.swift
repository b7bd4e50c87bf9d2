#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A directory of files that appears whole or not at all: the files are written into a hidden sibling directory,
/// which is renamed into place once every file is complete. An existing target is never replaced.
public enum AtomicDirectory {
    /// Writes `files` (names without slashes → contents) as the new directory `path`.
    public static func write(_ files: [String: [UInt8]], to path: String) throws(FileSystemError) {
        var status = stat()
        var target = Substring(path)
        while target.count > 1, target.hasSuffix("/") { target = target.dropLast() }
        if lstat(String(target), &status) == 0 { throw FileSystemError(call: "mkdir", path: path, errno: EEXIST) }
        let slash = target.lastIndex(of: "/")
        let parent = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? String(target)
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let partial = parent + ".\(name).partial-\(suffix)"
        guard mkdir(partial, 0o755) == 0 else { throw FileSystemError(call: "mkdir", path: partial, errno: errno) }
        do throws(FileSystemError) {
            for (file, bytes) in files.sorted(by: { $0.key < $1.key }) {
                guard !file.contains("/"), !file.isEmpty, file != ".", file != ".." else {
                    throw FileSystemError(call: "open", path: file, errno: EINVAL)
                }
                try AtomicFile.write(bytes, to: partial + "/" + file)
            }
            guard rename(partial, String(target)) == 0 else {
                throw FileSystemError(call: "rename", path: path, errno: errno)
            }
        } catch {
            remove(partial, files: Array(files.keys))
            throw error
        }
    }

    /// Removes a partial directory and what was written into it.
    private static func remove(_ directory: String, files: [String]) {
        for file in files { unlink(directory + "/" + file) }
        rmdir(directory)
    }
}
