/// A coordinating, monitoring or advisory body of the plan, with its meetings.
public struct Body: Record {
    /// What the body does.
    public enum Role: String, CaseIterable, Sendable { case coordinating, monitoring, advisory }

    public var code = ""
    public var name = ""
    public var role = Role.coordinating
    /// Further roles of a body that does more than one thing (an advisory council that also monitors).
    public var additionalRoles: [Role] = []
    /// Whether the body co-decides (its consent is needed), rather than only advising.
    public var coDecision = false
    public var internalMembers: Int?
    public var externalMembers: Int?
    public var meetings: [Meeting] = []

    public init() {}

    public static let schema = RecordSchema<Body>(
        entity: "body",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. 'HRC'."),
            .required("name", \.name, .text, help: "Name."),
            .required("role", \.role, .choice, help: "Coordinating, monitoring or advisory: its main role."),
            .list(
                "also_roles", \.additionalRoles, .choice,
                help: "Further roles, e.g. monitoring for an advisory council."),
            .flag(
                "co_decision", \.coDecision, default: false,
                help: "The body co-decides: its consent is needed, not only its advice."),
            .optional(
                "internal_members", \.internalMembers, .integer(0...10_000), help: "Members from the administration."),
            .optional(
                "external_members", \.externalMembers, .integer(0...10_000),
                help: "Members from outside (civil society, experts)."),
            .records("meetings", \.meetings, help: "Meetings held."),
        ])
}

extension Body {
    /// Every role of the body: its main role and the further ones.
    public var roles: Set<Role> { Set([role] + additionalRoles) }
}

/// A meeting of a body.
public struct Meeting: Record {
    public var date = CalendarDate(daysSince1970: 0)
    public var minutesURL: String?

    public init() {}

    public static let schema = RecordSchema<Meeting>(
        entity: "meeting",
        fields: [
            .required("date", \.date, .date, help: "Date."),
            .optional("minutes_url", \.minutesURL, .url, help: "Published minutes."),
        ])
}
