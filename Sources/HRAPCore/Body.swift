/// A coordinating, monitoring or advisory body of the plan, with its meetings.
public struct Body: Record {
    /// What the body does.
    public enum Role: String, CaseIterable, Sendable { case coordinating, monitoring, advisory }

    public var code = ""
    public var name = ""
    public var role = Role.coordinating
    public var internalMembers: Int?
    public var externalMembers: Int?
    public var meetings: [Meeting] = []

    public init() {}

    public static let schema = RecordSchema<Body>(entity: "body", fields: [
        .required("code", \.code, .code, help: "Code, e.g. 'HRC'."),
        .required("name", \.name, .text, help: "Name."),
        .required("role", \.role, .choice, help: "Coordinating, monitoring or advisory."),
        .optional("internal_members", \.internalMembers, .integer(0...10_000), help: "Members from the administration."),
        .optional("external_members", \.externalMembers, .integer(0...10_000), help: "Members from outside (civil society, experts)."),
        .records("meetings", \.meetings, help: "Meetings held."),
    ])
}

/// A meeting of a body.
public struct Meeting: Record {
    public var date = CalendarDate(daysSince1970: 0)
    public var minutesURL: String?

    public init() {}

    public static let schema = RecordSchema<Meeting>(entity: "meeting", fields: [
        .required("date", \.date, .date, help: "Date."),
        .optional("minutes_url", \.minutesURL, .url, help: "Published minutes."),
    ])
}
