import HRAPCore
import Mustache

extension AnnualReport {
    /// Which way an indicator moved over the last year, its direction taken into account.
    enum Trend: String { case improved, worsened, unchanged, noData = "no_data" }

    func trend(of indicator: Indicator) -> Trend {
        let now = progress.indicators[indicator.code], before = lastYear.indicators[indicator.code]
        if let new = now?.judged, let old = before?.judged {
            let order: [Measurement.JudgedStatus] = [.offTrack, .atRisk, .onTrack, .achieved]
            let (a, b) = (order.firstIndex(of: new.status) ?? 0, order.firstIndex(of: old.status) ?? 0)
            return a > b ? .improved : a < b ? .worsened : .unchanged
        }
        guard let new = now?.latest, let old = before?.latest, new.date != old.date else {
            return now?.latest == nil ? .noData : .unchanged
        }
        let up = new.value > old.value, down = new.value < old.value
        switch indicator.direction {
        case .increase: return up ? .improved : down ? .worsened : .unchanged
        case .decrease: return down ? .improved : up ? .worsened : .unchanged
        case .maintain:
            let target = indicator.targetValue ?? old.value
            let (a, b) = (abs(new.value - target), abs(old.value - target))
            return a < b ? .improved : a > b ? .worsened : .unchanged
        }
    }

    func field(_ field: FieldOfAction) -> MustacheValue {
        let objectives = file.objectives.filter { $0.field == field.code }
        let indicators = objectives.flatMap { input.facts.indicators(of: $0) }
        let trends = indicators.map(trend)
        return .object([
            "code": .string(field.code), "title": content(field.title),
            "measures": measures(progress.measures(field: field.code)),
            "improved": .number(Double(trends.filter { $0 == .improved }.count)),
            "worsened": .number(Double(trends.filter { $0 == .worsened }.count)),
            "objectives": .list(objectives.map(objective)),
        ])
    }

    func objective(_ objective: Objective) -> MustacheValue {
        let actions = file.actions.filter { $0.objective == objective.code }
        let indicators = input.facts.indicators(of: objective)
        return .object([
            "code": .string(objective.code), "title": content(objective.title),
            "measures": measures(progress.measures(objective: objective.code)),
            "indicators": .list(indicators.map(indicator)), "has_indicators": .bool(!indicators.isEmpty),
            "actions": .list(actions.map(action)),
        ])
    }

    func indicator(_ indicator: Indicator) -> MustacheValue {
        let state = progress.indicators[indicator.code]
        let trend = trend(of: indicator)
        let groups = groupValues(of: indicator)
        var members: [String: MustacheValue] = [
            "code": .string(indicator.code), "name": content(indicator.name), "unit": content(indicator.unit),
            "baseline": number(indicator.baselineValue), "baseline_date": date(indicator.baselineDate),
            "target": indicator.targetText.map(content) ?? number(indicator.targetValue),
            "target_date": date(indicator.targetDate),
            "latest": state?.latest.map { number($0.value) } ?? state?.judged.map {
                text("judged.\($0.status.rawValue)")
            } ?? .null,
            "latest_date": date(state?.latest?.date ?? state?.judged?.date),
            "status": status(state?.status ?? .noData, stale: state?.isStale ?? false),
            "trend": .object(["key": .string(trend.rawValue), "label": text("trend.\(trend.rawValue)")]),
            "retrogression": .bool(state?.retrogression ?? false),
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

    /// The latest public value for each group an indicator's data is broken down by.
    func groupValues(of indicator: Indicator) -> [MustacheValue] {
        let current = (measurementsByIndicator[indicator.code] ?? []).filter { !$0.disaggregation.isEmpty }
        var latest: [String: Measurement] = [:]
        for value in current {
            let group = value.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
                separator: ", ")
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
            "code": .string(action.code), "title": content(action.title),
            "status": .object(["key": .string(standing.rawValue), "label": text("measure.\(standing.rawValue)")]),
            "lead": unit.map { content($0.name) } ?? .null, "start": date(action.startDate),
            "end": date(state?.deadline), "update_date": date(update?.date),
            "update": content(update?.narrative),
        ])
    }
}
