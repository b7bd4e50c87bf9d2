import Glibc

/// `hrap-bench --peak-rss COMMAND [ARGUMENT…]`: runs a command and prints its peak resident memory in KiB
/// (`ru_maxrss` from `wait4`), then exits with the command's status.
///
/// Linux counts in a child's peak the peak of the process that started it (`exec` takes it over from the memory the
/// child shared with its parent), so a test process holding a large input would inflate the figure of the command
/// it measures. This small process in between starts the command with only its own few MiB to pass on.
enum ChildPeakMemory {
    /// Runs `command` with `arguments`, its output passed through; returns its exit status and peak in KiB.
    static func run(_ command: String, _ arguments: [String]) -> (status: Int32, peakKiB: Int)? {
        let argv: [UnsafeMutablePointer<CChar>?] = ([command] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, command, nil, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(child, &status, 0, &usage) == child else { return nil }
        return ((status >> 8) & 0xFF, usage.ru_maxrss)
    }

    /// Runs the command named in `arguments` (after `--peak-rss`) and exits: status 70 when it could not be run.
    static func main(_ arguments: [String]) -> Never {
        guard let command = arguments.first, let (status, peak) = run(command, Array(arguments.dropFirst())) else {
            print("hrap-bench: --peak-rss needs a command that can be run")
            exit(70)
        }
        print("peak_rss_kib \(peak)")
        exit(status)
    }
}
