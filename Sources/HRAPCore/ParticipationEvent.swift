/// An occasion where rights-holders took part in designing, implementing or reviewing the plan.
public struct ParticipationEvent: Record {
    /// The stage of the policy cycle.
    public enum Phase: String, CaseIterable, Sendable {
        case diagnosis, drafting, implementation, monitoring, evaluation
    }
    /// How people took part.
    public enum Format: String, CaseIterable, Sendable {
        case survey, workshop, hearing, onlinePlatform = "online_platform", advisoryCouncil = "advisory_council"
    }

    public var code = ""
    public var title = ""
    public var date = CalendarDate(daysSince1970: 0)
    public var phase = Phase.diagnosis
    public var format = Format.workshop
    public var stakeholderGroups: [String] = []
    public var participants: Int?
    public var accessibility: [String] = []
    /// Where the feedback to participants was published.
    public var feedbackURL: String?
    /// The last day, for an event that runs over several days (a consultation period).
    public var endDate: CalendarDate?

    public init() {}

    public static let schema = RecordSchema<ParticipationEvent>(
        entity: "participation_event",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. 'P1'."),
            .required("title", \.title, .text, help: "Title."),
            .required("date", \.date, .date, help: "Date (the first day of an event over several days)."),
            .optional(
                "end_date", \.endDate, .date, help: "Last day of an event over several days, e.g. a consultation."),
            .required("phase", \.phase, .choice, help: "Stage of the policy cycle."),
            .required("format", \.format, .choice, help: "How people took part."),
            .list("stakeholder_groups", \.stakeholderGroups, .text, help: "Groups that took part."),
            .optional("participants", \.participants, .integer(0...10_000_000), help: "Number of participants."),
            .list("accessibility", \.accessibility, .longText, help: "Accessibility measures offered."),
            .optional("feedback_url", \.feedbackURL, .url, help: "Published feedback to participants."),
        ]
    ) { event in
        guard let end = event.endDate, end < event.date else { return [] }
        return [.init(path: "end_date", code: .inconsistent, message: "must not be before date (\(event.date))")]
    }
}
