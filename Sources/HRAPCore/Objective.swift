/// An objective within a field of action.
public struct Objective: Record {
    public var code = ""
    /// The code of its field of action.
    public var field = ""
    public var title = ""
    /// The title in other languages, by language tag (`{"eu": "…"}`): reports and pages in that language show it.
    public var titleTranslations: [String: String] = [:]
    public var rationale: String?
    /// The rights-holder groups the objective gives priority to.
    public var rightsHolderGroups: [String] = []
    /// Codes of the standards it is anchored in.
    public var standards: [String] = []

    public init() {}

    public static let schema = RecordSchema<Objective>(
        entity: "objective",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. '2.1'."),
            .required("field", \.field, .code, help: "Code of the field of action."),
            .required("title", \.title, .text, help: "Title."),
            .dictionary(
                "title_translations", \.titleTranslations,
                help: "The title in other languages, by language tag: {\"eu\": \"…\"}."),
            .optional("rationale", \.rationale, .longText, help: "Why the objective matters."),
            .list("rights_holder_groups", \.rightsHolderGroups, .text, help: "Priority rights-holder groups."),
            .list("standards", \.standards, .code, help: "Codes of the standards it is anchored in."),
        ])
}
