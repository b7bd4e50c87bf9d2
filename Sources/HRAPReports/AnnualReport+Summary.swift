import HRAPCore
import Mustache

extension AnnualReport {
    func cover() -> MustacheValue {
        let plan = file.plan
        let period =
            plan.periodEnd.map {
                text("cover.period", ["start": locale.date(plan.periodStart), "end": locale.date($0)])
            }
            ?? text(
                "cover.open_ended",
                [
                    "start": locale.date(plan.periodStart), "review": plan.reviewDate.map(locale.date) ?? "–",
                ])
        let framework = input.card.framework
        return .object([
            "government": content(file.government.name),
            "title": content(plan.title, translations: plan.titleTranslations), "period": period,
            "year": .string(String(input.year)), "as_of": date(input.asOf),
            "framework": frameworkContent(framework.title, translated: frameworkWording?.title),
            "framework_status": text("cover.text_status.\(framework.textStatus.rawValue)"),
            "framework_translation": frameworkWording.map { wording in
                text("cover.translation.\(wording.review.rawValue)", ["checked_by": wording.checkedBy ?? ""])
            } ?? .null,
            "unpublished": .bool(!plan.published),
            "languages": file.languages.count > 1
                ? text("cover.languages", ["languages": file.languages.joined(separator: ", ")]) : .null,
        ])
    }

    /// The plan's own headline figures, first: its plan-level indicators (neither an objective's nor a measure's),
    /// each with its latest value, target, status and change over the year.
    /// `href`, when given, links each to its page.
    func headline(href: ((String) -> String)? = nil) -> MustacheValue {
        .list(
            file.indicators.filter { $0.objective == nil && $0.action == nil }.map { indicator in
                let state = progress.indicators[indicator.code]
                let target = indicator.targetText ?? indicator.targetValue.map { numberText($0) } ?? "–"
                let targetDate = indicator.targetDate.map(locale.date) ?? "–"
                let summary: MustacheValue =
                    if let latest = state?.latest {
                        text(
                            "findings.headline",
                            [
                                "latest": numberText(latest.value), "date": locale.date(latest.date),
                                "target": target, "target_date": targetDate,
                                "status": locale.label("status.\(state?.status.rawValue ?? "no_data")"),
                                "change": changeText(change(of: indicator)),
                            ])
                    } else {
                        text("findings.headline_no_value", ["target": target, "target_date": targetDate])
                    }
                return .object([
                    "code": .string(indicator.code),
                    "name": content(indicator.name, translations: indicator.nameTranslations), "summary": summary,
                    "href": href.map { .string($0(indicator.code)) } ?? .null,
                ])
            })
    }

    /// The city's own words for a year (the report's year unless given), current versions only, each part by its
    /// kind and the explanations with the field of action or measure they explain; `any` says whether there are any.
    func narrative(year: Int? = nil) -> MustacheValue {
        let year = year ?? input.year
        let words = Supersession.current(
            file.narratives.filter { $0.year == year }, key: { "\($0.part.rawValue) \($0.subject ?? "")" },
            recordedAt: \.recordedAt)
        func part(_ part: ReportNarrative.Part) -> MustacheValue {
            content(words.first { $0.part == part }?.text)
        }
        let explanations: [MustacheValue] = words.filter { $0.part == .explanation }.map { words in
            let subject = words.subject ?? ""
            let title =
                file.fields.first { $0.code == subject }?.title ?? file.actions.first { $0.code == subject }?.title
            return .object(["subject": .string(subject), "title": content(title), "text": content(words.text)])
        }
        return .object([
            "any": .bool(!words.isEmpty), "year": .string(String(year)), "foreword": part(.foreword),
            "achievements": part(.achievements), "challenges": part(.challenges), "commitments": part(.commitments),
            "explanations": .list(explanations), "has_explanations": .bool(!explanations.isEmpty),
        ])
    }

    /// The latest year up to the report's that has the city's words, for pages that show the newest ones.
    var latestNarrativeYear: Int? {
        file.narratives.map(\.year).filter { $0 <= input.year }.max()
    }

    /// What a resident should know first, in plain words.
    func findings() -> MustacheValue {
        let now = progress.measures, before = lastYear.measures
        var items: [MustacheValue] = [
            text(
                "findings.measures",
                [
                    "implemented": String(now.implemented), "total": String(now.total),
                    "more": String(max(0, now.implemented - before.implemented)),
                ])
        ]
        let continuing = progress.commitments(in: input.year)
        if continuing.total > 0 { items.append(.string(commitmentSummary(continuing))) }
        let words = objectiveIndicators.map { change(of: $0).word }
        func count(_ word: IndicatorChange.Word) -> String { String(words.filter { $0 == word }.count) }
        items.append(
            text(
                "findings.indicators",
                [
                    "better": count(.improved), "worse": count(.worse), "unchanged": count(.unchanged),
                    "first": count(.firstValue), "stale": count(.noNewValue), "none": count(.noData),
                ]))
        let indicatorNames = { (indicator: Indicator) in
            named(indicator.code, indicator.name, indicator.nameTranslations)
        }
        items += [
            listing(
                "findings.new_method",
                objectiveIndicators.filter { change(of: $0).word == .newMethod }.map(indicatorNames)),
            listing(
                "findings.overdue",
                file.actions.filter { progress.actions[$0.code]?.isOverdue == true }.map {
                    named($0.code, $0.title, $0.titleTranslations)
                }),
            listing("findings.backwards", objectiveIndicators.filter { change(of: $0).backwards }.map(indicatorNames)),
        ].compactMap { $0 }
        return .list(items)
    }

    /// A finding that lists what it counts ("Overdue measures (2): 1.1.3 …; 2.1.1 …."); nil when there is nothing.
    private func listing(_ key: String, _ names: [String]) -> MustacheValue? {
        names.isEmpty ? nil : text(key, ["count": String(names.count), "codes": names.joined(separator: "; ")])
    }

    /// "3.1.a Name" — in the report's language: the plan's own name when it is written in it, its translation when it
    /// has one; else the code alone, since a sentence cannot mark a part in another language (WCAG 3.1.2) — the
    /// tables name it, marked.
    private func named(_ code: String, _ name: String, _ translations: [String: String]) -> String {
        if let translation = translated(translations) { return "\(code) \(translation)" }
        return (file.plan.language ?? "en") == locale.language ? "\(code) \(name)" : code
    }

    /// The status definitions printed with every report.
    func definitions() -> MustacheValue {
        let statuses: [IndicatorProgress.Status] = [
            .achieved, .achievedLate, .onTrack, .atRisk, .offTrack, .noData, .notMeasurable, .descriptive,
        ]
        let rows: [MustacheValue] =
            statuses.map { key in
                .object(["status": status(key), "definition": text("definition.\(key.rawValue)")])
            } + [
                .object([
                    "status": .object(["label": text("status.stale"), "symbol": "!"]),
                    "definition": text("definition.stale"),
                ])
            ]
        let standings: [MustacheValue] = MeasureRollUp.Standing.allCases.map { standing in
            .object([
                "label": text("measure.\(standing.rawValue)"),
                "definition": text("definition.measure.\(standing.rawValue)"),
            ])
        }
        return .object(["statuses": .list(rows), "measures": .list(standings)])
    }

    /// Automatic and peer levels side by side, with the change since the previous saved score.
    func scorecard() -> MustacheValue {
        let peerLevels = Dictionary(
            (input.peer?.rows ?? []).map { ($0.encouragement.number, $0.median) },
            uniquingKeysWith: { first, _ in first })
        let rows: [MustacheValue] = input.card.encouragements.map { score in
            let code = score.encouragement.number
            let change = score.level.flatMap { level in input.previousLevels?[code].map { level - $0 } }
            return .object([
                "number": .number(Double(code)),
                "title": frameworkContent(
                    score.encouragement.shortTitle, translated: frameworkWording?.shortTitles[code]),
                "automatic": number(score.level, decimals: 1),
                "automatic_value": score.level.map(MustacheValue.number) ?? .null,
                "peer": number(peerLevels[code] ?? nil, decimals: 1),
                "change": change.map { .string(($0 > 0 ? "+" : "") + locale.number($0, decimals: 1)) } ?? .null,
                "not_applicable": score.notApplicable.map(content) ?? .null,
            ])
        }
        return .object([
            "index": number(input.card.index, decimals: 1),
            "percent": input.card.percent.map { .string(locale.percent($0 / 100)) } ?? .null,
            "rows": .list(rows), "previous": date(input.previousAsOf), "has_peer": .bool(input.peer != nil),
            "chart": SVGChart.scorecard(input.card, peer: peerLevels, report: self),
        ])
    }
}
