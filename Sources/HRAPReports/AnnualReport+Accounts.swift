import HRAPCore
import Mustache

extension AnnualReport {
    /// Every indicator whose latest value in the year is worse than the value recorded before it, shown with both
    /// (``IndicatorChange``), and the note recorded with its latest value (the cause, where given).
    func backwards() -> MustacheValue {
        let rows: [MustacheValue] = objectiveIndicators.compactMap { indicator in
            let change = change(of: indicator)
            guard change.backwards, let latest = change.latest, let previous = change.previous else { return nil }
            let note = (latestValues[indicator.code] ?? []).filter { $0.disaggregation.isEmpty }
                .max { $0.date < $1.date }?.note
            return .object([
                "code": .string(indicator.code),
                "name": content(indicator.name, translations: indicator.nameTranslations),
                "latest": number(latest.value), "date": date(latest.date), "previous": number(previous.value),
                "previous_date": date(previous.date), "baseline": number(indicator.baselineValue),
                "cause": content(note),
            ])
        }
        let fields: [MustacheValue] = file.fields.map { field in
            let counts = counts(
                file.objectives.filter { $0.field == field.code }.flatMap { input.facts.indicators(of: $0) })
            return .object([
                "title": content(field.title, translations: field.titleTranslations),
                "improved": .number(Double(counts.improved)),
                "worsened": .number(Double(counts.worse)),
            ])
        }
        return .object(["rows": .list(rows), "none": .bool(rows.isEmpty), "fields": .list(fields)])
    }

    /// Money per fiscal year up to the reporting year, packages included.
    func budget() -> MustacheValue {
        let years = Set(file.budgetLines.map(\.fiscalYear)).filter { $0 <= input.year }.sorted()
        let rows: [BudgetYear] = years.map { year in
            BudgetYear(year: year, lines: file.budgetLines.filter { $0.fiscalYear == year })
        }
        return .object([
            "rows": .list(
                rows.map { row in
                    .object([
                        "year": .string(String(row.year)), "planned": number(row.planned, decimals: 0),
                        "allocated": number(row.allocated, decimals: 0), "spent": number(row.spent, decimals: 0),
                        "rate": row.rate.map { .string(locale.percent($0)) } ?? text("status.no_data"),
                    ])
                }),
            "none": .bool(rows.isEmpty), "currency": .string(file.budgetLines.first?.currency ?? ""),
            "chart": rows.isEmpty ? .null : SVGChart.budget(rows, report: self),
        ])
    }

    /// Sums of one fiscal year; a sum is nil when no line gives that amount.
    struct BudgetYear {
        let year: Int
        let planned: Double?, allocated: Double?, spent: Double?

        init(year: Int, lines: [BudgetLine]) {
            self.year = year
            func sum(_ amounts: [Double?]) -> Double? {
                amounts.contains { $0 != nil } ? amounts.compactMap { $0 }.reduce(0, +) : nil
            }
            planned = sum(lines.map(\.planned))
            allocated = sum(lines.map(\.allocated))
            spent = sum(lines.map(\.spent))
        }

        var rate: Double? {
            guard let allocated, let spent, allocated > 0 else { return nil }
            return spent / allocated
        }
    }

    /// Participation events held in the reporting year.
    func participation() -> MustacheValue {
        let events = file.participationEvents.filter { $0.date.year == input.year || $0.endDate?.year == input.year }
        return .object([
            "none": .bool(events.isEmpty),
            "rows": .list(
                events.map { event in
                    .object([
                        "date": date(event.date), "end": date(event.endDate), "title": content(event.title),
                        "format": text("format.\(event.format.rawValue)"),
                        "participants": event.participants.map { number(Double($0)) } ?? .null,
                        "groups": content(Metric.distinctNames(event.stakeholderGroups).joined(separator: ", ")),
                    ])
                }),
        ])
    }

    /// The recommendations register: peer reviewers' and evaluators', with the city's response.
    func recommendations() -> MustacheValue {
        var rows: [MustacheValue] = (input.peer?.recommendations ?? []).map { state in
            .object([
                "code": .string(state.recommendation.code), "text": content(state.recommendation.text),
                "addressed": .string(
                    (state.recommendation.objectives + state.recommendation.actions).joined(separator: ", ")),
                "response": state.response.map { text("response.\($0.decision.rawValue)") } ?? text("response.none"),
                "reason": state.response.map { content($0.reason) } ?? .null,
                "date": date(state.response?.recordedAt?.date),
            ])
        }
        for evaluation in file.evaluations where evaluation.date <= input.asOf {
            rows += evaluation.recommendations.map { recommendation in
                .object([
                    "code": .string("\(evaluation.code)/\(recommendation.code)"), "text": content(recommendation.text),
                    "addressed": .string(recommendation.followUpAction ?? ""),
                    "response": recommendation.response.map { text("response.\($0.rawValue)") }
                        ?? text("response.none"),
                    "date": date(evaluation.date),
                ])
            }
        }
        let judgements = (input.peer?.followUps ?? []).flatMap(\.judgements)
        let shares: [MustacheValue] = FollowUpRating.Implementation.allCases.map { scale in
            let count = judgements.filter { $0 == scale }.count
            return .object([
                "label": text("follow_up.\(scale.rawValue)"), "count": .number(Double(count)),
                "share": judgements.isEmpty ? .null : .string(locale.percent(Double(count) / Double(judgements.count))),
            ])
        }
        return .object([
            "rows": .list(rows), "none": .bool(rows.isEmpty), "follow_ups": .list(shares),
            "has_follow_ups": .bool(!judgements.isEmpty),
            "round": input.peer.map { content($0.round.title) } ?? .null,
        ])
    }

    /// What is missing or late in the data itself (``DataQuality``).
    func dataQuality() -> MustacheValue {
        .list(
            analysis.quality.items.map { item in
                .object([
                    "label": text(item.key), "count": .number(Double(item.codes.count)),
                    "codes": .string(item.codes.isEmpty ? "–" : item.codes.joined(separator: ", ")),
                ])
            })
    }
}
