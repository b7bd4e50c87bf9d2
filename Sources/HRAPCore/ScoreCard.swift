import JSONCoding

/// How a plan measures up to a framework at a reference date, with every value, level and failing item.
public struct ScoreCard: Sendable {
    /// One criterion's metric value and level.
    public struct CriterionScore: Sendable {
        public let criterion: Criterion
        public let result: MetricResult
        /// 0–4; a criterion without data is at level 0, and says so.
        public let level: Int
        /// Why the criterion is outside the plan's competence (then it does not count), or nil.
        public let notApplicable: String?
        /// The sibling criterion whose finding leaves this one without data (no evaluation, so no recommendation to
        /// answer): the absence is counted once, there, and this criterion does not count. Nil otherwise.
        public var followsFrom: String?
        public var hasData: Bool { result.value != nil }

        /// Creates a criterion score.
        public init(
            criterion: Criterion, result: MetricResult, level: Int, notApplicable: String?, followsFrom: String? = nil
        ) {
            (self.criterion, self.result, self.level) = (criterion, result, level)
            (self.notApplicable, self.followsFrom) = (notApplicable, followsFrom)
        }

        /// Whether the criterion counts in its encouragement's mean.
        public var counts: Bool { notApplicable == nil && followsFrom == nil }
    }

    /// One encouragement: its criteria and their weighted mean.
    public struct EncouragementScore: Sendable {
        public let encouragement: Encouragement
        public let criteria: [CriterionScore]
        /// The weighted mean of the applicable criteria's levels (0–4), or nil when it has none or is not applicable.
        public let level: Double?
        /// Why the encouragement is outside the plan's competence (then it leaves the index), or nil.
        public let notApplicable: String?
    }

    public let framework: Framework
    public let plan: String
    public let asOf: CalendarDate
    public let encouragements: [EncouragementScore]
    /// Not-applicable marks of the plan for this framework that match no encouragement or criterion in it.
    public let unmatchedMarks: [NotApplicable]
    /// Whether the card counts values marked private (an internal card, not for publication).
    public var includesPrivateValues = false

    /// The mean level of the encouragements that have automatic criteria (0–4), or nil when none has.
    public var index: Double? {
        let levels = encouragements.compactMap(\.level)
        return levels.isEmpty ? nil : levels.reduce(0, +) / Double(levels.count)
    }

    /// The index as a percentage of the highest level.
    public var percent: Double? { index.map { $0 / 4 * 100 } }

    /// Encouragements at level 0, which no average may hide.
    public var atLevelZero: [EncouragementScore] { encouragements.filter { $0.level == 0 } }

    /// The score card as JSON, fields in a fixed order (byte-identical for the same inputs).
    public func json() -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null }
        return .object([
            (
                "framework",
                .object([
                    ("id", .string(framework.id)), ("version", .string(framework.version)),
                    ("title", .string(framework.title)),
                    ("text_status", .string(framework.textStatus.rawValue)), ("text_note", .string(framework.textNote)),
                ])
            ),
            ("plan", .string(plan)), ("as_of", .string(asOf.description)),
            ("values", .string(PlanFacts.valuesLabel(includingPrivate: includesPrivateValues))),
            ("index", number(index)), ("percent", number(percent)),
            ("level_zero", .array(atLevelZero.map { .integer(Int64($0.encouragement.number)) })),
            ("unmatched_not_applicable", .array(unmatchedMarks.map(NotApplicable.schema.encode))),
            (
                "encouragements",
                .array(
                    encouragements.map { score in
                        .object([
                            ("number", .integer(Int64(score.encouragement.number))),
                            ("id", .string(score.encouragement.id)),
                            ("short_title", .string(score.encouragement.shortTitle)), ("level", number(score.level)),
                            ("not_applicable", score.notApplicable.map(JSONValue.string) ?? .null),
                            (
                                "criteria",
                                .array(
                                    score.criteria.map { criterion in
                                        .object([
                                            ("id", .string(criterion.criterion.id)),
                                            ("metric", .string(criterion.criterion.metric)),
                                            ("value", number(criterion.result.value)),
                                            ("numerator", number(criterion.result.numerator)),
                                            ("denominator", number(criterion.result.denominator)),
                                            ("level", .integer(Int64(criterion.level))),
                                            ("weight", .number(criterion.criterion.weight)),
                                            ("note", .string(criterion.result.note.english)),
                                            ("note_key", .string(criterion.result.note.key)),
                                            (
                                                "note_parameters",
                                                .object(
                                                    criterion.result.note.parameters.map {
                                                        ($0.name, .string($0.value))
                                                    })
                                            ),
                                            ("not_applicable", criterion.notApplicable.map(JSONValue.string) ?? .null),
                                            ("follows_from", criterion.followsFrom.map(JSONValue.string) ?? .null),
                                            ("failing", .array(criterion.result.failing.map(JSONValue.string))),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}

/// Scores plans against frameworks: pure, from facts and a reference date.
public enum Scorer {
    /// The score card of a plan. Not-applicable marks of the plan for this framework take encouragements out of the
    /// index and criteria out of their encouragement's mean, with their reasons.
    public static func score(_ facts: PlanFacts, framework: Framework, asOf: CalendarDate) -> ScoreCard {
        let marks = facts.file.notApplicable.filter { $0.framework == framework.id }
        let encouragements = framework.encouragements.map { encouragement in
            score(encouragement, facts, asOf: asOf, marks: marks.filter { $0.encouragement == encouragement.number })
        }
        let unmatched = marks.filter { mark in
            guard let encouragement = framework.encouragements.first(where: { $0.number == mark.encouragement }) else {
                return true
            }
            return mark.criterion.map { id in !encouragement.criteria.contains { $0.id == id } } ?? false
        }
        var card = ScoreCard(
            framework: framework, plan: facts.file.plan.code, asOf: asOf, encouragements: encouragements,
            unmatchedMarks: unmatched)
        card.includesPrivateValues = facts.includesPrivateValues
        return card
    }

    private static func score(
        _ encouragement: Encouragement, _ facts: PlanFacts, asOf: CalendarDate, marks: [NotApplicable]
    ) -> ScoreCard.EncouragementScore {
        var criteria: [ScoreCard.CriterionScore] = []
        for criterion in encouragement.criteria {
            guard let metric = Metric(rawValue: criterion.metric) else { continue }
            let result = metric.compute(facts, asOf: asOf, windowDays: criterion.windowDays)
            let reached = level(result.value, criterion.thresholds, metric)
            let reason = marks.first { $0.criterion == criterion.id }?.reason
            criteria.append(
                ScoreCard.CriterionScore(criterion: criterion, result: result, level: reached, notApplicable: reason))
        }
        for index in criteria.indices {
            criteria[index].followsFrom = prerequisite(of: criteria[index], among: criteria)
        }
        let applicable = criteria.filter(\.counts)
        var reason = marks.first { $0.criterion == nil }?.reason
        if reason == nil, !criteria.isEmpty, criteria.allSatisfy({ $0.notApplicable != nil }) {
            reason = "every criterion is not applicable"
        }
        let weight = applicable.reduce(0.0) { $0 + $1.criterion.weight }
        var mean: Double?
        if reason == nil, !applicable.isEmpty, weight > 0 {
            mean = applicable.reduce(0.0) { $0 + Double($1.level) * $1.criterion.weight } / weight
        }
        return ScoreCard.EncouragementScore(
            encouragement: encouragement, criteria: criteria, level: mean, notApplicable: reason)
    }

    /// The sibling a criterion without data follows from: a criterion of its metric's prerequisite
    /// (``Metric/prerequisite``) that found nothing (value 0 or no data).
    private static func prerequisite(of score: ScoreCard.CriterionScore, among siblings: [ScoreCard.CriterionScore])
        -> String?
    {
        guard !score.hasData, let metric = Metric(rawValue: score.criterion.metric), let needed = metric.prerequisite
        else { return nil }
        return siblings.first { sibling in
            sibling.criterion.metric == needed.rawValue && sibling.notApplicable == nil
                && (sibling.result.value ?? 0) == 0
        }?.criterion.id
    }

    /// The level a value reaches: how many of the four thresholds it meets (at or above them, or at or below for
    /// lower-is-better metrics). No value is level 0.
    public static func level(_ value: Double?, _ thresholds: [Double], _ metric: Metric) -> Int {
        guard let value else { return 0 }
        return thresholds.filter { metric.lowerIsBetter ? value <= $0 : value >= $0 }.count
    }
}
