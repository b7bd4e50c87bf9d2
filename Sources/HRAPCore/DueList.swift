/// What a coordinator has to chase at a reference date, grouped by the unit responsible:
/// indicator values due or overdue by their reporting frequency, and active actions without a recent update.
///
/// An indicator's next value is due `frequency_months` after its latest value (or after its baseline date when it has
/// none); it is listed when that date falls within `horizonDays` after the reference date or before it. A settled
/// indicator (a one-off with its value, a milestone reached) and a derived one (hrap computes it) are never due. An indicator
/// attached to an action is the action's lead unit's; one attached to an objective has no unit of its own.
public struct DueList: Sendable {
    /// The longest horizon or update interval, in days (a century): longer ones are refused at the surface, so date
    /// arithmetic never leaves the calendar.
    public static let maximumDays = 36_500
    /// How often an active action needs an update when neither the caller nor the plan's reporting rhythm says.
    public static let defaultUpdateDays = 180

    /// One thing to chase.
    public struct Item: Sendable, Equatable {
        public enum Kind: String, Sendable { case indicatorValue = "indicator_value", actionUpdate = "action_update" }
        public let kind: Kind
        public let code: String
        public let title: String
        /// When it is or was due; nil when it never had a date to count from.
        public let dueDate: CalendarDate?
        /// Days past the due date (0 or more when overdue; negative when still ahead).
        public let daysOverdue: Int?
        /// The date of the latest value or update, if any.
        public let last: CalendarDate?
    }

    /// The items by responsible unit code; `nil` collects items without one.
    public let byUnit: [(unit: String?, items: [Item])]
    /// For each unit, the units above it, outermost first (department, then office): `due` is read up the hierarchy.
    public let parents: [String: [String]]

    /// Builds the list. Without `updateDays`, an active action needs an update once per the plan's reporting rhythm
    /// (`reporting_interval_months`: a plan that reports every two years is not chased every six months), else every
    /// ``defaultUpdateDays``.
    public init(_ facts: PlanFacts, asOf: CalendarDate, horizonDays: Int = 30, updateDays: Int? = nil) {
        let rhythm = facts.file.plan.reportingIntervalMonths.map(Metric.days(inMonths:))
        let horizonDays = min(max(horizonDays, 0), Self.maximumDays)
        let updateDays = min(max(updateDays ?? rhythm ?? Self.defaultUpdateDays, 0), Self.maximumDays)
        let file = facts.file
        let leads = Dictionary(file.actions.map { ($0.code, $0.leadUnit) }, uniquingKeysWith: { first, _ in first })
        var groups: [String?: [Item]] = [:]
        for indicator in file.indicators
        where indicator.derived == nil && !IndicatorProgress.isSettled(indicator, facts: facts, asOf: asOf) {
            let months = indicator.frequencyMonths ?? IndicatorProgress.defaultFrequencyMonths
            let last =
                facts.series[indicator.code]?.last { $0.date <= asOf }?.date
                ?? facts.judged[indicator.code]?.last { $0.date <= asOf }?.date
            let due = (last ?? indicator.baselineDate).map { $0.adding(months: months) }
            let overdue = due.map { $0.days(until: asOf) }
            guard overdue.map({ $0 >= -horizonDays }) ?? true else { continue }
            let unit = indicator.action.flatMap { leads[$0] ?? nil }
            groups[unit, default: []].append(
                Item(
                    kind: .indicatorValue, code: indicator.code, title: indicator.name, dueDate: due,
                    daysOverdue: overdue, last: last))
        }
        let started = file.actions.filter { action in action.startDate.map { $0.first <= asOf } ?? true }
        for action in started where facts.isActive(action, at: asOf) {
            let last = facts.progressUpdates.filter { $0.action == action.code && $0.date <= asOf }.map(\.date).max()
            let due = last?.adding(days: updateDays)
            let overdue = due.map { $0.days(until: asOf) }
            guard overdue.map({ $0 >= -horizonDays }) ?? true else { continue }
            groups[action.leadUnit, default: []].append(
                Item(
                    kind: .actionUpdate, code: action.code, title: action.title, dueDate: due, daysOverdue: overdue,
                    last: last))
        }
        parents = Self.parents(of: file.orgUnits)
        // Units in hierarchy order: each department, then the units below it, in the order recorded.
        let units = file.orgUnits.map(\.code).sorted { [parents] a, b in
            let first = (parents[a] ?? []) + [a], second = (parents[b] ?? []) + [b]
            let order = Dictionary(
                file.orgUnits.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
            return first.map { order[$0] ?? Int.max }.lexicographicallyPrecedes(second.map { order[$0] ?? Int.max })
        }
        byUnit = groups.keys.sorted {
            (units.firstIndex(of: $0 ?? "") ?? Int.max, $0 ?? "") < (
                units.firstIndex(of: $1 ?? "") ?? Int.max, $1 ?? ""
            )
        }
        .map { unit in (unit, groups[unit]?.sorted { ($0.daysOverdue ?? Int.max) > ($1.daysOverdue ?? Int.max) } ?? [])
        }
    }

    /// The chain of parents of every unit, outermost first; a broken chain (a circle) stops where it repeats.
    static func parents(of units: [OrgUnit]) -> [String: [String]] {
        let parent = Dictionary(units.map { ($0.code, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var chains: [String: [String]] = [:]
        for unit in units {
            var chain: [String] = [], next = unit.parent
            while let code = next, code != unit.code, !chain.contains(code) {
                chain.insert(code, at: 0)
                next = parent[code] ?? nil
            }
            chains[unit.code] = chain
        }
        return chains
    }
}
