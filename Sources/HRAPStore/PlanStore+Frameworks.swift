import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Stores a validated framework version; importing the same version again with the same content changes nothing,
    /// with other content it is refused. Returns whether it was new. Leaves an audit row.
    @discardableResult
    public func importFramework(_ framework: Framework, by author: Authorship) throws -> Bool {
        try writing { db in
            let definition = JSONWriter.compact(Framework.schema.encode(framework))
            if let stored = try db.scalar(
                "SELECT definition FROM frameworks WHERE framework = ? AND version = ?",
                [.text(framework.id), .text(framework.version)]
            ) {
                guard stored.text == definition else {
                    throw StoreError.invalid(
                        ValidationError(
                            source: framework.label,
                            problems: [
                                .init(
                                    path: "$.version", code: .historyConflict,
                                    message:
                                        "\(framework.label) was imported before with other content; give this file a new version"
                                )
                            ]))
                }
                return false
            }
            try db.run(
                "INSERT INTO frameworks (framework, version, definition, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)",
                [
                    .text(framework.id), .text(framework.version), .text(definition), .text(author.time.description),
                    .text(author.actor),
                ])
            try AuditLog.record(
                db, .create, entity: "framework", id: db.lastInsertedRowID, plan: nil, label: framework.label,
                before: nil,
                after: .object([
                    ("title", .string(framework.title)), ("text_status", .string(framework.textStatus.rawValue)),
                ]), by: author)
            return true
        }
    }

    /// The imported frameworks, in the order they were imported.
    public func importedFrameworks() throws -> [Framework] {
        try reading { db in
            var frameworks: [Framework] = []
            try db.forEachRow("SELECT definition FROM frameworks ORDER BY id") { row in
                let (framework, problems) = Framework.schema.decode(
                    try JSONParser.parse(row.text(at: 0) ?? ""), path: "$")
                guard problems.isEmpty else {
                    throw StoreError.corrupt("an imported framework no longer validates: \(problems)")
                }
                frameworks.append(framework)
            }
            return frameworks
        }
    }
}
