/// A person invited to rate a plan in an assessment round.
public struct Reviewer: Record {
    /// A short handle the reviewer acts under, e.g. 'm.kovac'.
    public var code = ""
    public var name = ""
    public var affiliation = ""
    /// The city or region the reviewer works for: a government code or name.
    public var homeCity = ""
    /// The declared conflict of interest, or "none".
    public var conflictOfInterest = ""
    public var invitedAt: Timestamp?

    public init() {}

    public static let schema = RecordSchema<Reviewer>(
        entity: "reviewer",
        fields: [
            .required("code", \.code, .identifier, help: "Handle the reviewer acts under, e.g. 'm.kovac'."),
            .required("name", \.name, .text, help: "Full name."),
            .required("affiliation", \.affiliation, .text, help: "Organisation and role."),
            .required(
                "home_city", \.homeCity, .text, help: "City or region the reviewer works for (government code or name)."
            ),
            .required(
                "conflict_of_interest", \.conflictOfInterest, .longText,
                help: "The declared conflict of interest, or 'none'."),
            .optional("invited_at", \.invitedAt, .timestamp, help: "When the reviewer was invited."),
        ])

    /// Whether the reviewer works for this government: their home city, in any case, is its code ('GB-aldermoor'), the
    /// code without the country ('aldermoor'), its name ('Aldermoor City Council') or the name's first words ('Aldermoor').
    public func worksFor(_ government: Government) -> Bool {
        let home = homeCity.trimmingWhitespace.lowercased()
        let code = government.code.lowercased()
        let name = government.name.lowercased()
        let place = code.split(separator: "-", maxSplits: 1).last.map(String.init) ?? code
        return !home.isEmpty && (home == code || home == place || home == name || name.hasPrefix(home + " "))
    }
}
