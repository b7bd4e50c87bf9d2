/// A field of action: the top level of a plan's hierarchy (e.g. "Housing").
public struct FieldOfAction: Record {
    public var code = ""
    public var title = ""
    /// The title in other languages, by language tag (`{"eu": "…"}`): reports and pages in that language show it.
    public var titleTranslations: [String: String] = [:]
    public var description: String?
    /// Codes of the standards the whole field implements; its objectives and actions inherit them for scoring.
    public var standards: [String] = []

    public init() {}

    public static let schema = RecordSchema<FieldOfAction>(
        entity: "field",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. '2'."),
            .required("title", \.title, .text, help: "Title."),
            .dictionary(
                "title_translations", \.titleTranslations,
                help: "The title in other languages, by language tag: {\"eu\": \"…\"}."),
            .optional("description", \.description, .longText, help: "Description."),
            .list(
                "standards", \.standards, .code,
                help: "Codes of the standards the field implements (inherited by its objectives)."),
        ])
}
