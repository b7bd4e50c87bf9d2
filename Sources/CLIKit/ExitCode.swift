/// Process exit codes, following BSD `sysexits.h`.
public enum ExitCode {
    /// Success.
    public static let ok: Int32 = 0
    /// A runtime failure that is not the user's input.
    public static let failure: Int32 = 1
    /// Unknown command or option, or a bad argument (EX_USAGE).
    public static let usage: Int32 = 64
    /// Input data that is invalid (EX_DATAERR).
    public static let dataError: Int32 = 65
    /// An input file that does not exist (EX_NOINPUT).
    public static let noInput: Int32 = 66
    /// An I/O error (EX_IOERR).
    public static let ioError: Int32 = 74
}

/// An error that knows how to present itself on the command line.
public protocol CommandLineReportable: Error {
    /// The message, without the `Error: ` prefix; may span several lines.
    var commandLineMessage: String { get }
    /// The process exit code.
    var exitCode: Int32 { get }
}
