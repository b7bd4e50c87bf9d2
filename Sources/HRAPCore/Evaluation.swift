/// A mid-term or final evaluation of the plan — or of its predecessor (``ofPredecessor``), for a predecessor known
/// only by title and link — its recommendations and the city's responses.
public struct Evaluation: Record {
    /// When in the plan period it took place.
    public enum Stage: String, CaseIterable, Sendable { case midTerm = "mid_term", final }
    /// Who evaluated.
    public enum Evaluator: String, CaseIterable, Sendable { case `internal`, external }

    public var code = ""
    public var title = ""
    public var stage = Stage.midTerm
    public var evaluator = Evaluator.external
    public var date = CalendarDate(daysSince1970: 0)
    public var url: String?
    public var recommendations: [EvaluationRecommendation] = []
    /// It evaluated the plan's predecessor: what this plan learnt from, not an evaluation of this plan.
    public var ofPredecessor = false

    public init() {}

    public static let schema = RecordSchema<Evaluation>(
        entity: "evaluation",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. 'EV1'."),
            .required("title", \.title, .text, help: "Title."),
            .required("stage", \.stage, .choice, help: "Mid-term or final."),
            .required("evaluator", \.evaluator, .choice, help: "Internal or external."),
            .required("date", \.date, .date, help: "Date of the evaluation report."),
            .optional("url", \.url, .url, help: "Link to the report."),
            .records("recommendations", \.recommendations, help: "Recommendations and the city's responses."),
            .flag(
                "of_predecessor", \.ofPredecessor, default: false,
                help: "It evaluated the predecessor plan, which this plan builds on."),
        ])
}

/// A recommendation of an evaluation and the city's response to it.
public struct EvaluationRecommendation: Record {
    /// The city's answer.
    public enum Response: String, CaseIterable, Sendable {
        case accepted, partiallyAccepted = "partially_accepted", rejected
    }

    public var code = ""
    public var text = ""
    public var response: Response?
    public var responseNote: String?
    /// The code of the action that follows the recommendation up.
    public var followUpAction: String?

    public init() {}

    public static let schema = RecordSchema<EvaluationRecommendation>(
        entity: "recommendation",
        fields: [
            .required("code", \.code, .identifier, help: "Code within the evaluation."),
            .required("text", \.text, .longText, help: "The recommendation."),
            .optional("response", \.response, .choice, help: "The city's response."),
            .optional("response_note", \.responseNote, .longText, help: "Reasons for the response."),
            .optional("follow_up_action", \.followUpAction, .code, help: "Code of the follow-up action."),
        ])
}
