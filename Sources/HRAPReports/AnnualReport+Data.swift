import HRAPCore
import JSONCoding

extension AnnualReport {
    /// The report's figures as data, from the same analysis as its tables and sentences: numbers as numbers, dates
    /// as ISO 8601 (a month or a year where recorded so), codes and words of hrap's vocabularies, no formatted text.
    /// `report.json` holds it as `data`, beside the display strings as `display`.
    func data() -> JSONValue {
        .object([
            ("plan", .string(file.plan.code)), ("title", .string(file.plan.title)),
            ("government", .string(file.government.name)), ("year", .integer(Int64(input.year))),
            ("as_of", .string(input.asOf.description)), ("year_start", .string(analysis.yearStart.description)),
            ("indicators", .array(file.indicators.map(indicatorData))),
            ("measures", .array(file.actions.filter { $0.notAMeasure == nil }.map(measureData))),
            ("budget", .array(budgetData())),
            ("score", input.card.json()),
            (
                "data_quality",
                .array(
                    analysis.quality.items.map { item in
                        .object([
                            ("finding", .string(item.key)), ("section", .string(item.collection)),
                            ("codes", .array(item.codes.map { .string($0) })),
                        ])
                    })
            ),
            ("narratives", .array(narrativeData())),
        ])
    }

    private func reading(_ reading: IndicatorChange.Reading?) -> JSONValue {
        guard let reading else { return .null }
        return .object([
            ("date", .string(reading.date.description)), ("value", Self.number(reading.value)),
            ("new_method", .bool(reading.isNewMethod)),
        ])
    }

    private func indicatorData(_ indicator: Indicator) -> JSONValue {
        let state = analysis.progress.indicators[indicator.code], change = analysis.changes[indicator.code]
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func amount(_ value: Double?) -> JSONValue { value.map(Self.number) ?? .null }
        let definition: [(String, JSONValue)] = [
            ("code", .string(indicator.code)), ("name", .string(indicator.name)),
            ("objective", text(indicator.objective)),
            ("action", text(indicator.action)), ("unit", text(indicator.unit)),
            ("direction", .string(indicator.direction.rawValue)), ("baseline_value", amount(indicator.baselineValue)),
            ("baseline_date", text(indicator.baselineDate?.description)),
            ("target_value", amount(indicator.targetValue)), ("target_date", text(indicator.targetDate?.description)),
        ]
        let standing: [(String, JSONValue)] = [
            ("status", text(state?.status.rawValue)), ("progress_to_target", amount(state?.progress)),
            ("change", text(change?.word.rawValue)), ("backwards", .bool(change?.backwards ?? false)),
            ("latest", reading(change?.latest)), ("previous", reading(change?.previous)),
        ]
        return .object(definition + standing)
    }

    private func measureData(_ action: Action) -> JSONValue {
        let state = analysis.progress.actions[action.code]
        return .object([
            ("code", .string(action.code)), ("title", .string(action.title)),
            ("field", file.fieldCode(of: action).map { .string($0) } ?? .null),
            ("status", state.map { .string($0.status.rawValue) } ?? .null),
            ("standing", state.map { .string(MeasureRollUp.standing(of: $0).rawValue) } ?? .null),
            ("deadline", state?.deadline.map { .string($0.description) } ?? .null),
            ("last_update", state?.lastUpdate.map { .string($0.description) } ?? .null),
        ])
    }

    /// Planned, allocated and spent by fiscal year and currency, summed over the plan's budget lines; a sum is null
    /// when no line of the year gives that amount (no data is not zero).
    private func budgetData() -> [JSONValue] {
        let groups = Dictionary(grouping: file.budgetLines) { "\($0.fiscalYear) \($0.currency)" }
        return groups.keys.sorted().compactMap { key in
            guard let lines = groups[key], let first = lines.first else { return nil }
            func sum(_ amount: (BudgetLine) -> Double?) -> JSONValue {
                let given = lines.compactMap(amount)
                return given.isEmpty ? .null : Self.number(given.reduce(0, +))
            }
            return .object([
                ("fiscal_year", .integer(Int64(first.fiscalYear))), ("currency", .string(first.currency)),
                ("lines", .integer(Int64(lines.count))), ("planned", sum(\.planned)),
                ("allocated", sum(\.allocated)), ("spent", sum(\.spent)),
            ])
        }
    }

    private func narrativeData() -> [JSONValue] {
        Supersession.current(
            file.narratives.filter { $0.year == input.year }, key: { "\($0.part.rawValue) \($0.subject ?? "")" },
            recordedAt: \.recordedAt
        ).map { words in
            .object([
                ("part", .string(words.part.rawValue)), ("subject", words.subject.map { .string($0) } ?? .null),
                ("text", .string(words.text)),
            ])
        }
    }

    /// A number as JSON: an integer when whole.
    static func number(_ value: Double) -> JSONValue {
        value.rounded() == value && abs(value) < 1e15 ? .integer(Int64(value)) : .number(value)
    }
}
