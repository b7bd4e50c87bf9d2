import CLIKit
import HRAPCore
import HRAPStore
import JSONCoding
import SQLiteStore

/// An error on its way to the terminal: the message and the exit code (see DESIGN.md).
struct CLIFailure: CommandLineReportable {
    let commandLineMessage: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32) {
        self.commandLineMessage = message
        self.exitCode = exitCode
    }

    /// The most problems printed for one input; the rest are counted.
    static let maximumProblemsShown = 50

    /// The error's text with at most ``maximumProblemsShown`` problems and a count of the rest.
    static func shortened(_ error: ValidationError) -> String {
        guard error.problems.count > maximumProblemsShown else { return error.description }
        var shown = error
        shown.problems = Array(error.problems.prefix(maximumProblemsShown))
        return shown.description.replacing("has \(maximumProblemsShown) problems", with: "has \(error.problems.count) problems")
            + "\n  … and \(error.problems.count - maximumProblemsShown) more problems"
    }

    /// The one mapping from any error of the lower layers to a message and an exit code.
    static func from(_ error: any Error) -> any Error {
        switch error {
        case is UsageError, is CLIFailure: return error
        case let error as ValidationError: return CLIFailure(shortened(error), exitCode: ExitCode.dataError)
        case let error as AssessmentError: return CLIFailure(error.description, exitCode: ExitCode.dataError)
        case let error as StoreError:
            switch error {
            case .invalid(let validation): return CLIFailure(shortened(validation), exitCode: ExitCode.dataError)
            case .notFound: return CLIFailure(error.description, exitCode: ExitCode.usage)
            case .duplicate, .corrupt: return CLIFailure(error.description, exitCode: ExitCode.dataError)
            case .newerSchema: return CLIFailure(error.description, exitCode: ExitCode.dataError)
            case .database(let sqlite): return from(sqlite)
            }
        case let error as SQLiteError:
            // SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_FULL, SQLITE_READONLY: the file system, not the data.
            let ioCodes: Set<Int32> = [14, 10, 13, 8]
            return CLIFailure("database: \(error.message)", exitCode: ioCodes.contains(error.code) ? ExitCode.ioError : ExitCode.failure)
        default: return error
        }
    }
}
