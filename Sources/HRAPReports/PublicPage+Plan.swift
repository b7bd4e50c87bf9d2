import HRAPCore
import Mustache

extension PublicPage {
    /// The plan page: measures by status, the scorecard, progress by field and objective (only the measures the
    /// filter keeps), where the plan went backwards, budget, participation and the recommendations register.
    public func plan(filter: Filter) -> MustacheValue {
        let kept = file.actions.filter { keeps($0, filter) }
        let standings = kept.map(standing)
        var members = common()
        members["measures"] = report.measures(report.progress.measures, chart: true)
        members["commitments"] = report.commitments()
        members["findings"] = report.findings()
        members["headline"] = report.headline { path("indicators", $0) }
        members["narrative"] = report.latestNarrativeYear.map { report.narrative(year: $0) } ?? .null
        members["scorecard"] = report.scorecard()
        members["backwards"] = report.backwards()
        members["budget"] = report.budget()
        members["participation"] = report.participation()
        members["recommendations"] = report.recommendations()
        members["fields"] = .list(file.fields.compactMap { field($0, kept: Set(kept.map(\.code)), filter: filter) })
        members["filters"] = filters(filter)
        members["filtered"] = .bool(!filter.isEmpty)
        members["shown"] = report.text(
            "web.filter.shown",
            [
                "shown": String(kept.count), "total": String(file.actions.count),
                "share": report.locale.percent(Double(kept.count) / Double(max(file.actions.count, 1))),
            ])
        members["shown_measures"] = report.measures(MeasureRollUp(standings))
        return .object(members)
    }

    func standing(_ action: Action) -> MeasureRollUp.Standing {
        report.progress.actions[action.code].map(MeasureRollUp.standing(of:)) ?? .planned
    }

    private func keeps(_ action: Action, _ filter: Filter) -> Bool {
        let objective = file.objectives.first { $0.code == action.objective }
        if let field = filter.field, file.fieldCode(of: action) != field { return false }
        if let group = filter.group, !(objective?.rightsHolderGroups.contains(group) ?? false) { return false }
        if let lead = filter.lead, action.leadUnit != lead { return false }
        if let status = filter.status, standing(action).rawValue != status { return false }
        return true
    }

    private func field(_ field: FieldOfAction, kept: Set<String>, filter: Filter) -> MustacheValue? {
        if let only = filter.field, only != field.code { return nil }
        let units = report.input.facts.objectiveUnits.filter { $0.field == field.code }
        let objectives: [MustacheValue] = units.compactMap { objective in
            let actions = file.actions.filter { $0.unitCode == objective.code && kept.contains($0.code) }
            if actions.isEmpty && !filter.isEmpty { return nil }
            let indicators = report.input.facts.indicators(of: objective)
            return .object([
                "code": .string(objective.code),
                "title": report.objectiveTitle(objective),
                "measures": report.measures(report.progress.measures(objective: objective.code)),
                "indicators": .list(indicators.map(indicatorRow)), "has_indicators": .bool(!indicators.isEmpty),
                "actions": .list(actions.map(actionRow)),
            ])
        }
        if objectives.isEmpty && !filter.isEmpty { return nil }
        return .object([
            "code": .string(field.code), "title": report.content(field.title, translations: field.titleTranslations),
            "measures": report.measures(report.progress.measures(field: field.code)),
            "objectives": .list(objectives),
        ])
    }

    /// An indicator's row on the plan page: its figures and status, no chart (the chart is on its own page).
    func indicatorRow(_ indicator: Indicator) -> MustacheValue {
        let state = report.progress.indicators[indicator.code]
        return .object([
            "code": .string(indicator.code),
            "name": report.content(indicator.name, translations: indicator.nameTranslations),
            "href": .string(path("indicators", indicator.code)),
            "unit": report.content(indicator.unit), "baseline": report.number(indicator.baselineValue),
            "target": indicator.targetText.map(report.content) ?? report.number(indicator.targetValue),
            "latest": state?.latest.map { report.number($0.value) }
                ?? state?.judged.map { report.text("judged.\($0.status.rawValue)") } ?? .null,
            "latest_date": report.date(state?.latest?.date ?? state?.judged?.date),
            "status": report.status(state?.status ?? .noData, stale: state?.isStale ?? false),
        ])
    }

    func actionRow(_ action: Action) -> MustacheValue {
        guard case .object(var members) = report.action(action) else { return .null }
        members["href"] = .string(path("actions", action.code))
        return .object(members)
    }

    /// The filter choices as links: each keeps the other choices, one clears its own.
    private func filters(_ filter: Filter) -> MustacheValue {
        let units = file.orgUnits.filter { unit in file.actions.contains { $0.leadUnit == unit.code } }
        let groups = Array(Set(file.objectives.flatMap(\.rightsHolderGroups))).sorted()
        let choices: [(String, String?, [(String, MustacheValue)])] = [
            (
                "field", filter.field,
                file.fields.map { field in
                    let prefixed = field.titleTranslations.mapValues { "\(field.code). \($0)" }
                    return (field.code, report.content("\(field.code). \(field.title)", translations: prefixed))
                }
            ),
            (
                "status", filter.status,
                MeasureRollUp.Standing.allCases.map {
                    ($0.rawValue, .object(["text": report.text("measure.\($0.rawValue)"), "lang": .null]))
                }
            ),
            ("lead", filter.lead, units.map { ($0.code, report.content($0.name)) }),
            ("group", filter.group, groups.map { ($0, report.content($0)) }),
        ]
        return .list(
            choices.map { name, selected, options in
                let others = filter.pairs.filter { $0.0 != name }
                return .object([
                    "name": .string(name), "label": report.text("web.filter.\(name)"),
                    "all_href": .string(path(query: others)), "all_selected": .bool(selected == nil),
                    "options": .list(
                        options.map { value, label in
                            .object([
                                "label": label, "href": .string(path(query: others + [(name, value)])),
                                "selected": .bool(selected == value),
                            ])
                        }),
                ])
            })
    }
}
