import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

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

    /// The one mapping from any error to a message and an exit code: the command line's own errors, and the
    /// service's by their kind.
    static func from(_ error: any Error) -> any Error {
        switch error {
        case is UsageError, is CLIFailure: error
        case let error as ValidationError: CLIFailure(shortened(commandLine(error)), exitCode: ExitCode.dataError)
        case let error as ServiceError: CLIFailure(message(error), exitCode: exitCode(error.kind))
        default: error
        }
    }

    /// The exit code of each kind of failure (see DESIGN.md): bad data 65, a wrong name or value 64, a missing file
    /// 66, the file system 74, and 1 for refusals and failures to try again.
    static func exitCode(_ kind: ServiceError.Kind) -> Int32 {
        switch kind {
        case .invalid, .conflict, .preconditionFailed, .preconditionRequired, .unusableDatabase: ExitCode.dataError
        case .badArgument, .notFound: ExitCode.usage
        case .missingInput: ExitCode.noInput
        case .fileSystem: ExitCode.ioError
        case .forbidden, .busy, .tooManyRequests, .failure: ExitCode.failure
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

    /// The command line's wording of the service's failures: problems name options, the options that help are
    /// named.
    static func message(_ error: ServiceError) -> String {
        switch error {
        case .invalid(let validation): shortened(commandLine(validation))
        case .assessment(let error): message(error)
        case .unknownFramework(let reference, let known):
            "Unknown framework '\(reference)'. Known frameworks: \(known.joined(separator: ", "))."
        case .duplicate: error.description + "; use update to change it"
        default: error.description
        }
    }

    /// Assessment workflow errors, with the option that helps where there is one.
    private static func message(_ error: AssessmentError) -> String {
        switch error {
        case .alreadySubmitted, .draftOpen, .nothingToSupersede: "\(error) (option --supersede)"
        case .finalised: "\(error) ('hrap review reopen')"
        default: error.description
        }
    }

}
