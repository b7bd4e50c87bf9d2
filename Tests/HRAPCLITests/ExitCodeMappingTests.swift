import CLIKit
import HRAPUseCases
import Testing
import TestSupport

@testable import HRAPCLI

/// The command line's one mapping of the service's failures to exit codes and messages, fed every case.
@Suite struct ExitCodeMappingTests {
    @Test(arguments: ServiceErrorSamples.all)
    func everyFailureHasTheExitCodeOfItsKind(error: ServiceError) throws {
        let failure = try #require(CLIFailure.from(error) as? CLIFailure)
        let expected: Int32 =
            switch error.kind {
            case .invalid, .conflict, .preconditionFailed, .preconditionRequired, .unusableDatabase: 65
            case .badArgument, .notFound: 64
            case .missingInput: 66
            case .fileSystem: 74
            case .forbidden, .busy, .tooManyRequests, .failure: 1
            }
        #expect(failure.exitCode == expected, "\(error.code)")
        #expect(!failure.commandLineMessage.isEmpty)
    }

    @Test func theCommandLineNamesTheOptionThatHelps() throws {
        let duplicate = try #require(CLIFailure.from(ServiceError.duplicate(entity: "plan", code: "p")) as? CLIFailure)
        #expect(duplicate.commandLineMessage.hasSuffix("use update to change it"))
        let finalised = try #require(CLIFailure.from(ServiceError.assessment(.finalised(round: "r"))) as? CLIFailure)
        #expect(finalised.commandLineMessage.contains("hrap review reopen"))
    }
}
