import HRAPCore
import Mustache

/// The annual accountability report of a plan: one model, built from the domain's results, that every format renders
/// (HTML, Markdown, JSON). Values are public ones only; numbers and dates come both raw and written in the report's
/// language.
public struct AnnualReport: Sendable {
    /// What the report is built from; the service gathers it.
    public struct Input: Sendable {
        /// The plan's facts with public values only (private measurements and updates left out).
        public var facts: PlanFacts
        /// Every public version of each indicator's values, in the order recorded (the measurements of the public
        /// file, ``PlanFile/publicRecords()``), by indicator code.
        public var values: [String: [Measurement]]
        /// The reporting year and its reference date (usually 31 December of that year).
        public var year: Int
        public var asOf: CalendarDate
        public var card: ScoreCard
        /// The levels of the latest score snapshot saved before the reference date, by encouragement number.
        public var previousLevels: [Int: Double]?
        public var previousAsOf: CalendarDate?
        /// The latest finalised peer round by the reference date.
        public var peer: AssessmentSummary?

        /// The input of a report. Without `values`, the values are those of `facts.file` (a public plan file's
        /// facts, ``PlanFacts/init(file:)``).
        public init(
            facts: PlanFacts, values: [String: [Measurement]]? = nil, year: Int, asOf: CalendarDate, card: ScoreCard,
            previousLevels: [Int: Double]? = nil, previousAsOf: CalendarDate? = nil, peer: AssessmentSummary? = nil
        ) {
            (self.facts, self.year, self.asOf, self.card) = (facts, year, asOf, card)
            self.values = values ?? Dictionary(grouping: facts.file.measurements, by: \.indicator)
            (self.previousLevels, self.previousAsOf, self.peer) = (previousLevels, previousAsOf, peer)
        }
    }

    /// What a report computes from its input before it speaks any language: the plan's progress now and a year
    /// before, and its current public values. The same for every language, so a site computes it once per input.
    public struct Analysis: Sendable {
        let progress: PlanProgress
        /// The same plan a year before the reference date, for trends and changes.
        let lastYear: PlanProgress
        /// The latest current public values of each indicator up to the reference date: its total's and each
        /// group's (the first recorded of the latest date), in the order recorded; what the report quotes of single
        /// values (a group's latest value, the note of the latest total), not every value.
        let latestValues: [String: [Measurement]]
        /// What happened to each indicator over the year to the reference date (``IndicatorChange``): the one source
        /// of every change word, count and backwards row of the report, its summary and the plan's pages.
        let changes: [String: IndicatorChange]
        /// The first day of the year the changes span (the twelve months to the reference date).
        let yearStart: CalendarDate
        /// What is missing or late in the data: the report's data-quality section and the check before publishing.
        public let quality: DataQuality

        /// The analysis of an input.
        public init(_ input: Input) {
            self.init(input, updating: nil, changedIndicators: nil)
        }

        /// The analysis of an input, brought up to date from `previous` — the analysis of the same plan and
        /// reference date before the values of `changedIndicators` changed — when both are given: the plan-wide
        /// figures are computed anew, each changed indicator's measurements and change over the year too, the other
        /// indicators' are kept. Without them, computed whole; either way the same (`AnalysisUpdateTests`).
        public init(_ input: Input, updating previous: Analysis?, changedIndicators: Set<String>?) {
            progress = PlanProgress(input.facts, asOf: input.asOf)
            quality = DataQuality(input, progress: progress)
            lastYear = PlanProgress(input.facts, asOf: input.asOf.adding(months: -12))
            let start = input.asOf.adding(months: -12).adding(days: 1)
            yearStart = start
            func change(_ indicator: Indicator) -> IndicatorChange {
                IndicatorChange.of(indicator, facts: input.facts, from: start, to: input.asOf)
            }
            guard let previous, let changed = changedIndicators, previous.yearStart == start else {
                latestValues = input.values.compactMapValues {
                    Self.currentMeasurements($0, asOf: input.asOf)
                }
                changes = Dictionary(
                    input.facts.file.indicators.map { ($0.code, change($0)) }, uniquingKeysWith: { first, _ in first })
                return
            }
            var measurements = previous.latestValues, changes = previous.changes
            for code in changed {
                measurements[code] = input.values[code].flatMap { Self.currentMeasurements($0, asOf: input.asOf) }
            }
            for indicator in input.facts.file.indicators where changed.contains(indicator.code) {
                changes[indicator.code] = change(indicator)
            }
            (latestValues, self.changes) = (measurements, changes)
        }

        /// The latest current public values of one indicator up to a date: of its total and of each group, the
        /// first recorded of the latest date, in the order recorded; nil when there are none.
        private static func currentMeasurements(_ measurements: [Measurement], asOf: CalendarDate) -> [Measurement]? {
            let current = Supersession.current(measurements, key: \.key, recordedAt: \.recordedAt)
                .filter { $0.isPublic && $0.date <= asOf }
            var latest: [[String: String]: Int] = [:]
            for (index, value) in current.enumerated()
            where latest[value.disaggregation].map({ current[$0].date < value.date }) ?? true {
                latest[value.disaggregation] = index
            }
            return latest.isEmpty ? nil : latest.values.sorted().map { current[$0] }
        }
    }

    let input: Input
    /// The language the report is written in.
    public let locale: ReportLocale
    let analysis: Analysis
    var progress: PlanProgress { analysis.progress }
    var lastYear: PlanProgress { analysis.lastYear }
    var latestValues: [String: [Measurement]] { analysis.latestValues }

    /// The indicators of the plan's objectives, in the order the report's tables show them: what the findings count
    /// (plan-level indicators have no table of their own yet, so they are not counted either).
    var objectiveIndicators: [Indicator] {
        file.fields.flatMap { field in
            file.objectives.filter { $0.field == field.code }.flatMap { input.facts.indicators(of: $0) }
        }
    }

    /// The change of an indicator over the year, as the analysis computed it for every indicator of the plan.
    func change(of indicator: Indicator) -> IndicatorChange {
        analysis.changes[indicator.code]
            ?? IndicatorChange.of(indicator, facts: input.facts, from: analysis.yearStart, to: input.asOf)
    }

    /// A report of the input in a language; `analysis`, when given, must be the input's own.
    public init(_ input: Input, analysis: Analysis? = nil, locale: ReportLocale) {
        self.input = input
        self.locale = locale
        self.analysis = analysis ?? Analysis(input)
    }

    var file: PlanFile { input.facts.file }
    /// The reporting year.
    public var year: Int { input.year }
    /// The reference date.
    public var asOf: CalendarDate { input.asOf }

    /// The report as the tree templates render and `--format json` writes.
    public func model() -> MustacheValue {
        .object([
            "language": .string(locale.language), "labels": labels(),
            "cover": cover(), "headline": headline(), "findings": findings(), "narrative": narrative(),
            "definitions": definitions(), "scorecard": scorecard(),
            "fields": .list(file.fields.map(field)), "backwards": backwards(), "budget": budget(),
            "participation": participation(), "recommendations": recommendations(), "quality": dataQuality(),
            "measures": measures(progress.measures, chart: true), "commitments": commitments(),
        ])
    }

    // MARK: Pieces shared by the sections

    /// The locale's labels for templates, keyed with `_` for `.` (`section.budget` is `{{labels.section_budget}}`).
    func labels() -> MustacheValue { locale.templateLabels }

    func text(_ key: String, _ parameters: [String: String] = [:]) -> MustacheValue {
        .string(phrase(key, parameters))
    }

    /// A label of the locale with its `{parameters}` filled in.
    func phrase(_ key: String, _ parameters: [String: String] = [:]) -> String {
        locale.label(key, parameters)
    }

    func date(_ date: CalendarDate?) -> MustacheValue {
        date.map { .string(locale.date($0)) } ?? .null
    }

    func number(_ value: Double?, decimals: Int? = nil) -> MustacheValue {
        value.map { .string(numberText($0, decimals: decimals)) } ?? .null
    }

    /// A number as the report writes it: as many decimals as it has, at most two, unless told.
    func numberText(_ value: Double, decimals: Int? = nil) -> String {
        let places = decimals ?? (value.rounded() == value ? 0 : (value * 10).rounded() == value * 10 ? 1 : 2)
        return locale.number(value, decimals: places)
    }

    /// Text in the plan's own language, marked with it when it differs from the report's.
    func content(_ text: String?) -> MustacheValue {
        content(text, language: file.plan.language ?? "en")
    }

    /// A title in the report's language where the plan translates it (`title_translations`), else in the plan's own,
    /// marked.
    func content(_ text: String, translations: [String: String]) -> MustacheValue {
        translated(translations).map { content($0, language: locale.language) } ?? content(text)
    }

    /// The translation into the report's language, by its tag or its primary language.
    func translated(_ translations: [String: String]) -> String? {
        translations[locale.language]
            ?? translations.first { FieldCodec<String>.primaryLanguage(of: $0.key) == locale.language }?.value
    }

    /// The framework's wording in the report's language, when the locale has one.
    var frameworkWording: FrameworkWording? { locale.frameworks[input.card.framework.id] }

    /// A framework's text in the report's language where the locale translates it, else in the framework's own
    /// (English), marked as such.
    func frameworkContent(_ english: String, translated: String?) -> MustacheValue {
        translated.map { content($0, language: locale.language) } ?? content(english, language: "en")
    }

    /// An encouragement's short title in the report's language where the locale translates it.
    func shortTitle(_ encouragement: Encouragement) -> String {
        frameworkWording?.shortTitles[encouragement.number] ?? encouragement.shortTitle
    }

    func content(_ text: String?, language: String) -> MustacheValue {
        guard let text else { return .null }
        return .object(["text": .string(text), "lang": language == locale.language ? .null : .string(language)])
    }

    /// A status as a word and a shape, so that no colour carries it alone.
    func status(_ status: IndicatorProgress.Status, stale: Bool = false) -> MustacheValue {
        let symbols: [IndicatorProgress.Status: String] = [
            .achieved: "✔", .achievedLate: "✔", .onTrack: "●", .atRisk: "▲", .offTrack: "✖", .noData: "○",
            .notMeasurable: "○", .descriptive: "≡",
        ]
        return .object([
            "key": .string(status.rawValue), "label": text("status.\(status.rawValue)"),
            "symbol": .string(symbols[status] ?? "○"), "stale": .bool(stale),
        ])
    }

    func measures(_ rollUp: MeasureRollUp, chart: Bool = false) -> MustacheValue {
        let parts: [MustacheValue] = MeasureRollUp.Standing.allCases.compactMap { standing in
            guard let count = rollUp.counts[standing], count > 0 else { return nil }
            return .object([
                "key": .string(standing.rawValue), "label": text("measure.\(standing.rawValue)"),
                "count": .number(Double(count)),
                "share": .string(locale.percent(Double(count) / Double(max(rollUp.total, 1)))),
            ])
        }
        var members: [String: MustacheValue] = [
            "total": .number(Double(rollUp.total)), "implemented": .number(Double(rollUp.implemented)),
            "share": rollUp.implementedShare.map { .string(locale.percent($0)) } ?? .null,
            "summary": text(
                "measures.summary",
                [
                    "implemented": String(rollUp.implemented), "total": String(rollUp.total),
                    "share": rollUp.implementedShare.map { locale.percent($0) } ?? "–",
                ]),
            "standings": .list(parts),
        ]
        if chart, rollUp.total > 0 { members["chart"] = SVGChart.measures(rollUp, report: self) }
        return .object(members)
    }
}
