import HRAPCore
import Mustache

extension AnnualReport {
    /// The change word of an indicator with what it compares, in the reader's language: "improved (from 517,
    /// 31 Dec 2024)", "first value (baseline 612, 2022)", "no new value (last 30 Jun 2022)".
    func changeLabel(_ change: IndicatorChange) -> MustacheValue {
        .object(["key": .string(change.word.rawValue), "label": .string(changeText(change))])
    }

    /// The change word with what it compares, as text.
    func changeText(_ change: IndicatorChange) -> String {
        let word = locale.label("trend.\(change.word.rawValue)")
        let detail: String? =
            switch change.word {
            case .improved, .worse, .unchanged, .changed:
                change.compared.map { label("trend.from", $0) }
            case .firstValue: change.compared.map { label("trend.baseline", $0) }
            case .noNewValue: change.latest.map { label("trend.last", $0) }
            case .newMethod: change.compared.map { label("trend.old_method", $0) }
            case .noData: nil
            }
        return detail.map { "\(word) (\($0))" } ?? word
    }

    private func label(_ key: String, _ reading: IndicatorChange.Reading) -> String {
        phrase(key, ["value": numberText(reading.value), "date": locale.date(reading.date)])
    }

    /// How many indicators improved and worsened over the year.
    func counts(_ indicators: [Indicator]) -> (improved: Int, worse: Int) {
        let words = indicators.map { change(of: $0).word }
        return (words.filter { $0 == .improved }.count, words.filter { $0 == .worse }.count)
    }

    func field(_ field: FieldOfAction) -> MustacheValue {
        let objectives = input.facts.objectiveUnits.filter { $0.field == field.code }
        let indicators = objectives.flatMap { input.facts.indicators(of: $0) }
        let counts = counts(indicators)
        return .object([
            "code": .string(field.code), "title": content(field.title, translations: field.titleTranslations),
            "measures": measures(progress.measures(field: field.code)),
            "improved": .number(Double(counts.improved)), "worsened": .number(Double(counts.worse)),
            "objectives": .list(objectives.map(objective)),
        ])
    }

    /// An objective's section; a field standing in for one (its measures sit directly under it) is titled as such.
    func objective(_ objective: Objective) -> MustacheValue {
        let actions = file.actions.filter { $0.unitCode == objective.code }
        let indicators = input.facts.indicators(of: objective)
        return .object([
            "code": .string(objective.code),
            "title": objectiveTitle(objective),
            "measures": measures(progress.measures(objective: objective.code)),
            "indicators": .list(indicators.map(indicator)), "has_indicators": .bool(!indicators.isEmpty),
            "actions": .list(actions.map(action)),
        ])
    }

    /// An objective's title in the report's language; a field standing in for one reads "Measures of this field".
    func objectiveTitle(_ objective: Objective) -> MustacheValue {
        input.facts.isStandIn(objective)
            ? content(phrase("objective.direct"), language: locale.language)
            : content(objective.title, translations: objective.titleTranslations)
    }

    func indicator(_ indicator: Indicator) -> MustacheValue {
        let state = progress.indicators[indicator.code]
        let change = change(of: indicator)
        let groups = groupValues(of: indicator)
        var members: [String: MustacheValue] = [
            "code": .string(indicator.code), "name": content(indicator.name, translations: indicator.nameTranslations),
            "unit": content(indicator.unit),
            "baseline": number(indicator.baselineValue), "baseline_date": date(indicator.baselineDate),
            "target": indicator.targetText.map(content) ?? number(indicator.targetValue),
            "target_date": date(indicator.targetDate),
            "latest": state?.latest.map { number($0.value) } ?? state?.judged.map {
                text("judged.\($0.status.rawValue)")
            } ?? .null,
            "latest_date": date(state?.latest?.date ?? state?.judged?.date),
            "status": status(state?.status ?? .noData, stale: state?.isStale ?? false),
            "trend": changeLabel(change), "retrogression": .bool(change.backwards),
            "groups": .list(groups), "has_groups": .bool(!groups.isEmpty),
            "baseline_value": indicator.baselineValue.map(MustacheValue.number) ?? .null,
            "target_value": indicator.targetValue.map(MustacheValue.number) ?? .null,
            "latest_value": state?.latest.map { .number($0.value) } ?? .null,
        ]
        if let chart = SVGChart.trajectory(indicator, series: input.facts.series[indicator.code] ?? [], report: self) {
            members["chart"] = chart
        }
        return .object(members)
    }

    /// A group as readers name it: each ground in the report's language ("Ethnic or national origin: Asian"), a
    /// ground the plan named itself as written.
    func groupLabel(_ disaggregation: [String: String]) -> String {
        disaggregation.sorted { $0.key < $1.key }.map { key, value in
            "\(locale.labels["ground.\(key)"] ?? key): \(value)"
        }
        .joined(separator: ", ")
    }

    /// The latest public value for each group an indicator's data is broken down by.
    func groupValues(of indicator: Indicator) -> [MustacheValue] {
        let current = (latestValues[indicator.code] ?? []).filter { !$0.disaggregation.isEmpty }
        var latest: [String: Measurement] = [:]
        for value in current {
            let group = groupLabel(value.disaggregation)
            if latest[group].map({ $0.date < value.date }) ?? true { latest[group] = value }
        }
        return latest.sorted { $0.key < $1.key }.map { group, value in
            .object(["group": .string(group), "value": number(value.value), "date": date(value.date)])
        }
    }

    func action(_ action: Action) -> MustacheValue {
        let state = progress.actions[action.code]
        let standing = state.map(MeasureRollUp.standing(of:)) ?? .planned
        let update = input.facts.progressUpdates.filter { $0.action == action.code && $0.date <= input.asOf }
            .max { $0.date < $1.date }
        let unit = file.orgUnits.first { $0.code == action.leadUnit }
        return .object([
            "code": .string(action.code), "title": content(action.title, translations: action.titleTranslations),
            "status": .object(["key": .string(standing.rawValue), "label": text("measure.\(standing.rawValue)")]),
            "lead": unit.map { content($0.name) } ?? .null, "start": date(action.startDate),
            "end": date(state?.deadline), "update_date": date(update?.date),
            "update": content(update?.narrative),
        ])
    }
}
