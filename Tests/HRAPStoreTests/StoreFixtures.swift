import Foundation
import HRAPCore
@testable import HRAPStore
import JSONCoding
import SQLiteStore

/// A path for a fresh database in the temporary directory.
func temporaryDatabase() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("hrap-\(UUID().uuidString).sqlite").path
}

/// A fixed author, so output does not depend on the clock.
func author(_ actor: String = "tester", at time: String = "2026-01-15T10:00:00Z") -> Authorship {
    Authorship(actor: actor, time: Timestamp(time) ?? Timestamp(secondsSince1970: 0))
}

/// The text of the bundled example plan.
func exampleText() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("examples/aldermoor-plan.json")
    return try String(contentsOf: url, encoding: .utf8)
}

/// The text of the second bundled example: a thematic plan of another shape.
func secondExampleText() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("examples/hainbach-plan.json")
    return try String(contentsOf: url, encoding: .utf8)
}

/// The bundled example plan, decoded.
func examplePlan() throws -> PlanFile {
    let (file, problems) = PlanFile.decode(try JSONParser.parse(try exampleText()))
    precondition(problems.isEmpty, "the example must be valid: \(problems)")
    return file
}

/// A shipped framework, read from templates/frameworks.
func shippedFramework(_ id: String) throws -> Framework {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("templates/frameworks/\(id).json")
    let (framework, problems) = Framework.schema.decode(
        try JSONParser.parse(try String(contentsOf: url, encoding: .utf8)), path: "$")
    precondition(problems.isEmpty, "\(problems)")
    return framework
}

/// A store with the example imported.
func storeWithExample() throws -> PlanStore {
    let store = try PlanStore(path: temporaryDatabase())
    _ = try store.importPlan(
        try examplePlan(), source: "example", frameworks: [try shippedFramework("hrgl-2024")], by: author())
    return store
}

extension PlanStore {
    /// Rows of a table, by raw SQL, for tests that look under the store's API.
    func count(_ table: String) throws -> Int64 {
        try pool.read { try $0.scalar("SELECT count(*) FROM \(table)")?.integer ?? -1 }
    }
}
