import HRAPCore
import SQLiteStore

/// A plan's current measurements reduced to what scoring and progress read, in one pass over the key index: rows
/// come ordered by indicator and date, so each (indicator, date) group is reduced on its own — a small list instead
/// of one dictionary over every row, each date parsed once, and a recording time parsed only when two versions of a
/// key meet.
struct MeasurementScan {
    /// One stored version within a group: the rest of its key, and what the facts keep of it.
    private struct Version {
        let periodStart: String?, disaggregation: String?, recordedAt: String?, id: Int64
        let value: Double?, judged: String?, isPublic: Bool, isNewMethod: Bool

        var stamp: Supersession.Stamp {
            Supersession.Stamp(recordedAt: recordedAt.flatMap(Timestamp.init), sequence: id)
        }
        var key: GroupKey { GroupKey(periodStart: periodStart, disaggregation: disaggregation) }
    }

    /// The part of a measurement's key that varies within a group.
    private struct GroupKey: Hashable {
        let periodStart: String?, disaggregation: String?
    }

    /// Groups up to this size are searched in order; larger ones (many groups of people at one date) are indexed.
    private static let searchLimit = 32

    private(set) var series: [String: [PlanFacts.Point]] = [:]
    private(set) var disaggregatedDates: [String: [CalendarDate]] = [:]
    private(set) var judged: [String: [PlanFacts.JudgedPoint]] = [:]
    private var group: [Version] = []
    /// Where each key stands in `group`, once the group is larger than ``searchLimit``.
    private var positions: [GroupKey: Int] = [:]
    private var indicator = "", date = ""
    /// Whether keys whose current version is private are left out (with their whole history).
    private var publicOnly = false
    /// Whether a current version marked private was kept.
    private(set) var includesPrivateValues = false

    /// The scan of one plan's measurements — of one indicator's, when `indicator` is given; with `publicOnly`, of its
    /// public ones (``PlanFile/publicRecords()``'s rule: a key whose current version is private is left out whole).
    static func read(
        _ db: Database, plan: PlanRef, indicator code: String? = nil, publicOnly: Bool = false
    ) throws -> MeasurementScan {
        var scan = MeasurementScan()
        scan.publicOnly = publicOnly
        let columns = """
            SELECT indicator, date, period_start, disaggregation, value, recorded_at, id, judged_status, public,
              new_method
            FROM measurements
            """
        let (sql, values): (String, [SQLiteValue]) =
            if let code {
                ("\(columns) WHERE plan_id = ? AND indicator = ? ORDER BY date", [.integer(plan.id), .text(code)])
            } else {
                ("\(columns) WHERE plan_id = ? ORDER BY indicator, date", [.integer(plan.id)])
            }
        try db.forEachRow(sql, values) { row in
            let indicator = row.text(at: 0) ?? "", date = row.text(at: 1) ?? ""
            if indicator != scan.indicator || date != scan.date {
                scan.finishGroup()
                (scan.indicator, scan.date) = (indicator, date)
            }
            scan.add(
                Version(
                    periodStart: row.text(at: 2), disaggregation: row.text(at: 3), recordedAt: row.text(at: 5),
                    id: row.integer(at: 6) ?? 0, value: row.real(at: 4), judged: row.text(at: 7),
                    isPublic: row.integer(at: 8) != 0, isNewMethod: row.integer(at: 9) == 1))
        }
        scan.finishGroup()
        return scan
    }

    /// Keeps a version unless the group holds a newer one of its key.
    private mutating func add(_ version: Version) {
        let key = version.key
        if group.count == Self.searchLimit, positions.isEmpty {
            for (index, held) in group.enumerated() { positions[held.key] = index }
        }
        let found = positions.isEmpty ? group.firstIndex { $0.key == key } : positions[key]
        guard let index = found else {
            if !positions.isEmpty { positions[key] = group.count }
            group.append(version)
            return
        }
        if Supersession.supersedes(version.stamp, group[index].stamp) { group[index] = version }
    }

    /// Files the current versions of the group that ends.
    private mutating func finishGroup() {
        defer {
            group.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
        }
        guard !group.isEmpty, let day = CalendarDate(partial: date) else { return }
        for version in group where version.isPublic || !publicOnly {
            if !version.isPublic { includesPrivateValues = true }
            if version.disaggregation != nil {
                disaggregatedDates[indicator, default: []].append(day)
            } else if let value = version.value {
                series[indicator, default: []].append(
                    PlanFacts.Point(date: day, value: value, isNewMethod: version.isNewMethod))
            } else if let status = version.judged.flatMap(Measurement.JudgedStatus.init) {
                judged[indicator, default: []].append(PlanFacts.JudgedPoint(date: day, status: status))
            }
        }
    }
}
