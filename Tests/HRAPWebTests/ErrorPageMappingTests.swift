import HRAPUseCases
import HTTPServing
import Testing
import TestSupport

@testable import HRAPWeb

/// The site's one mapping of the service's failures to pages, fed every case.
@Suite struct ErrorPageMappingTests {
    @Test(arguments: ServiceErrorSamples.all)
    func everyFailureHasAPageOfItsKind(error: ServiceError) {
        let (status, key) = WebSite.page(error, signedIn: true)
        let expected: Int =
            switch error.kind {
            case .notFound, .badArgument: 404
            case .forbidden: 403
            case .conflict, .preconditionFailed, .preconditionRequired: 409
            case .invalid: 400
            case .busy: 503
            case .tooManyRequests: 429
            case .missingInput, .unusableDatabase, .fileSystem, .failure: 500
            }
        #expect(Int(status.code) == expected, "\(error.code)")
        #expect(!key.isEmpty)
        if error.kind == .forbidden {
            #expect(WebSite.page(error, signedIn: false).0.code == 404, "a visitor cannot tell forbidden from missing")
        }
    }
}
