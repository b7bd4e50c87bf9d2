/// A local or regional authority that adopts human rights action plans.
public struct Government: Record {
    /// The tier of government.
    public enum Level: String, CaseIterable, Sendable { case municipality, district, region }

    public var code = ""
    public var name = ""
    public var country = ""
    public var level = Level.municipality
    public var population: Int?
    /// City networks it belongs to (e.g. ECCAR, UCLG, Human Rights Cities Network).
    public var networks: [String] = []

    public init() {}

    public static let schema = RecordSchema<Government>(
        entity: "government",
        fields: [
            .required("code", \.code, .identifier, help: "Short code, e.g. 'AT-rivertown'."),
            .required("name", \.name, .text, help: "Official name."),
            .required("country", \.country, .country, help: "ISO 3166-1 alpha-2 country code."),
            .required("level", \.level, .choice, help: "Tier of government."),
            .optional("population", \.population, .integer(0...100_000_000), help: "Inhabitants."),
            .list("networks", \.networks, .text, help: "Network memberships, e.g. ECCAR, UCLG."),
        ])
}
