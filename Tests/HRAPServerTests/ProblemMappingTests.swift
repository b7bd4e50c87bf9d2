import HRAPUseCases
import HTTPServing
import JSONCoding
import Testing
import TestSupport

@testable import HRAPServer

/// The API's one mapping of the service's failures, fed every case.
@Suite struct ProblemMappingTests {
    /// The status each kind answers with; nil where the failure is the server's own (a 500, logged).
    static let statuses: [ServiceError.Kind: Int?] = [
        .invalid: 400, .badArgument: 400, .notFound: 404, .conflict: 409, .forbidden: 403, .busy: 503,
        .preconditionFailed: 412, .preconditionRequired: 428, .tooManyRequests: 429, .missingInput: nil,
        .unusableDatabase: nil, .fileSystem: nil, .failure: nil,
    ]

    @Test(arguments: ServiceErrorSamples.all)
    func everyFailureIsAProblemOfItsKindsStatus(error: ServiceError) throws {
        let expected = try #require(Self.statuses[error.kind], "a status for \(error.kind)")
        guard let expected else {
            #expect(ProblemResponse.response(for: error) == nil, "\(error.code) is a 500")
            return
        }
        let response = try #require(ProblemResponse.response(for: error))
        #expect(Int(response.status.code) == expected)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        let body = try JSONParser.parse(response.body)
        #expect(body["code"]?.string == error.code && body["status"]?.double == Double(expected))
        let detail = try #require(body["detail"]?.string)
        #expect(!detail.contains("secret-plan"), "a not-found never lists what exists")
        if error.kind == .busy || error.kind == .tooManyRequests {
            #expect(response.headers["Retry-After"] != nil)
        }
        if case .invalid(let validation) = error {
            #expect(body["errors"]?.array?.count == validation.problems.count)
        }
    }

    /// A request the HTTP layer refused for want of room is `busy`, like the service's own busy answer; one it could
    /// not take as sent is `malformed_request`.
    @Test(arguments: [
        (RequestRejection(.serviceUnavailable, "too many open connections from this address; try again"), "busy"),
        (RequestRejection(.badRequest, "a header line without a colon"), "malformed_request"),
    ])
    func aRefusedRequestIsAProblemWithItsCode(rejection: RequestRejection, code: String) throws {
        let response = ProblemResponse.response(for: rejection)
        let body = try JSONParser.parse(response.body)
        #expect(response.status == rejection.status && response.headers["Content-Type"] == "application/problem+json")
        #expect(body["code"]?.string == code && body["detail"]?.string == rejection.reason)
    }
}
