/// A published report on the plan's implementation.
public struct ProgressReport: Record {
    /// What sort of report it is.
    public enum Kind: String, CaseIterable, Sendable { case annual, interim, thematic, final }
    /// Who a report was presented to: the elected council, the executive (a mayor's office, a regional cabinet), a
    /// parliament, or the public (a public hearing or presentation).
    public enum Audience: String, CaseIterable, Sendable { case council, executive, parliament, `public` }

    public var code = ""
    public var title = ""
    public var date = CalendarDate(daysSince1970: 0)
    /// The last day of the period it reports on; nil: the last reporting period that ended before its publication
    /// (``ReportingCalendar``).
    public var periodEnd: CalendarDate?
    public var type = Kind.annual
    public var url: String?
    public var presentedToCouncil = false
    /// Who it was presented to (``presentedToCouncil`` adds the council, as files before audiences said it).
    public var audiences: [Audience] = []
    /// Language tags of the published versions.
    public var languages: [String] = []
    public var easyRead = false

    public init() {}

    public static let schema = RecordSchema<ProgressReport>(
        entity: "report",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. 'R2024'."),
            .required("title", \.title, .text, help: "Title."),
            .required("date", \.date, .date, help: "Publication date."),
            .optional(
                "period_end", \.periodEnd, .date,
                help: "Last day of the period it covers (default: the reporting period that ended before it)."),
            .required("type", \.type, .choice, help: "Kind of report."),
            .optional("url", \.url, .url, help: "Link."),
            .flag("presented_to_council", \.presentedToCouncil, default: false, help: "Presented to the council."),
            .list(
                "audiences", \.audiences, .choice,
                help: "Who it was presented to: council, executive, parliament, public."),
            .list("languages", \.languages, .language, help: "Languages it is published in."),
            .flag("easy_read", \.easyRead, default: false, help: "Has an easy-read version."),
        ])
}

extension ProgressReport {
    /// Everyone it was presented to: its audiences, and the council when `presented_to_council` says so.
    public var presentedTo: Set<Audience> {
        Set(audiences).union(presentedToCouncil ? [.council] : [])
    }

    /// Presented to an elected body — the council or a parliament — to which the executive answers.
    public var reachedElectedBody: Bool { !presentedTo.isDisjoint(with: [.council, .parliament]) }
}
