/// A report on how an action is going, at a date.
///
/// Updates are never changed: a correction is a newer update for the same action and date that supersedes it.
public struct ProgressUpdate: Record {
    public var action = ""
    public var date = CalendarDate(daysSince1970: 0)
    public var status = Action.Status.ongoing
    public var percentComplete: Int?
    public var narrative: String?
    public var evidenceURLs: [String] = []
    /// Whether the update may appear on public pages and in public exports.
    public var isPublic = true
    /// When the update was recorded; set by the store when absent.
    public var recordedAt: Timestamp?
    /// Who recorded it; set by the store when absent.
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<ProgressUpdate>(
        entity: "progress_update",
        fields: [
            .required("action", \.action, .code, help: "Code of the action."),
            .required("date", \.date, .date, help: "Date the update describes."),
            .required("status", \.status, .choice, help: "Status of the action at that date."),
            .optional("percent_complete", \.percentComplete, .integer(0...100), help: "Percent complete, 0–100."),
            .optional("narrative", \.narrative, .longText, help: "What happened."),
            .list("evidence_urls", \.evidenceURLs, .url, help: "Links to evidence."),
            .flag("public", \.isPublic, default: true, help: "May appear on public pages."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ])
}

extension ProgressUpdate {
    /// What a correction shares with the update it supersedes: the action and the date.
    public var key: ProgressUpdateKey { ProgressUpdateKey(action: action, date: date) }
}

/// The identity of a progress update's versions.
public struct ProgressUpdateKey: Hashable, Sendable {
    public let action: String
    public let date: CalendarDate
}
