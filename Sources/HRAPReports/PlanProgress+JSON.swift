import HRAPCore
import JSONCoding

extension PlanProgress {
    /// Indicator statuses and action states as JSON, with the plan's roll-up, in the plan file's order: the data form
    /// every surface shows (`hrap progress --format json`, the API, reports).
    public func json(file: PlanFile) -> JSONValue {
        let indicators: [JSONValue] = file.indicators.compactMap { indicator in self.indicators[indicator.code].map(Self.json) }
        let actions: [JSONValue] = file.actions.compactMap { action in self.actions[action.code].map(Self.json) }
        return .object([
            ("plan", .string(file.plan.code)), ("as_of", .string(asOf.description)), ("summary", Self.json(plan)),
            ("indicators", .array(indicators)), ("actions", .array(actions)),
        ])
    }

    private static func json(_ rollUp: ProgressRollUp) -> JSONValue {
        .object(IndicatorProgress.Status.allCases.map { ($0.rawValue, .integer(Int64(rollUp.counts[$0] ?? 0))) })
    }

    private static func json(_ item: IndicatorProgress) -> JSONValue {
        func rounded(_ value: Double?) -> JSONValue { value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null }
        return .object([
            ("code", .string(item.indicator)), ("status", .string(item.status.rawValue)),
            ("latest_value", item.latest.map { .number($0.value) } ?? .null),
            ("latest_date", item.latest.map { .string($0.date.description) } ?? .null),
            ("progress", rounded(item.progress)), ("expected", rounded(item.expected)),
            ("retrogression", .bool(item.retrogression)),
        ])
    }

    private static func json(_ state: ActionState) -> JSONValue {
        .object([
            ("code", .string(state.action)), ("status", .string(state.status.rawValue)), ("overdue", .bool(state.isOverdue)),
            ("last_update", state.lastUpdate.map { .string($0.description) } ?? .null),
        ])
    }
}
