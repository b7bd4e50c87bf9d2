/// A value of an indicator for a date or a period, possibly for one group (disaggregated).
///
/// Measurements are never changed: a correction is a newer measurement with the same key
/// (indicator, period, disaggregation) that supersedes the older one; both are kept.
public struct Measurement: Record {
    /// How a qualitative target stands, as the responsible officer judges it.
    public enum JudgedStatus: String, CaseIterable, Sendable {
        case achieved, onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track"
    }

    public var indicator = ""
    /// The first day of the period, for values that cover a period.
    public var periodStart: CalendarDate?
    /// The reference date, or the last day of the period.
    public var date = CalendarDate(daysSince1970: 0)
    /// The value; nil for a qualitative indicator, whose measurements carry a ``judgedStatus`` instead.
    public var value: Double?
    /// The officer's judgement of a qualitative indicator at the date (its `note` says why).
    public var judgedStatus: JudgedStatus?
    /// The group the value is for, by ground (e.g. `["sex": "female"]`); empty for the total.
    public var disaggregation: [String: String] = [:]
    public var source: String?
    public var note: String?
    public var evidenceURL: String?
    /// Whether the value may appear on public pages and in public exports.
    public var isPublic = true
    /// The value follows a new definition or method of measurement: it starts a new series and is not compared with
    /// the values before it (it is never a setback, nor an improvement).
    public var isNewMethod = false
    /// When the value was recorded; set by the store when absent.
    public var recordedAt: Timestamp?
    /// Who recorded it; set by the store when absent.
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<Measurement>(
        entity: "measurement",
        fields: [
            .required("indicator", \.indicator, .code, help: "Code of the indicator."),
            .optional("period_start", \.periodStart, .date, help: "First day of the period, if the value covers one."),
            .required("date", \.date, .date, help: "Reference date, or last day of the period."),
            .optional(
                "value", \.value, .number(acceptsYesNo: true),
                help: "The value (1/0 or true/false for yes/no indicators)."),
            .optional(
                "judged_status", \.judgedStatus, .choice,
                help: "For a qualitative indicator instead of a value: how the target stands, as the officer judges it."
            ),
            .dictionary(
                "disaggregation", \.disaggregation, help: "Group, e.g. {\"sex\": \"female\"}; {} for the total."),
            .optional("source", \.source, .text, help: "Source of the value."),
            .optional("note", \.note, .longText, help: "Note."),
            .optional("evidence_url", \.evidenceURL, .url, help: "Link to the evidence."),
            .flag("public", \.isPublic, default: true, help: "May appear on public pages."),
            .flag(
                "new_method", \.isNewMethod, default: false,
                help: "The value follows a new definition or method: it is not compared with earlier values."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ]
    ) { measurement in
        var problems: [ValidationProblem] = []
        if (measurement.value == nil) == (measurement.judgedStatus == nil) {
            problems.append(
                .init(
                    path: "value", code: measurement.value == nil ? .required : .inconsistent,
                    message: "give a value, or a judged_status for a qualitative indicator (not both)"))
        }
        if let start = measurement.periodStart, start.first > measurement.date {
            problems.append(
                .init(
                    path: "date", code: .inconsistent,
                    message: "the period ends before it starts (period_start \(start))"))
        }
        return problems
    }

    /// The values that identify what the measurement is a value of; corrections share it.
    public var key: MeasurementKey {
        MeasurementKey(indicator: indicator, periodStart: periodStart, date: date, disaggregation: disaggregation)
    }
}

/// What a measurement is a value of: indicator, period and group.
public struct MeasurementKey: Hashable, Sendable {
    public var indicator: String
    public var periodStart: CalendarDate?
    public var date: CalendarDate
    public var disaggregation: [String: String]

    /// Hashes the indicator, dates and the number of groups, not the groups themselves: hashing a dictionary seeds
    /// a hasher per entry, which dominated reducing a large plan's values to the current ones. Keys that differ only
    /// in their groups (a few per indicator and date) share a hash and are told apart by `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(indicator)
        hasher.combine(periodStart)
        hasher.combine(date)
        hasher.combine(disaggregation.count)
    }
}
