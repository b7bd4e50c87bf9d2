/// A human rights standard or commitment that objectives, actions and indicators cite.
public struct StandardReference: Record {
    /// What sort of standard it is.
    public enum Kind: String, CaseIterable, Sendable {
        case treatyArticle = "treaty_article", treatyBodyObservation = "treaty_body_observation"
        case uprRecommendation = "upr_recommendation", regionalInstrument = "regional_instrument"
        case nationalLaw = "national_law", nationalPlanItem = "national_plan_item"
        case sdgTarget = "sdg_target", localCharterClause = "local_charter_clause"
        /// A law of a sub-national region (a Land, an autonomous community, a province).
        case regionalLaw = "regional_law"
    }

    /// How it is cited, e.g. `ICESCR art. 11` or `SDG 11.1`.
    public var code = ""
    public var type = Kind.treatyArticle
    public var label = ""
    public var url: String?

    public init() {}

    public static let schema = RecordSchema<StandardReference>(
        entity: "standard",
        fields: [
            .required("code", \.code, .identifier, help: "Citation, e.g. 'ICESCR art. 11' or 'SDG 11.1'."),
            .required("type", \.type, .choice, help: "Kind of standard."),
            .required("label", \.label, .text, help: "What it says, in a few words."),
            .optional("url", \.url, .url, help: "Link to the text."),
        ])
}
