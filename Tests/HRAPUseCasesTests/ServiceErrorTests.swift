import HRAPCore
import SQLiteStore
import Testing
import TestSupport

@testable import HRAPUseCases
@testable import HRAPStore

/// The service's one error type: every layer's failure is translated at its boundary into a case with a kind.
@Suite struct ServiceErrorTests {
    @Test func theSamplesCoverEveryKindAndEveryCode() {
        #expect(Set(ServiceErrorSamples.all.map(\.kind)) == Set(ServiceError.Kind.allCases))
        let codes = ServiceErrorSamples.all.map(\.code)
        #expect(codes.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(ServiceErrorSamples.all.allSatisfy { !$0.description.isEmpty })
    }

    @Test(arguments: [
        (StoreError.invalid(ValidationError(source: "s", problems: [])), ServiceError.Kind.invalid),
        (.notFound(entity: "plan", code: "p", known: []), .notFound),
        (.duplicate(entity: "plan", code: "p"), .conflict),
        (.alreadyRevoked(token: "t"), .conflict),
        (.alreadyDecided(submission: 1, decision: .approved), .conflict),
        (.corrupt("x"), .unusableDatabase),
        (.unusablePath(""), .badArgument),
        (.missingDatabase("x"), .missingInput),
        (.notADatabase("x"), .unusableDatabase),
        (.foreignDatabase("x"), .unusableDatabase),
        (.olderSchema(path: "x", found: 1, current: 2), .unusableDatabase),
        (.writeInReadTransaction, .failure),
        (.database(SQLiteError(code: 5, message: "busy")), .busy),
        (.database(SQLiteError(code: 6, message: "locked")), .busy),
        (.database(SQLiteError(code: 19, message: "constraint")), .conflict),
        (.database(SQLiteError(code: 13, message: "full")), .fileSystem),
        (.database(SQLiteError(code: 26, message: "not a database")), .unusableDatabase),
        (.database(SQLiteError(code: 1, message: "error")), .failure),
    ])
    func storeErrorsAreTranslatedByKind(error: StoreError, kind: ServiceError.Kind) throws {
        let translated = try #require(ServiceError.translating(error) as? ServiceError)
        #expect(translated.kind == kind)
    }

    @Test func validationAssessmentAndSQLiteErrorsAreTranslatedAndOthersPassThrough() throws {
        let validation = ValidationError(source: "s", problems: [])
        #expect(ServiceError.translating(validation) as? ServiceError == .invalid(validation))
        let finalised = AssessmentError.finalised(round: "r")
        #expect(ServiceError.translating(finalised) as? ServiceError == .assessment(finalised))
        #expect(ServiceError.translating(SQLiteError(code: 5, message: "busy")) as? ServiceError == .busy)
        struct SurfaceError: Error {}
        #expect(ServiceError.translating(SurfaceError()) is SurfaceError)
    }

    @Test func aUseCaseThrowsTheServiceErrorNotTheStores() throws {
        let (service, _) = try exampleService()
        #expect(throws: ServiceError.notFound(entity: "plan", label: "nope", known: ["aldermoor-2023"])) {
            try service.plan("nope", as: officer)
        }
        #expect {
            _ = try HRAPService.open(
                path: temporaryDatabase(), mode: .read, catalogue: shippedCatalogue, clock: fixedClock)
        } throws: { ($0 as? ServiceError)?.kind == .missingInput }
    }
}
