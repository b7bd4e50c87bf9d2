import HRAPCore
import SQLiteStore

extension PlanStore {
    /// What an access policy judges a plan by: its government, whether it is published, and the reviewer identities
    /// invited to any of its rounds; nil when there is no such plan.
    public func accessFacts(plan code: String) throws -> PlanAccess? {
        try reading { db in try Self.access(code, db) }
    }

    /// ``accessFacts(plan:)`` inside a transaction.
    static func access(_ code: String, _ db: Database) throws -> PlanAccess? {
        var found: (id: Int64, government: String, published: Bool)?
        try db.forEachRow("SELECT id, government, published FROM plans WHERE code = ?", [.text(code)]) { row in
            found = (row.integer(at: 0) ?? 0, row.text(at: 1) ?? "", (row.integer(at: 2) ?? 0) != 0)
        }
        guard let found else { return nil }
        var reviewers: Set<String> = []
        try db.forEachRow(
            """
            SELECT DISTINCT r.code FROM assessment_reviewers r JOIN assessments a ON a.id = r.assessment_id
            WHERE a.plan_id = ?
            """, [.integer(found.id)]
        ) { row in reviewers.insert(row.text(at: 0) ?? "") }
        return PlanAccess(code: code, government: found.government, published: found.published, reviewers: reviewers)
    }

    /// Whether entries on the plan wait for approval: it is published and requires approval before publication.
    public func entriesAwaitApproval(plan code: String) throws -> Bool {
        try reading { db in
            let sql = "SELECT published AND requires_approval FROM plans WHERE code = ?"
            return try db.scalar(sql, [.text(code)])?.integer == 1
        }
    }

    /// A number that grows with every write (the newest audit row's id: every write leaves one in its transaction),
    /// for caches of computed results.
    public func dataVersion() throws -> Int64 {
        try reading { db in try db.scalar("SELECT max(id) FROM audit_log")?.integer ?? 0 }
    }

    /// The data version as ``dataVersion()`` reads it, reused without a read while no write has been committed
    /// through this store and the last read is less than `maxAge` old: a write through this store is seen at once,
    /// a write by another process (the CLI beside a running server) within `maxAge`. For caches asked on every
    /// request, where a read transaction (file locks included) was a tenth of a cached page's cost.
    public func dataVersion(reusedFor maxAge: Duration) throws -> Int64 {
        let writes = pool.writesCommitted, now = ContinuousClock.now
        if let recent = recentVersion.withLock({ $0 }), recent.writes == writes, recent.read.duration(to: now) < maxAge
        {
            return recent.version
        }
        let version = try dataVersion()
        recentVersion.withLock { $0 = (writes, version, now) }
        return version
    }
}

/// What the store says of a plan for an access decision: who owns it, whether it is published, who reviews it.
public struct PlanAccess: Sendable, Equatable {
    public var code: String
    /// The code of the government whose plan it is.
    public var government: String
    public var published: Bool
    /// The reviewer identities invited to any round of the plan.
    public var reviewers: Set<String>
}

/// Decides, inside a write's transaction, whether the writer may name another plan (as predecessor): naming one
/// changes that plan's figures (a successor ends an open-ended predecessor), so it is a write on that plan too. A plan
/// the writer may not name is reported exactly as a plan that does not exist.
public typealias PlanReferenceRule = @Sendable (PlanAccess) -> Bool
