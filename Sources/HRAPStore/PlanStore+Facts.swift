import HRAPCore
import SQLiteStore

extension PlanStore {
    /// What scoring and progress read about a plan, by set-based queries: the structure and progress updates as
    /// records, the measurements as one narrow scan reduced to the newest version of each key.
    public func facts(plan code: String) throws -> PlanFacts {
        try reading { db in
            var structure = try Self.planFile(code, in: db, progress: false)
            let plan = try Self.plan(code, in: db).ref
            structure.progressUpdates = try ProgressUpdate.table.fetchCurrent(db, plan: plan).map(\.record)
            struct Key: Hashable {
                let indicator: String, periodStart: String?, date: String, disaggregation: String?
            }
            var newest: [Key: (recordedAt: String, value: Double)] = [:]
            try db.forEachRow(
                "SELECT indicator, period_start, date, disaggregation, value, recorded_at FROM measurements WHERE plan_id = ? ORDER BY id",
                [.integer(plan.id)]
            ) { row in
                let key = Key(indicator: row.text(at: 0) ?? "", periodStart: row.text(at: 1), date: row.text(at: 2) ?? "", disaggregation: row.text(at: 3))
                let recordedAt = row.text(at: 5) ?? ""
                if let previous = newest[key], previous.recordedAt > recordedAt { return }
                newest[key] = (recordedAt, row.real(at: 4) ?? 0)
            }
            var series: [String: [PlanFacts.Point]] = [:]
            var disaggregated: [String: [CalendarDate]] = [:]
            for (key, current) in newest {
                guard let date = CalendarDate(key.date) else { continue }
                if key.disaggregation == nil {
                    series[key.indicator, default: []].append(PlanFacts.Point(date: date, value: current.value))
                } else {
                    disaggregated[key.indicator, default: []].append(date)
                }
            }
            return PlanFacts(structure: structure, series: series, disaggregatedDates: disaggregated)
        }
    }
}
