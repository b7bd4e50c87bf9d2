/// A framework of numbered encouragements a plan is scored against, e.g. a Human Rights Go Local outcome document.
///
/// Frameworks are data (`templates/frameworks/*.json`). Their texts are either the official wording or our own
/// paraphrase; ``textStatus`` says which, and every surface shows it.
public struct Framework: Record {
    /// Whether the encouragement texts are the official wording.
    public enum TextStatus: String, CaseIterable, Sendable { case official, paraphrase }

    public var id = ""
    public var version = ""
    public var title = ""
    public var year = 2000
    public var sourceTitle = ""
    public var sourceURL: String?
    public var textStatus = TextStatus.paraphrase
    /// What the text status means for this file, shown next to every score.
    public var textNote = ""
    /// What the levels 0 to 4 mean, in order.
    public var levelDescriptions: [String] = []
    /// Share of the expected progress at or above which an indicator is on track.
    public var onTrackShare = 0.9
    /// Share of the expected progress at or above which an indicator is at risk (below: off track).
    public var atRiskShare = 0.7
    public var encouragements: [Encouragement] = []

    public init() {}

    public static let schema = RecordSchema<Framework>(
        entity: "framework",
        fields: [
            .required("id", \.id, .code, help: "Identifier, e.g. 'hrgl-2024'."),
            .required("version", \.version, .code, help: "Version of this file, e.g. '1'."),
            .required("title", \.title, .text, help: "Title of the document."),
            .required("year", \.year, .integer(1945...2200), help: "Year adopted."),
            .required("source_title", \.sourceTitle, .text, help: "The document the framework follows."),
            .optional("source_url", \.sourceURL, .url, help: "Where the document is published."),
            .required("text_status", \.textStatus, .choice, help: "official, or paraphrase (our own wording)."),
            .required("text_note", \.textNote, .longText, help: "What the text status means, shown with every score."),
            .list("level_descriptions", \.levelDescriptions, .text, help: "What levels 0, 1, 2, 3 and 4 mean."),
            .required(
                "on_track_share", \.onTrackShare, .number(0...1), help: "Share of expected progress for 'on track'."),
            .required(
                "at_risk_share", \.atRiskShare, .number(0...1), help: "Share of expected progress for 'at risk'."),
            .records("encouragements", \.encouragements, help: "The numbered encouragements."),
        ]
    ) { framework in
        var problems: [ValidationProblem] = []
        if framework.levelDescriptions.count != 5 {
            problems.append(
                .init(
                    path: "level_descriptions", code: .malformed, message: "give five descriptions, for levels 0 to 4"))
        }
        if framework.atRiskShare >= framework.onTrackShare {
            problems.append(
                .init(
                    path: "at_risk_share", code: .inconsistent,
                    message: "must be below on_track_share (\(framework.onTrackShare))"))
        }
        if framework.encouragements.isEmpty {
            problems.append(
                .init(path: "encouragements", code: .required, message: "a framework needs at least one encouragement"))
        }
        return problems + FrameworkValidator.problems(of: framework)
    }

    /// "hrgl-2024 v1".
    public var label: String { "\(id) v\(version)" }
}

/// One numbered encouragement and the criteria that measure it automatically.
public struct Encouragement: Record {
    public var number = 0
    public var id = ""
    public var shortTitle = ""
    public var text = ""
    public var criteria: [Criterion] = []

    public init() {}

    public static let schema = RecordSchema<Encouragement>(
        entity: "encouragement",
        fields: [
            .required("number", \.number, .integer(1...99), help: "Number in the document."),
            .required("id", \.id, .code, help: "Identifier, e.g. 'budget'."),
            .required("short_title", \.shortTitle, .text, help: "A few words."),
            .required(
                "text", \.text, .longText, help: "The encouragement (official or paraphrased, per the framework)."),
            .records("criteria", \.criteria, help: "Automatic criteria; none means it is rated by reviewers only."),
        ])
}

/// A measurable criterion: a metric from the registry, its parameters, the thresholds of levels 1–4 and a weight.
public struct Criterion: Record {
    public var id = ""
    public var metric = ""
    /// How far back the metric looks, in days (for metrics with a window).
    public var windowDays: Int?
    /// The values at which levels 1, 2, 3 and 4 are reached (increasing, or decreasing for lower-is-better metrics).
    public var thresholds: [Double] = []
    public var weight = 1.0
    public var description = ""

    public init() {}

    public static let schema = RecordSchema<Criterion>(
        entity: "criterion",
        fields: [
            .required("id", \.id, .code, help: "Identifier within the encouragement."),
            .required("metric", \.metric, .code, help: "A metric of the registry (hrap framework metrics)."),
            .optional("window_days", \.windowDays, .integer(1...3_650), help: "Look-back window in days."),
            .list("thresholds", \.thresholds, .number(), help: "Values reaching levels 1, 2, 3 and 4."),
            .required("weight", \.weight, .number(), help: "Weight within the encouragement (> 0)."),
            .required("description", \.description, .longText, help: "What the criterion checks, in words."),
        ])
}
