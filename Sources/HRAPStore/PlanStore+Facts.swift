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
            var newest: [Key: (stamp: Supersession.Stamp, value: Double)] = [:]
            try db.forEachRow(
                "SELECT indicator, period_start, date, disaggregation, value, recorded_at, id FROM measurements WHERE plan_id = ?",
                [.integer(plan.id)]
            ) { row in
                let key = Key(indicator: row.text(at: 0) ?? "", periodStart: row.text(at: 1), date: row.text(at: 2) ?? "", disaggregation: row.text(at: 3))
                let stamp = Supersession.Stamp(recordedAt: row.text(at: 5).flatMap(Timestamp.init), sequence: row.integer(at: 6) ?? 0)
                if let previous = newest[key], !Supersession.supersedes(stamp, previous.stamp) { return }
                newest[key] = (stamp, row.real(at: 4) ?? 0)
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
