/// One version of an assessment round: a plan assessed against one framework at a reference date by invited
/// reviewers, with their rating sheets and recommendations.
///
/// A round is open while it is being set up, in review once the first rating is recorded and finalised when the
/// coordinator closes it. A finalised version never changes; reopening creates the next version, which starts as a
/// copy and keeps the old one.
public struct Assessment: Record {
    /// Who assesses.
    public enum Kind: String, CaseIterable, Sendable {
        /// The city assesses its own plan.
        case `self`
        /// Officers of other cities.
        case peer
        /// An outside body (an ombudsperson, a university, an auditor).
        case external
    }

    /// Where the round is in its life.
    public enum Status: String, CaseIterable, Sendable {
        case open
        case inReview = "in_review"
        case finalised
    }

    public var code = ""
    public var version = 1
    public var title = ""
    public var kind = Kind.peer
    /// The framework's id and version the round rates against.
    public var framework = ""
    public var frameworkVersion = ""
    /// The reference date: ratings judge the plan as it stood then; the automatic levels are computed for it.
    public var asOf = CalendarDate.endOfYear(1999).adding(days: 1)
    /// The share of the automatic level in the combined index (0–1); the reviewers' median has the rest.
    public var automaticWeight = 0.5
    /// Whether a reviewer sees other reviewers' ratings only after submitting their own sheet.
    public var blind = true
    /// The code of the self-assessment round whose ratings are compared with this round's (peer and external rounds).
    public var selfAssessment: String?
    /// Who runs the round (an actor name).
    public var coordinator = ""
    public var status = Status.open
    public var openedAt: Timestamp?
    public var finalisedAt: Timestamp?
    public var finalisedBy: String?
    public var reviewers: [Reviewer] = []
    public var sheets: [ReviewSheet] = []
    public var recommendations: [Recommendation] = []

    public init() {}

    public static let schema = RecordSchema<Assessment>(
        entity: "assessment",
        fields: [
            .required("code", \.code, .identifier, help: "Code of the round, e.g. 'peer-2025'."),
            .required("version", \.version, .integer(1...999), help: "Version; reopening a finalised round adds one."),
            .required("title", \.title, .text, help: "Title of the round."),
            .required("kind", \.kind, .choice, help: "self, peer or external."),
            .required("framework", \.framework, .code, help: "Id of the framework rated against."),
            .required("framework_version", \.frameworkVersion, .code, help: "Version of the framework."),
            .required("as_of", \.asOf, .day, help: "Reference date of the assessment."),
            .required(
                "automatic_weight", \.automaticWeight, .number(0...1),
                help: "Share of the automatic level in the combined index."),
            .flag(
                "blind", \.blind, default: true, help: "Reviewers see others' ratings only after submitting their own."),
            .optional(
                "self_assessment", \.selfAssessment, .code, help: "Code of the self-assessment round to compare with."),
            .required("coordinator", \.coordinator, .text, help: "Who runs the round."),
            .required("status", \.status, .choice, help: "open, in_review or finalised."),
            .optional("opened_at", \.openedAt, .timestamp, help: "When the round was opened."),
            .optional("finalised_at", \.finalisedAt, .timestamp, help: "When the round was finalised."),
            .optional("finalised_by", \.finalisedBy, .text, help: "Who finalised the round."),
            .records("reviewers", \.reviewers, help: "The invited reviewers."),
            .records("sheets", \.sheets, help: "The reviewers' rating sheets, every submission kept."),
            .records("recommendations", \.recommendations, help: "Recommendations to the city."),
        ]
    ) { round in
        var problems: [ValidationProblem] = []
        if round.kind == .self, round.selfAssessment != nil {
            problems.append(
                .init(
                    path: "self_assessment", code: .notAllowed,
                    message: "a self-assessment is not compared with another one"))
        }
        if (round.status == .finalised) != (round.finalisedAt != nil) {
            problems.append(
                .init(
                    path: "finalised_at", code: .inconsistent, message: "give it exactly when the status is finalised"))
        }
        let invited = Set(round.reviewers.map(\.code))
        if invited.count != round.reviewers.count {
            problems.append(.init(path: "reviewers", code: .duplicate, message: "a reviewer is invited twice"))
        }
        for (index, sheet) in round.sheets.enumerated() where !invited.contains(sheet.reviewer) {
            problems.append(
                .init(
                    path: "sheets[\(index)].reviewer", code: .unknownReference,
                    message: "'\(sheet.reviewer)' is not invited to the round"))
        }
        for (index, recommendation) in round.recommendations.enumerated() {
            if let reviewer = recommendation.reviewer, !invited.contains(reviewer) {
                problems.append(
                    .init(
                        path: "recommendations[\(index)].reviewer", code: .unknownReference,
                        message: "'\(reviewer)' is not invited to the round"))
            }
        }
        if Set(round.recommendations.map(\.code)).count != round.recommendations.count {
            problems.append(
                .init(path: "recommendations", code: .duplicate, message: "two recommendations share a code"))
        }
        return problems
    }

    /// "peer-2025 v2".
    public var label: String { "\(code) v\(version)" }

    /// "peer-2025@2", as the command line names a version.
    public var reference: String { "\(code)@\(version)" }
}
