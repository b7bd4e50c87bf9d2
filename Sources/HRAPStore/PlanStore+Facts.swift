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
            var newest: [Key: (stamp: Supersession.Stamp, value: Double?, judged: String?)] = [:]
            try db.forEachRow(
                """
                SELECT indicator, period_start, date, disaggregation, value, recorded_at, id, judged_status
                FROM measurements WHERE plan_id = ?
                """,
                [.integer(plan.id)]
            ) { row in
                let key = Key(indicator: row.text(at: 0) ?? "", periodStart: row.text(at: 1), date: row.text(at: 2) ?? "", disaggregation: row.text(at: 3))
                let stamp = Supersession.Stamp(recordedAt: row.text(at: 5).flatMap(Timestamp.init), sequence: row.integer(at: 6) ?? 0)
                if let previous = newest[key], !Supersession.supersedes(stamp, previous.stamp) { return }
                newest[key] = (stamp, row.real(at: 4), row.text(at: 7))
            }
            var series: [String: [PlanFacts.Point]] = [:]
            var disaggregated: [String: [CalendarDate]] = [:]
            var judged: [String: [PlanFacts.JudgedPoint]] = [:]
            for (key, current) in newest {
                guard let date = CalendarDate(partial: key.date) else { continue }
                if key.disaggregation != nil {
                    disaggregated[key.indicator, default: []].append(date)
                } else if let value = current.value {
                    series[key.indicator, default: []].append(PlanFacts.Point(date: date, value: value))
                } else if let status = current.judged.flatMap(Measurement.JudgedStatus.init) {
                    judged[key.indicator, default: []].append(PlanFacts.JudgedPoint(date: date, status: status))
                }
            }
            var facts = PlanFacts(structure: structure, series: series, disaggregatedDates: disaggregated, judged: judged)
            facts.successorStart = try Self.successorStart(of: code, in: db)
            return facts
        }
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
