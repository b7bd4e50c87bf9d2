import JSONCoding

/// How a plan measures up to a framework at a reference date, with every value, level and failing item.
public struct ScoreCard: Sendable {
    /// One criterion's metric value and level.
    public struct CriterionScore: Sendable {
        public let criterion: Criterion
        public let result: MetricResult
        /// 0–4; a criterion without data is at level 0, and says so.
        public let level: Int
        public var hasData: Bool { result.value != nil }
    }

    /// One encouragement: its criteria and their weighted mean.
    public struct EncouragementScore: Sendable {
        public let encouragement: Encouragement
        public let criteria: [CriterionScore]
        /// The weighted mean of the criteria's levels (0–4), or nil when it has no automatic criteria.
        public let level: Double?
    }

    public let framework: Framework
    public let plan: String
    public let asOf: CalendarDate
    public let encouragements: [EncouragementScore]

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
            ("framework", .object([
                ("id", .string(framework.id)), ("version", .string(framework.version)), ("title", .string(framework.title)),
                ("text_status", .string(framework.textStatus.rawValue)), ("text_note", .string(framework.textNote)),
            ])),
            ("plan", .string(plan)), ("as_of", .string(asOf.description)),
            ("index", number(index)), ("percent", number(percent)),
            ("level_zero", .array(atLevelZero.map { .integer(Int64($0.encouragement.number)) })),
            ("encouragements", .array(encouragements.map { score in
                .object([
                    ("number", .integer(Int64(score.encouragement.number))), ("id", .string(score.encouragement.id)),
                    ("short_title", .string(score.encouragement.shortTitle)), ("level", number(score.level)),
                    ("criteria", .array(score.criteria.map { criterion in
                        .object([
                            ("id", .string(criterion.criterion.id)), ("metric", .string(criterion.criterion.metric)),
                            ("value", number(criterion.result.value)), ("numerator", number(criterion.result.numerator)),
                            ("denominator", number(criterion.result.denominator)), ("level", .integer(Int64(criterion.level))),
                            ("weight", .number(criterion.criterion.weight)), ("note", .string(criterion.result.note)),
                            ("failing", .array(criterion.result.failing.map(JSONValue.string))),
                        ])
                    })),
                ])
            })),
        ])
    }
}

/// Scores plans against frameworks: pure, from facts and a reference date.
public enum Scorer {
    /// The score card of a plan.
    public static func score(_ facts: PlanFacts, framework: Framework, asOf: CalendarDate) -> ScoreCard {
        let encouragements = framework.encouragements.map { score($0, facts, asOf: asOf) }
        return ScoreCard(framework: framework, plan: facts.file.plan.code, asOf: asOf, encouragements: encouragements)
    }

    private static func score(_ encouragement: Encouragement, _ facts: PlanFacts, asOf: CalendarDate) -> ScoreCard.EncouragementScore {
        var criteria: [ScoreCard.CriterionScore] = []
        for criterion in encouragement.criteria {
            guard let metric = Metric(rawValue: criterion.metric) else { continue }
            let result = metric.compute(facts, asOf: asOf, windowDays: criterion.windowDays)
            let reached = level(result.value, criterion.thresholds, metric)
            criteria.append(ScoreCard.CriterionScore(criterion: criterion, result: result, level: reached))
        }
        let weight = criteria.reduce(0.0) { $0 + $1.criterion.weight }
        var mean: Double?
        if !criteria.isEmpty, weight > 0 {
            mean = criteria.reduce(0.0) { $0 + Double($1.level) * $1.criterion.weight } / weight
        }
        return ScoreCard.EncouragementScore(encouragement: encouragement, criteria: criteria, level: mean)
    }

    /// The level a value reaches: how many of the four thresholds it meets (at or above them, or at or below for
    /// lower-is-better metrics). No value is level 0.
    public static func level(_ value: Double?, _ thresholds: [Double], _ metric: Metric) -> Int {
        guard let value else { return 0 }
        return thresholds.filter { metric.lowerIsBetter ? value <= $0 : value >= $0 }.count
    }
}
