/// The city's own words for a report year: a foreword, the year's achievements, its challenges, its commitments for
/// the next year, or an explanation of why a field of action or a measure lagged. Reports print them beside the data
/// they speak about and say that they are the city's words, not computed.
///
/// The words are never changed: a new version for the same year, part and subject supersedes the one before, and
/// both are kept.
public struct ReportNarrative: Record, RecordedVersion {
    /// Which part of the report the words are.
    public enum Part: String, CaseIterable, Sendable {
        case foreword, achievements, challenges, commitments, explanation
    }

    public var year = 2000
    public var part = Part.foreword
    /// For an explanation: the code of the field of action or the measure it explains.
    public var subject: String?
    public var text = ""
    /// When these words were recorded; set by the store when absent.
    public var recordedAt: Timestamp?
    /// Who recorded them; set by the store when absent.
    public var recordedBy: String?

    public init() {}

    public static let schema = RecordSchema<ReportNarrative>(
        entity: "report_narrative",
        fields: [
            .required("year", \.year, .integer(1900...2200), help: "The report year the words are for."),
            .required("part", \.part, .choice, help: "Which part of the report they are."),
            .optional(
                "subject", \.subject, .code, help: "For an explanation: the field of action or measure it explains."),
            .required("text", \.text, .longText, help: "The city's words (plain text; Markdown is shown as typed)."),
            .optional("recorded_at", \.recordedAt, .timestamp, help: "When it was recorded."),
            .optional("recorded_by", \.recordedBy, .text, help: "Who recorded it."),
        ])
}

extension ReportNarrative {
    /// Every problem of these words against the plan: an explanation names the field of action or measure it
    /// explains, and a subject is one of the plan's fields of action or measures.
    public func problems(fields: Set<String>, actions: Set<String>, path: String) -> [ValidationProblem] {
        let at = path.isEmpty ? "" : path + "."
        if part == .explanation, subject == nil {
            return [.init(path: at + "subject", code: .required, message: "an explanation names what it explains")]
        }
        guard let subject, !fields.contains(subject), !actions.contains(subject) else { return [] }
        return [
            .init(
                path: at + "subject", code: .unknownReference,
                message: "the plan has no field of action or measure '\(subject)'")
        ]
    }
}

extension ReportNarrative: PlanRecord {
    public static var identity: [String] { ["year", "part", "subject"] }
    public static var collection: String { "narratives" }
    public static var section: WritableKeyPath<PlanFile, [ReportNarrative]> { \.narratives }
    public static var isAppendOnly: Bool { true }
}
