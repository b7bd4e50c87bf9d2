import Foundation

/// The process's resident memory from Linux's `/proc/self/status`, and its peak since the last reset (writing 5 to
/// `/proc/self/clear_refs` resets the peak to the current size), so each figure's own peak can be told apart. Freed
/// memory is handed back to the system first (`malloc_trim`), else a figure could reuse what an earlier one left
/// resident and seem to need nothing.
enum PeakMemory {
    /// Starts a new peak; returns the resident memory now, in KiB (nil where /proc is not Linux's).
    static func reset() -> Int? {
        _ = mallocTrim(0)
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
        return value("VmRSS")
    }

    /// The peak resident memory since the last reset, in KiB.
    static func peak() -> Int? { value("VmHWM") }

    private static func value(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") })
        else { return nil }
        return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
    }
}

/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
