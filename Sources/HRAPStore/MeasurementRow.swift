import HRAPCore
import JSONCoding
import SQLiteStore

/// A stored measurement read column by column, without the generic path through JSON
/// (``RecordTable/record(from:offset:)``), for the reads that run once per row of a large import. It yields the same measurement as the generic path and
/// refuses what it would refuse (a date, time or group of people that does not parse).
enum MeasurementRow {
    /// The columns ``read(_:offset:)`` expects, in order.
    static let columns = """
        indicator, period_start, date, value, disaggregation, source, note, evidence_url, public, recorded_at, \
        recorded_by, judged_status
        """

    /// The measurement in the columns from `offset` on.
    static func read(_ row: Statement, offset: Int32) throws -> Measurement {
        var measurement = Measurement()
        measurement.indicator = row.text(at: offset) ?? ""
        measurement.periodStart = try row.text(at: offset + 1).map { try date($0) }
        measurement.date = try date(row.text(at: offset + 2) ?? "")
        measurement.value = row.real(at: offset + 3)
        measurement.disaggregation = try row.text(at: offset + 4).map(groups) ?? [:]
        (measurement.source, measurement.note) = (row.text(at: offset + 5), row.text(at: offset + 6))
        measurement.evidenceURL = row.text(at: offset + 7)
        measurement.isPublic = row.integer(at: offset + 8) != 0
        measurement.recordedAt = try row.text(at: offset + 9).map { text in
            guard let time = Timestamp(text) else {
                throw StoreError.corrupt("a stored measurement's time is '\(text)'")
            }
            return time
        }
        measurement.recordedBy = row.text(at: offset + 10)
        measurement.judgedStatus = try row.text(at: offset + 11).map { text in
            guard let status = Measurement.JudgedStatus(rawValue: text) else {
                throw StoreError.corrupt("a stored measurement's judged status is '\(text)'")
            }
            return status
        }
        return measurement
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
