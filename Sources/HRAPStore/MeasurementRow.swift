import HRAPCore
import JSONCoding
import SQLiteStore

/// A stored measurement read column by column, without the generic path through JSON
/// (``RecordTable/genericRecord(from:offset:)``): every read of the measurements table goes this way, since a plan
/// holds hundreds of thousands of them. It yields the same measurement as the generic path and
/// refuses what it would refuse (a date, time or group of people that does not parse).
enum MeasurementRow {
    /// The columns ``read(_:offset:)`` expects, in order: the table's own, in the schema's order.
    static let columns = Measurement.table.columnList

    /// The measurement in the columns from `offset` on.
    static func read(_ row: Statement, offset: Int32) throws -> Measurement {
        var measurement = Measurement()
        measurement.indicator = row.text(at: offset) ?? ""
        measurement.periodStart = try row.text(at: offset + 1).map { try date($0) }
        measurement.date = try date(row.text(at: offset + 2) ?? "")
        measurement.value = row.real(at: offset + 3)
        measurement.judgedStatus = try row.text(at: offset + 4).map { text in
            guard let status = Measurement.JudgedStatus(rawValue: text) else {
                throw StoreError.corrupt("a stored measurement's judged status is '\(text)'")
            }
            return status
        }
        measurement.disaggregation = try row.text(at: offset + 5).map(groups) ?? [:]
        (measurement.source, measurement.note) = (row.text(at: offset + 6), row.text(at: offset + 7))
        measurement.evidenceURL = row.text(at: offset + 8)
        measurement.isPublic = row.integer(at: offset + 9) != 0
        measurement.isNewMethod = row.integer(at: offset + 10) == 1
        measurement.recordedAt = try row.text(at: offset + 11).map { text in
            guard let time = Timestamp(text) else {
                throw StoreError.corrupt("a stored measurement's time is '\(text)'")
            }
            return time
        }
        measurement.recordedBy = row.text(at: offset + 12)
        return measurement
    }

    /// What the store holds for a measurement's key, as the append-only writer asks for it.
    typealias Stored = AppendOnlyWriter<Measurement, MeasurementKey>.Stored

    /// Seeks a measurement's key on the key index: its current version (the newest recording time, and of those the
    /// row stored last, ``Supersession``), and — given a recording time — the version recorded then (of several,
    /// the row stored last, as the writer remembers history). Rows written earlier in the transaction are seen.
    static func lookup(_ db: Database, plan: PlanRef) throws -> (Measurement, Timestamp?) throws -> Stored {
        let select = try db.statement(
            """
            SELECT id, \(columns) FROM measurements
            WHERE plan_id = ? AND indicator = ? AND date = ? AND period_start IS ? AND disaggregation IS ?
            ORDER BY recorded_at DESC, id DESC
            """)
        let disaggregation = Measurement.schema.field(named: "disaggregation"), planID = SQLiteValue.integer(plan.id)
        return { measurement, time in
            select.reset(clearingBindings: false)
            // Reset once read: a statement left on a row would hold a read snapshot on the writer connection, which
            // keeps checkpoints from emptying the write-ahead log.
            defer { select.reset(clearingBindings: false) }
            try select.bind(planID, at: 1)
            try select.bind(.text(measurement.indicator), at: 2)
            try select.bind(.text(measurement.date.description), at: 3)
            try select.bind(measurement.periodStart.map { .text($0.description) } ?? .null, at: 4)
            try select.bind(
                measurement.disaggregation.isEmpty ? .null : ColumnValue.sqlite(disaggregation?.get(measurement)),
                at: 5)
            guard try select.step() else { return (nil, nil) }
            let current = try read(select, offset: 1)
            let stamp = Supersession.Stamp(recordedAt: current.recordedAt, sequence: select.integer(at: 0) ?? 0)
            guard let time else { return ((current, stamp), nil) }
            let wanted = time.description
            repeat {
                guard let stored = select.text(at: 12), stored >= wanted else { break }
                if stored == wanted { return ((current, stamp), try read(select, offset: 1)) }
            } while try select.step()
            return ((current, stamp), nil)
        }
    }

    /// The statement that inserts one measurement of `plan`, bound column by column, stamped with `author` where
    /// the measurement names no recording. What every row shares (the plan, who created it and when) is bound once,
    /// and the recording only when it differs from the row before (bindings outlive a reset).
    static func insert(_ db: Database, plan: PlanRef, author: Authorship) throws -> (Measurement) throws -> Void {
        let insert = try db.statement(
            """
            INSERT INTO measurements (plan_id, indicator, period_start, date, value, disaggregation, source, note,
              evidence_url, public, recorded_at, recorded_by, created_at, created_by, updated_at, updated_by,
              judged_status, new_method)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let disaggregation = Measurement.schema.field(named: "disaggregation")
        let time = SQLiteValue.text(author.time.description), actor = SQLiteValue.text(author.actor)
        insert.reset(clearingBindings: true)
        for (index, value) in [(1, .integer(plan.id)), (13, time), (14, actor), (15, time), (16, actor)] {
            try insert.bind(value, at: Int32(index))
        }
        var recording: (at: Timestamp, by: String)?
        return { measurement in
            insert.reset(clearingBindings: false)
            try insert.bind(.text(measurement.indicator), at: 2)
            try insert.bind(measurement.periodStart.map { .text($0.description) } ?? .null, at: 3)
            try insert.bind(.text(measurement.date.description), at: 4)
            try insert.bind(measurement.value.map(SQLiteValue.real) ?? .null, at: 5)
            try insert.bind(
                measurement.disaggregation.isEmpty ? .null : ColumnValue.sqlite(disaggregation?.get(measurement)),
                at: 6)
            try insert.bind(measurement.source.map(SQLiteValue.text) ?? .null, at: 7)
            try insert.bind(measurement.note.map(SQLiteValue.text) ?? .null, at: 8)
            try insert.bind(measurement.evidenceURL.map(SQLiteValue.text) ?? .null, at: 9)
            try insert.bind(.integer(measurement.isPublic ? 1 : 0), at: 10)
            let now = (at: measurement.recordedAt ?? author.time, by: measurement.recordedBy ?? author.actor)
            if recording?.at != now.at || recording?.by != now.by {
                try insert.bind(.text(now.at.description), at: 11)
                try insert.bind(.text(now.by), at: 12)
                recording = now
            }
            try insert.bind(measurement.judgedStatus.map { .text($0.rawValue) } ?? .null, at: 17)
            try insert.bind(.integer(measurement.isNewMethod ? 1 : 0), at: 18)
            try insert.run()
        }
    }

    private static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(partial: text) else {
            throw StoreError.corrupt("a stored measurement's date is '\(text)'")
        }
        return date
    }

    private static func groups(_ text: String) throws -> [String: String] {
        let members = (try? JSONParser.parse(text))?.members
        var groups: [String: String] = [:]
        for (name, value) in members ?? [] {
            guard let value = value.string else { break }
            groups[name] = value
        }
        guard let members, groups.count == members.count else {
            throw StoreError.corrupt("a stored measurement's groups of people are '\(text)'")
        }
        return groups
    }
}
