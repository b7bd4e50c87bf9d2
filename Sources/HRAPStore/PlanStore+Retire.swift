import HRAPCore
import SQLiteStore

extension PlanStore {
    /// Retires a record of a plan kept one row per identity: after `check` accepts the stored record, and when no
    /// other record, value, update or response names it, the row is removed and the audit row keeps its last version.
    /// One transaction: a record named meanwhile is not retired.
    ///
    /// - Throws: ``StoreError/notFound`` when there is no such record, ``StoreError/invalid(_:)`` listing every record
    ///   that still names it.
    package func retire<R: PlanRecord>(
        _ type: R.Type, plan: String, matching identity: [SQLiteValue], by author: Authorship,
        check: (R) throws -> Void
    ) throws -> R {
        let table = R.table
        return try writing { db in
            let ref = try Self.plan(plan, in: db).ref
            let label = identity.map { $0.text ?? $0.integer.map(String.init) ?? "" }.joined(separator: " ")
            guard
                let (id, record) = try table.fetchAll(db, plan: ref).first(where: {
                    table.identityValues(of: $0.record) == identity
                })
            else { throw StoreError.notFound(entity: R.schema.entity, code: label, known: []) }
            try check(record)
            let code = R.label(of: record)
            let structure = try Self.planFile(plan, in: db, progress: false)
            let naming =
                PlanDependants.of(code, in: R.collection, file: structure)
                + (try Self.progressNaming(code, in: R.collection, db, plan: ref))
            guard naming.isEmpty else {
                throw StoreError.invalid(
                    ValidationError(
                        source: "the \(R.schema.entity.replacing("_", with: " ")) \(code)",
                        problems: naming.map {
                            ValidationProblem(path: "code", code: .notAllowed, message: "\($0) names it")
                        }))
            }
            try table.remove(db, id: id, record, plan: ref, by: author)
            try Self.checkIntegrity(db, plan: ref)
            return record
        }
    }

    /// The progress data that names a record, counted: values of an indicator, updates of a measure, responses
    /// whose follow-up is a measure, responses to an evaluation's recommendations.
    private static func progressNaming(_ code: String, in collection: String, _ db: Database, plan: PlanRef) throws
        -> [String]
    {
        let queries: [(String, String)] =
            switch collection {
            case "indicators":
                [("measurements", "SELECT COUNT(*) FROM measurements WHERE plan_id = ? AND indicator = ?")]
            case "actions":
                [
                    ("progress_updates", "SELECT COUNT(*) FROM progress_updates WHERE plan_id = ? AND action = ?"),
                    (
                        "recommendation_responses",
                        """
                        SELECT COUNT(*) FROM recommendation_responses AS r, json_each(r.follow_up_actions) AS item
                        WHERE r.plan_id = ? AND item.value = ?
                        """
                    ),
                ]
            case "evaluations":
                [
                    (
                        "recommendation_responses",
                        "SELECT COUNT(*) FROM recommendation_responses WHERE plan_id = ? AND instr(recommendation, ? || '/') = 1"
                    )
                ]
            default: []
            }
        return try queries.compactMap { name, sql in
            var count: Int64 = 0
            try db.forEachRow(sql, [.integer(plan.id), .text(code)]) { count = $0.integer(at: 0) ?? 0 }
            return count == 0 ? nil : "\(count) \(name)"
        }
    }
}
