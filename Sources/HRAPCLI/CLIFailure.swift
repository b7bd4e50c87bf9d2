import CLIKit
import HRAPCore
import HRAPService
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
        shown.omitted = error.count - maximumProblemsShown
        return shown.description
    }

    /// The one mapping from any error of the lower layers to a message and an exit code.
    static func from(_ error: any Error) -> any Error {
        switch error {
        case is UsageError, is CLIFailure: return error
        case let error as ValidationError:
            return CLIFailure(shortened(commandLine(error)), exitCode: ExitCode.dataError)
        case let error as AssessmentError: return CLIFailure(message(error), exitCode: ExitCode.dataError)
        case let error as ServiceError: return from(error)
        case let error as StoreError:
            switch error {
            case .invalid(let validation):
                return CLIFailure(shortened(commandLine(validation)), exitCode: ExitCode.dataError)
            case .notFound: return CLIFailure(error.description, exitCode: ExitCode.usage)
            case .duplicate, .corrupt, .alreadyRevoked, .alreadyDecided:
                return CLIFailure(error.description, exitCode: ExitCode.dataError)
            case .newerSchema, .notADatabase, .foreignDatabase, .olderSchema, .rewoundSchema:
                return CLIFailure(error.description, exitCode: ExitCode.dataError)
            case .unusablePath: return CLIFailure(error.description, exitCode: ExitCode.usage)
            case .missingDatabase: return CLIFailure(error.description, exitCode: ExitCode.noInput)
            case .database(let sqlite): return from(sqlite)
            case .writeInReadTransaction: return CLIFailure(error.description, exitCode: ExitCode.failure)
            }
        case let error as SQLiteError: return from(error)
        default: return error
        }
    }
}

extension CLIFailure {
    /// Problems located by a field name (input given as options) name the option instead: `end_date` → `--end-date`.
    /// Paths into files (`$.…`, `line N…`) and argument names (upper case) stay as they are. Control characters in
    /// a problem (a value quoted from the input) are escaped, line breaks included, so one problem stays one line.
    static func commandLine(_ error: ValidationError) -> ValidationError {
        var mapped = error
        mapped.problems = error.problems.map { problem in
            let safe = ValidationProblem(
                path: TerminalText.escaped(problem.path), code: problem.code,
                message: TerminalText.escaped(problem.message))
            guard let first = safe.path.first, first.isLowercase, !safe.path.hasPrefix("line ") else { return safe }
            return SchemaOptions.optionPath(safe)
        }
        return mapped
    }

    /// Assessment workflow errors, with the option that helps where there is one.
    static func message(_ error: AssessmentError) -> String {
        switch error {
        case .alreadySubmitted, .draftOpen, .nothingToSupersede: "\(error) (option --supersede)"
        case .finalised: "\(error) ('hrap review reopen')"
        default: error.description
        }
    }

    /// Service refusals: an unknown framework or target is a usage error; a refused request exits 1 with its reason.
    static func from(_ error: ServiceError) -> CLIFailure {
        switch error {
        case .unknownFramework(let reference, let known):
            CLIFailure(
                "Unknown framework '\(reference)'. Known frameworks: \(known.joined(separator: ", ")).",
                exitCode: ExitCode.usage)
        case .invalidTarget, .yearOutsidePlan: CLIFailure(error.description, exitCode: ExitCode.usage)
        case .frameworksNotFound, .missingFile: CLIFailure(error.description, exitCode: ExitCode.noInput)
        case .malformedFile, .shippedFramework, .notFound, .changedSinceRead, .versionRequired:
            CLIFailure(error.description, exitCode: ExitCode.dataError)
        case .forbidden, .ownSubmission, .approvalRequired, .tooManyFailures:
            CLIFailure(error.description, exitCode: ExitCode.failure)
        }
    }
}

extension CLIFailure {
    /// SQLite's result codes as the user's situation: the file system (74), data the database refuses (65), another
    /// writer holding the database (1, try again), anything else (1).
    static func from(_ error: SQLiteError) -> CLIFailure {
        switch error.code {
        case 8, 10, 13, 14:  // READONLY, IOERR, FULL, CANTOPEN
            CLIFailure("database: \(error.message)", exitCode: ExitCode.ioError)
        case 11, 26:  // CORRUPT, NOTADB
            CLIFailure("the database file is damaged or not a database: \(error.message)", exitCode: ExitCode.dataError)
        case 19:  // CONSTRAINT: a rule the validators should have caught; nothing was written
            CLIFailure(
                "the database refused the data (\(error.message)); nothing was written", exitCode: ExitCode.dataError)
        case _ where error.isBusy || error.isLocked:
            CLIFailure(
                "the database is busy with another writer; nothing was written, try again", exitCode: ExitCode.failure)
        default:
            CLIFailure("database: \(error.message)", exitCode: ExitCode.failure)
        }
    }
}
