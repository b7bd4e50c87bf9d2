import HRAPCore
import SQLiteStore

/// A plan's data as published — its public file and the facts of its public values — read at one data version, and
/// what changed since the data it was brought up to date from.
///
/// Read whole by ``PlanStore/publicData(plan:updating:)`` the first time; after that, when only measurements were
/// written since, brought up to date from the previous data by reading just the indicators they touched (progress data
/// is append-only, so nothing else can have changed). Either way it is the same data: `PublicDataTests` holds the
/// two paths equal after random writes. The values are kept by indicator, so that bringing one indicator up to date
/// costs what that indicator holds, however large the plan; the flat file is put together only when asked for.
public struct PublicPlanData: Sendable {
    /// The public file without its measurements (they are in ``values``).
    private var structure: PlanFile
    /// The facts of the public current values (``PlanStore/facts(plan:publicOnly:)``), over the public file without
    /// its measurements.
    public private(set) var facts: PlanFacts
    /// Every public version of each indicator's values (the public file's measurements), in row order, by code.
    public private(set) var values: [String: [Measurement]]
    /// The data version read at (``PlanStore/dataVersion()``).
    public private(set) var version: Int64
    /// The indicators whose measurements changed since the data this was brought up to date from; nil when it was
    /// read whole (anything may have changed).
    public private(set) var changedIndicators: Set<String>?
    /// The row ids of each indicator's values, in the same order.
    private var ids: [String: [Int64]]
    /// The last row id of the measurements table when read: later rows are new.
    private var lastMeasurementID: Int64

    /// Data read whole: `values` and `ids` hold the public file's measurements by indicator, in row order.
    init(
        structure: PlanFile, facts: PlanFacts, values: [String: [Measurement]], ids: [String: [Int64]],
        version: Int64, lastMeasurementID: Int64
    ) {
        (self.structure, self.facts, self.values, self.ids) = (structure, facts, values, ids)
        (self.version, self.lastMeasurementID, changedIndicators) = (version, lastMeasurementID, nil)
    }

    /// The plan file with public records only, as published (`exportPlan(code).publicRecords()`): put together from
    /// the values by indicator, in row order, at each call (a copy of every public value: for the open data and
    /// the reports that list them, not for pages).
    public func publicFile() -> PlanFile {
        var rows: [(id: Int64, record: Measurement)] = []
        rows.reserveCapacity(ids.values.reduce(0) { $0 + $1.count })
        for (code, group) in values {
            for (id, record) in zip(ids[code] ?? [], group) { rows.append((id, record)) }
        }
        rows.sort { $0.id < $1.id }
        var file = structure
        file.measurements = rows.map(\.record)
        return file
    }
}

extension PlanStore {
    /// A plan's published data, read in one transaction: brought up to date from `previous` (data of the same plan
    /// read before) when only measurements, of at most ``PublicPlanData/indicatorsReadAnew`` indicators, were written
    /// since; else read whole.
    public func publicData(plan code: String, updating previous: PublicPlanData? = nil) throws -> PublicPlanData {
        try reading { db in
            let version = try db.scalar("SELECT max(id) FROM audit_log")?.integer ?? 0
            if let previous, previous.facts.file.plan.code == code,
                let updated = try previous.updated(in: db, to: version)
            {
                return updated
            }
            return try Self.publicData(code, in: db, version: version)
        }
    }

    /// A plan's published data, read whole.
    static func publicData(_ code: String, in db: Database, version: Int64) throws -> PublicPlanData {
        var structure = try planFile(code, in: db, progress: false)
        let plan = try Self.plan(code, in: db).ref
        let facts = try facts(structure: structure, plan: plan, in: db, publicOnly: true)
        structure.progressUpdates = try publicRows(
            ProgressUpdate.table, db, plan: plan, key: \.key, isPublic: \.isPublic
        ).map(\.record)
        var values: [String: [Measurement]] = [:], ids: [String: [Int64]] = [:]
        try forEachPublicRow(Measurement.table, db, plan: plan, key: \.key, isPublic: \.isPublic) { id, value in
            values[value.indicator, default: []].append(value)
            ids[value.indicator, default: []].append(id)
        }
        return PublicPlanData(
            structure: structure, facts: facts.over(structure), values: values, ids: ids, version: version,
            lastMeasurementID: try lastMeasurementID(db))
    }

    /// The public rows of an append-only table whose key's current version is public, in row order; with `field`
    /// and `value`, of the rows whose field holds the value.
    static func publicRows<R: PlanRecord, Key: Hashable>(
        _ table: RecordTable<R>, _ db: Database, plan: PlanRef, where field: String? = nil, is value: String? = nil,
        key: (R) -> Key, isPublic: (R) -> Bool
    ) throws -> [(id: Int64, record: R)] {
        var rows: [(id: Int64, record: R)] = []
        try forEachPublicRow(table, db, plan: plan, where: field, is: value, key: key, isPublic: isPublic) {
            rows.append(($0, $1))
        }
        return rows
    }

    /// Each public row of an append-only table whose key's current version is public, in row order (none kept).
    static func forEachPublicRow<R: PlanRecord, Key: Hashable>(
        _ table: RecordTable<R>, _ db: Database, plan: PlanRef, where field: String? = nil, is value: String? = nil,
        key: (R) -> Key, isPublic: (R) -> Bool, _ body: (Int64, R) throws -> Void
    ) throws {
        let hidden = Set(
            try table.fetchCurrent(db, plan: plan, where: field, is: value, privateOnly: true).map { key($0.record) })
        try table.forEachRecord(db, plan: plan, where: field, is: value) { id, record in
            if isPublic(record), !hidden.contains(key(record)) { try body(id, record) }
        }
    }

    /// The last row id of the measurements table (of every plan): rows written later have larger ids.
    static func lastMeasurementID(_ db: Database) throws -> Int64 {
        try db.scalar("SELECT max(id) FROM measurements")?.integer ?? 0
    }
}

extension PublicPlanData {
    /// The most indicators read one by one; values of more (an import across the plan) have the data read whole,
    /// in one pass instead of a query per indicator.
    static let indicatorsReadAnew = 64

    /// This data brought up to date to `version`, or nil when something other than measurements was written since,
    /// values of more than ``indicatorsReadAnew`` indicators were, or this data is of a later version (another
    /// store's).
    fileprivate func updated(in db: Database, to version: Int64) throws -> PublicPlanData? {
        guard version >= self.version else { return nil }
        var data = self
        (data.version, data.changedIndicators) = (version, [])
        guard version > self.version else { return data }
        let others = try db.scalar(
            """
            SELECT count(*) FROM audit_log
            WHERE id > ? AND NOT (entity = 'measurement' AND operation IN ('append', 'import'))
            """, [.integer(self.version)])
        guard others?.integer == 0 else { return nil }
        let plan = try PlanStore.plan(structure.plan.code, in: db).ref
        var touched: Set<String> = []
        try db.forEachRow(
            "SELECT DISTINCT indicator FROM measurements WHERE id > ? AND plan_id = ?",
            [.integer(lastMeasurementID), .integer(plan.id)]
        ) { row in touched.insert(row.text(at: 0) ?? "") }
        guard touched.count <= Self.indicatorsReadAnew else { return nil }
        data.lastMeasurementID = try PlanStore.lastMeasurementID(db)
        data.changedIndicators = touched
        guard !touched.isEmpty else { return data }
        try data.readAnew(touched, plan: plan, in: db)
        return data
    }

    /// Reads the measurements of some indicators anew: their facts, and their public versions.
    private mutating func readAnew(_ indicators: Set<String>, plan: PlanRef, in db: Database) throws {
        var series: [String: [PlanFacts.Point]] = [:], dates: [String: [CalendarDate]] = [:]
        var judged: [String: [PlanFacts.JudgedPoint]] = [:]
        for code in indicators.sorted() {
            let scan = try MeasurementScan.read(db, plan: plan, indicator: code, publicOnly: true)
            series[code] = scan.series[code]
            dates[code] = scan.disaggregatedDates[code]
            judged[code] = scan.judged[code]
            let rows = try PlanStore.publicRows(
                Measurement.table, db, plan: plan, where: "indicator", is: code, key: \.key, isPublic: \.isPublic)
            values[code] = rows.isEmpty ? nil : rows.map(\.record)
            ids[code] = rows.isEmpty ? nil : rows.map(\.id)
        }
        facts = facts.replacingValues(of: indicators, series: series, disaggregatedDates: dates, judged: judged)
    }
}
