import HRAPCore
import SQLiteStore

extension PlanStore {
    /// What scoring and progress read about a plan, by set-based queries: the structure and progress updates as
    /// records, the measurements as one narrow scan reduced to the newest version of each key (``MeasurementScan``).
    /// With `publicOnly`, a measurement or progress update whose current version is private is left out with its
    /// whole history (``PlanFile/publicRecords()``'s rule), so the facts are what the published data holds.
    public func facts(plan code: String, publicOnly: Bool = false) throws -> PlanFacts {
        try reading { db in
            try Self.facts(
                structure: try Self.planFile(code, in: db, progress: false), plan: try Self.plan(code, in: db).ref,
                in: db, publicOnly: publicOnly)
        }
    }

    /// The facts of a plan whose structure (a plan file without progress data) was read in the same transaction.
    static func facts(structure: PlanFile, plan: PlanRef, in db: Database, publicOnly: Bool) throws -> PlanFacts {
        var structure = structure
        structure.progressUpdates = try ProgressUpdate.table.fetchCurrent(db, plan: plan).map(\.record)
            .filter { $0.isPublic || !publicOnly }
        let scan = try MeasurementScan.read(db, plan: plan, publicOnly: publicOnly)
        var facts = PlanFacts(
            structure: structure, series: scan.series, disaggregatedDates: scan.disaggregatedDates,
            judged: scan.judged)
        facts.successorStart = try successorStart(of: plan.code, in: db)
        facts.carriedOver = try carriedOver(of: plan.code, in: db)
        facts.includesPrivateValues =
            scan.includesPrivateValues
            || structure.progressUpdates.contains { !$0.isPublic }
        return facts
    }

    /// The measures of this plan that a plan naming it as predecessor continues.
    static func carriedOver(of code: String, in db: Database) throws -> Set<String> {
        var codes: Set<String> = []
        try db.forEachRow(
            """
            SELECT a."continues" FROM actions a JOIN plans p ON p.id = a.plan_id
            WHERE p.predecessor = ? AND a."continues" IS NOT NULL
            """, [.text(code)]
        ) { row in
            if let continued = row.text(at: 0) { codes.insert(continued) }
        }
        return codes
    }

    /// The earliest start of a plan that names this one as its predecessor (it ends an open-ended plan).
    static func successorStart(of code: String, in db: Database) throws -> CalendarDate? {
        var starts: [CalendarDate] = []
        try db.forEachRow("SELECT period_start FROM plans WHERE predecessor = ?", [.text(code)]) { row in
            if let start = row.text(at: 0).flatMap({ CalendarDate(partial: $0) }) { starts.append(start.first) }
        }
        return starts.min()
    }
}
