import HRAPCore
import HRAPStore
import JSONCoding
import SQLiteStore

extension HRAPService {
    /// Retires a record of a plan's structure (a field, an objective, a measure, an indicator, a unit, …): it leaves
    /// the plan and its pages, and the audit log keeps its last version. Refused while another record, a value, an
    /// update or a response names it, and when the record changed since the version `etag` was read. One
    /// transaction: authorize, check, remove, audit.
    ///
    /// - Throws: ``ServiceError/invalid(_:)`` listing what still names it, ``ServiceError/changedSinceRead(entity:label:)``
    ///   on a stale version, not found, or not allowed.
    @discardableResult
    package func retireRecord<R: PlanRecord>(
        _ type: R.Type, plan: String, identity: [JSONValue?], expecting etag: String?, as principal: Principal
    ) throws -> R {
        precondition(!R.isAppendOnly, "\(R.collection) are corrected, never retired")
        return try writing {
            try authorize(principal, .write, .planRecord, plan: plan)
            let key = zip(R.identity, identity).map { name, json in
                ColumnValue.sqlite(json ?? R.schema.field(named: name)?.defaultValue)
            }
            return try store.retire(R.self, plan: plan, matching: key, by: author(principal)) { stored in
                guard let etag else { throw ServiceError.versionRequired(entity: R.schema.entity) }
                guard Self.etag(R.schema.encode(stored)) == etag else {
                    throw ServiceError.changedSinceRead(entity: R.schema.entity, label: R.label(of: stored))
                }
            }
        }
    }
}
