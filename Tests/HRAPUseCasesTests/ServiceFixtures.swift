import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import JSONCoding
import Testing

/// The repository's root, for the bundled example and templates.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A path for a fresh database in the temporary directory.
func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("hrap-service-\(UUID().uuidString).sqlite").path
}

/// The shipped frameworks.
let shippedCatalogue = FrameworkCatalogue(directory: repositoryRoot + "/templates/frameworks")

/// A fixed clock, so output does not depend on the time of the run.
let fixedClock: @Sendable () -> Timestamp = { Timestamp("2026-01-15T10:00:00Z") ?? Timestamp(secondsSince1970: 0) }

/// The command line's principal.
let officer = Principal.commandLine("tester")

/// The bundled example plan, decoded.
func examplePlan() throws -> PlanFile {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/examples/aldermoor-plan.json")))
    let (file, problems) = PlanFile.decode(try JSONParser.parse(bytes))
    precondition(problems.isEmpty, "the example must be valid: \(problems)")
    return file
}

/// A service over a fresh database holding the example, with the given policy.
func exampleService(policy: any AccessPolicy = AllowAll()) throws -> (HRAPService, path: String) {
    let path = temporaryDatabase()
    let service = try HRAPService.open(path: path, mode: .write, catalogue: shippedCatalogue, clock: fixedClock)
    _ = try service.importPlan(try examplePlan(), source: "example", as: officer)
    let guarded = try HRAPService.open(
        path: path, mode: .write, policy: policy, catalogue: shippedCatalogue, clock: fixedClock)
    return (guarded, path)
}

/// A calendar date from its ISO text.
func day(_ text: String) throws -> CalendarDate {
    try #require(CalendarDate(text))
}
