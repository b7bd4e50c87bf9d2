/// A plan's statement that an encouragement, or one of its criteria, lies outside the government's competence.
///
/// Scoring then leaves it out of the maximum instead of counting it as zero (as the European Energy Award reduces the
/// maximum points to a municipality's scope of action); the reason is shown wherever the score is.
public struct NotApplicable: Record {
    /// The framework's id, e.g. `hrgl-2024`.
    public var framework = ""
    /// The encouragement's number.
    public var encouragement = 1
    /// The criterion's id, or nil for the whole encouragement.
    public var criterion: String?
    public var reason = ""

    public init() {}

    public static let schema = RecordSchema<NotApplicable>(
        entity: "not_applicable",
        fields: [
            .required("framework", \.framework, .code, help: "Framework id, e.g. hrgl-2024."),
            .required("encouragement", \.encouragement, .integer(1...99), help: "Number of the encouragement."),
            .optional(
                "criterion", \.criterion, .code, help: "Id of one criterion; leave out for the whole encouragement."),
            .required("reason", \.reason, .longText, help: "Why it lies outside the government's competence."),
        ])
}
