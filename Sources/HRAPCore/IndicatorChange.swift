/// What happened to an indicator over a reporting period, in the one vocabulary every report, summary and page uses,
/// with the values it compares.
///
/// The rules, for indicators with and without a target alike:
/// - *improved*, *worse*, *unchanged*: the period has a value, and there is a value before the period; the period's
///   latest value is compared with the latest value before the period, by the indicator's direction (`maintain`:
///   the distance to the target; without a target, a `maintain` indicator — and always a descriptive one, direction
///   `none` — has no better or worse, only *unchanged* when equal and *changed* otherwise);
/// - *first value*: the period has the indicator's first value ever; it is shown beside the baseline, where there is
///   one, but not called better or worse;
/// - *no new value*: values exist, none in the period (the last one's date is shown) — never *unchanged*;
/// - *no data*: no value at all by the end of the period;
/// - *new method*: a value in the period follows a new definition or method (``Measurement/isNewMethod``), so the
///   period's latest value is not compared with the value before the period;
/// - *backwards*: the period's latest value is worse, by the same comparison, than the value recorded just before it
///   (which may lie in the period or before it; for the first value ever, the baseline), unless it follows a new
///   method. A value that is worse than the one before may still be *improved* over the period; the report shows both
///   comparisons with their values and dates.
///
/// Qualitative indicators compare the officer's judgements (off track < at risk < on track < achieved).
public struct IndicatorChange: Equatable, Sendable {
    public enum Word: String, CaseIterable, Sendable {
        case improved, worse, unchanged, changed
        case firstValue = "first_value"
        case noNewValue = "no_new_value"
        case noData = "no_data"
        case newMethod = "new_method"
    }

    /// A value (or a judgement's rank) at a date.
    public struct Reading: Equatable, Sendable {
        public let date: CalendarDate
        public let value: Double
        /// The value follows a new definition or method.
        public let isNewMethod: Bool

        /// A value at a date.
        public init(date: CalendarDate, value: Double, isNewMethod: Bool = false) {
            (self.date, self.value, self.isNewMethod) = (date, value, isNewMethod)
        }
    }

    public let word: Word
    /// The latest value by the end of the period (in the period, except for *no new value*).
    public let latest: Reading?
    /// What `latest` is compared with: the latest value before the period, or for a first value the baseline.
    public let compared: Reading?
    /// The value recorded just before `latest` (for the first value ever, the baseline).
    public let previous: Reading?
    /// The period's latest value is worse than the one just before it.
    public let backwards: Bool

    /// The change of `indicator` over the period from `start` to `end` (both included).
    public static func of(
        _ indicator: Indicator, facts: PlanFacts, from start: CalendarDate, to end: CalendarDate
    ) -> IndicatorChange {
        let readings = Self.readings(indicator, facts).filter { $0.date <= end }
        guard let latest = readings.last else {
            return IndicatorChange(word: .noData, latest: nil, compared: nil, previous: nil, backwards: false)
        }
        let previous = Self.previous(before: latest, in: readings, indicator)
        guard latest.date >= start else {
            return IndicatorChange(
                word: .noNewValue, latest: latest, compared: nil, previous: previous, backwards: false)
        }
        let backwards = isBackwards(latest, after: previous, indicator)
        guard let before = readings.last(where: { $0.date < start }) else {
            return IndicatorChange(
                word: .firstValue, latest: latest, compared: baseline(of: indicator), previous: previous,
                backwards: backwards)
        }
        if readings.contains(where: { $0.isNewMethod && $0.date > before.date }) {
            return IndicatorChange(
                word: .newMethod, latest: latest, compared: before, previous: previous, backwards: backwards)
        }
        return IndicatorChange(
            word: Self.compare(latest.value, before.value, indicator), latest: latest, compared: before,
            previous: previous, backwards: backwards)
    }

    /// The one rule for going backwards: a value worse, by the indicator's direction, than the one recorded before it,
    /// unless it follows a new definition or method.
    public static func isBackwards(_ reading: Reading, after previous: Reading?, _ indicator: Indicator) -> Bool {
        guard !reading.isNewMethod, let previous else { return false }
        return compare(reading.value, previous.value, indicator) == .worse
    }

    /// What a reading follows: the reading before it, or for the first one the baseline, when that is older.
    public static func previous(before latest: Reading, in readings: [Reading], _ indicator: Indicator) -> Reading? {
        readings.last { $0.date < latest.date } ?? baseline(of: indicator).flatMap { $0.date < latest.date ? $0 : nil }
    }

    /// The indicator's baseline as a reading, when it has a value and a date.
    static func baseline(of indicator: Indicator) -> Reading? {
        indicator.baselineDate.flatMap { date in indicator.baselineValue.map { Reading(date: date, value: $0) } }
    }

    /// The indicator's current readings, oldest first: totals, or the ranks of judgements.
    private static func readings(_ indicator: Indicator, _ facts: PlanFacts) -> [Reading] {
        guard indicator.valueType == .qualitative else {
            return (facts.series[indicator.code] ?? []).map {
                Reading(date: $0.date, value: $0.value, isNewMethod: $0.isNewMethod)
            }
        }
        let order: [Measurement.JudgedStatus] = [.offTrack, .atRisk, .onTrack, .achieved]
        return (facts.judged[indicator.code] ?? []).map {
            Reading(date: $0.date, value: Double(order.firstIndex(of: $0.status) ?? 0))
        }
    }

    /// `new` against `old` by the indicator's direction.
    static func compare(_ new: Double, _ old: Double, _ indicator: Indicator) -> Word {
        if new == old { return .unchanged }
        if indicator.valueType == .qualitative { return new > old ? .improved : .worse }
        switch indicator.direction {
        case .increase: return new > old ? .improved : .worse
        case .decrease: return new < old ? .improved : .worse
        case .descriptive: return .changed
        case .maintain:
            guard let target = indicator.targetValue else { return .changed }
            let (a, b) = (abs(new - target), abs(old - target))
            return a < b ? .improved : a > b ? .worse : .unchanged
        }
    }
}
