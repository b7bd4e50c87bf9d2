/// A department, agency or external partner that leads or supports actions.
public struct OrgUnit: Record {
    /// What sort of unit it is.
    public enum Kind: String, CaseIterable, Sendable { case department, agency, externalPartner = "external_partner" }

    public var code = ""
    public var name = ""
    public var kind = Kind.department
    /// The code of the unit this one belongs to (department → office → unit).
    public var parent: String?

    public init() {}

    public static let schema = RecordSchema<OrgUnit>(
        entity: "org_unit",
        fields: [
            .required("code", \.code, .identifier, help: "Short code, e.g. 'SOC'."),
            .required("name", \.name, .text, help: "Name."),
            .required("kind", \.kind, .choice, help: "Department, agency or external partner."),
            .optional("parent", \.parent, .code, help: "Code of the unit it belongs to (a department for an office)."),
        ])
}
