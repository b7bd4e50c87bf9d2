import HRAPCore
import JSONCoding

extension PlanProgress {
    /// Indicator statuses and action states as JSON, with the plan's roll-up, in the plan file's order: the data form
    /// every surface shows (`hrap progress --format json`, the API, reports).
    public func json(file: PlanFile, comparedWith earlier: PlanProgress? = nil) -> JSONValue {
        let indicators: [JSONValue] = file.indicators.compactMap { indicator in
            self.indicators[indicator.code].map(Self.json)
        }
        let actions: [JSONValue] = file.actions.compactMap { action in self.actions[action.code].map(Self.json) }
        let fields: [JSONValue] = file.fields.map { field in
            .object([("code", .string(field.code)), ("measures", Self.json(measures(field: field.code)))])
        }
        let objectives: [JSONValue] = file.objectives.map { objective in
            .object([("code", .string(objective.code)), ("measures", Self.json(measures(objective: objective.code)))])
        }
        var members: [(String, JSONValue)] = [
            ("plan", .string(file.plan.code)), ("as_of", .string(asOf.description)),
            ("values", .string(PlanFacts.valuesLabel(includingPrivate: includesPrivateValues))),
            ("summary", Self.json(plan)),
            ("measures", Self.json(measures)), ("fields", .array(fields)), ("objectives", .array(objectives)),
            ("indicators", .array(indicators)), ("actions", .array(actions)),
        ]
        if let year = commitmentYear {
            members.append(("commitments", Self.json(commitments(in: year))))
        }
        if let earlier {
            let (completed, overdue) = changes(since: earlier)
            members.append(
                (
                    "compared_with",
                    .object([
                        ("as_of", .string(earlier.asOf.description)), ("measures", Self.json(earlier.measures)),
                        ("became_completed", .array(completed.map(JSONValue.string))),
                        ("became_overdue", .array(overdue.map(JSONValue.string))),
                    ])
                ))
        }
        return .object(members)
    }

    private static func json(_ measures: MeasureRollUp) -> JSONValue {
        .object(
            [("total", .integer(Int64(measures.total)))]
                + MeasureRollUp.Standing.allCases.map { ($0.rawValue, .integer(Int64(measures.counts[$0] ?? 0))) })
    }

    /// `{"year": 2025, "total": 2, "fully_on_calendar": 1, "full": 1, "mostly": 1, …, "measures": [...]}`.
    static func json(_ rollUp: CommitmentRollUp) -> JSONValue {
        .object(
            [
                ("year", .integer(Int64(rollUp.year))), ("total", .integer(Int64(rollUp.total))),
                ("fully_on_calendar", .integer(Int64(rollUp.fullyOnCalendar))),
            ]
                + CommitmentRollUp.Band.allCases.map { ($0.rawValue, .integer(Int64(rollUp.counts[$0] ?? 0))) }
                + [
                    (
                        "measures",
                        .array(
                            rollUp.measures.map {
                                .object([("code", .string($0.code)), ("band", .string($0.band.rawValue))])
                            })
                    )
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
            ("latest_date", (item.latest?.date ?? item.judged?.date).map { .string($0.description) } ?? .null),
            ("judged_status", item.judged.map { .string($0.status.rawValue) } ?? .null),
            ("progress", rounded(item.progress)), ("expected", rounded(item.expected)),
            ("retrogression", .bool(item.retrogression)), ("stale", .bool(item.isStale)),
        ])
    }

    private static func json(_ state: ActionState) -> JSONValue {
        .object([
            ("code", .string(state.action)), ("status", .string(state.status.rawValue)),
            ("overdue", .bool(state.isOverdue)),
            ("completed_late", .bool(state.isCompletedLate)),
            ("last_update", state.lastUpdate.map { .string($0.description) } ?? .null),
            ("deadline", state.deadline.map { .string($0.description) } ?? .null),
        ])
    }
}
