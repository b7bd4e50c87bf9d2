import CLIKit
import HRAPCore
import HRAPReports
import HRAPUseCases
import JSONCoding

/// `hrap progress`: the indicator and action status tree of a plan.
enum ProgressTreeCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "progress", abstract: "Show the status of every indicator and action, rolled up by objective and field.",
            discussion: """
                An indicator is achieved, on track, at risk or off track against a straight line from its baseline to its
                target; without a value by the reference date it has no data, without a baseline or target it is not
                measurable. Roll-ups count statuses; they never average them away. 'retro' marks a value worse than the
                baseline or than the value before it. Measures (actions) are counted as cities report them: completed,
                ongoing, planned, delayed, overdue (active past its end date) or cancelled, per objective, field and plan;
                a plan without indicators still shows its measures. --compare shows what changed since an earlier date.
                """,
            examples: [
                "hrap progress aldermoor-2023 --as-of 2025-12-31",
                "hrap progress aldermoor-2023 --as-of 2025-12-31 --compare 2024-12-31",
            ],
            options: [
                .value("as-of", valueName: "DATE", help: "Reference date (default: today)."),
                .value(
                    "compare", valueName: "DATE",
                    help: "An earlier date: which measures became completed or overdue since."),
                OutputFormat.tableOrJSON,
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let asOf = try ScoreCommand.referenceDate(parsed, context: context)
            let earlier = try parsed.value("compare").map { text in
                guard let date = CalendarDate(text), date < asOf else {
                    throw UsageError(
                        "The value '\(text)' is invalid for '--compare'. Expected a date YYYY-MM-DD before the reference date."
                    )
                }
                return date
            }
            let (progress, before, file) = try context.service(parsed, .read).progress(
                plan: parsed.argument("PLAN") ?? "", asOf: asOf, comparedWith: earlier, as: context.principal(parsed))
            if context.format(parsed) == .json {
                return context.printJSON(progress.json(file: file, comparedWith: before))
            }
            context.show(render(progress, file: file) + (before.map { comparison(progress, since: $0) } ?? ""))
        }
    }

    /// `18 of 35 measures implemented (51 %); 10 ongoing, 3 delayed, 2 overdue, 1 planned, 1 cancelled`.
    static func summary(_ measures: MeasureRollUp) -> String {
        guard measures.total > 0 else { return "no measures" }
        let percent = String(format: "%.0f", (measures.implementedShare ?? 0) * 100)
        let late = measures.counts[.completedLate].map { ", \($0) of them late" } ?? ""
        let rest = MeasureRollUp.Standing.allCases.filter { $0 != .completed && $0 != .completedLate }.compactMap {
            standing in
            measures.counts[standing].map { "\($0) \(standing.rawValue)" }
        }
        return "\(measures.implemented) of \(measures.total) measures implemented (\(percent) %\(late))"
            + (rest.isEmpty ? "" : "; " + rest.joined(separator: ", "))
    }

    /// `, continuing: 80 % of 2025's commitments met` (or `not assessed`).
    private static func continuing(_ action: Action, _ progress: PlanProgress) -> String {
        guard let year = progress.commitmentYear else { return ", continuing: no commitments recorded" }
        let met = progress.percentMet(action.code, in: year)
        return ", continuing: " + (met.map { "\($0) % of \(year)'s commitments met" } ?? "\(year) not assessed")
    }

    /// `continuing measures fully on calendar in 2025: 1 of 2 (80–99 %: 1)`.
    static func summary(_ commitments: CommitmentRollUp) -> String {
        let words: [CommitmentRollUp.Band: String] = [
            .mostly: "80–99 %", .partly: "60–79 %", .behind: "below 60 %", .notAssessed: "not assessed",
        ]
        let rest = CommitmentRollUp.Band.allCases.filter { $0 != .full }.compactMap { band in
            commitments.counts[band].map { "\(words[band] ?? band.rawValue): \($0)" }
        }
        return "continuing measures fully on calendar in \(commitments.year): "
            + "\(commitments.fullyOnCalendar) of \(commitments.total)"
            + (rest.isEmpty ? "" : " (" + rest.joined(separator: ", ") + ")")
    }

    private static func comparison(_ progress: PlanProgress, since earlier: PlanProgress) -> String {
        let (completed, overdue) = progress.changes(since: earlier)
        var text =
            "\nSince \(earlier.asOf): \(earlier.measures.implemented) → \(progress.measures.implemented) measures implemented\n"
        text += "  became completed: " + (completed.isEmpty ? "none" : completed.joined(separator: ", ")) + "\n"
        text += "  became overdue: " + (overdue.isEmpty ? "none" : overdue.joined(separator: ", ")) + "\n"
        return text
    }

    private static func summary(_ rollUp: ProgressRollUp) -> String {
        let parts = IndicatorProgress.Status.allCases.compactMap { status in
            rollUp.counts[status].map { "\($0) \(status.rawValue.replacing("_", with: " "))" }
        }
        return parts.isEmpty ? "no indicators" : parts.joined(separator: ", ")
    }

    private static func line(_ indicator: Indicator, _ progress: IndicatorProgress?) -> String {
        guard let progress else { return "" }
        var text = "      \(indicator.code) \(progress.status.rawValue.replacing("_", with: " "))"
        if let latest = progress.latest { text += ": \(JSONWriter.format(latest.value)) on \(latest.date)" }
        if let judged = progress.judged { text += ": judged \(judged.status.rawValue) on \(judged.date)" }
        if let value = progress.progress, let expected = progress.expected {
            text +=
                " (progress \(String(format: "%.0f", value * 100)) %, expected \(String(format: "%.0f", expected * 100)) %)"
        }
        if progress.retrogression { text += " retro" }
        if progress.isStale { text += " stale" }
        let target = indicator.targetText.map { " (target: \($0))" } ?? ""
        return text + " — \(indicator.name)\(target)\n"
    }

    static func render(_ progress: PlanProgress, file: PlanFile) -> String {
        var text = "\(file.plan.code) as of \(progress.asOf): \(summary(progress.measures))\n"
        if progress.includesPrivateValues {
            text += "  (internal: counts values marked private, which public pages and reports leave out)\n"
        }
        text += "  indicators: \(summary(progress.plan))\n"
        if let year = progress.commitmentYear {
            text += "  \(summary(progress.commitments(in: year)))\n"
        }
        for indicator in file.indicators where indicator.objective == nil && indicator.action == nil {
            text += line(indicator, progress.indicators[indicator.code])
        }
        for field in file.fields {
            text += "\n\(field.code) \(field.title): \(summary(progress.measures(field: field.code)))\n"
            text += "  indicators: \(summary(progress.rollUp(field: field.code)))\n"
            for objective in progress.objectiveUnits where objective.field == field.code {
                let title = progress.isStandIn(objective) ? "(measures of the field)" : objective.title
                text += "  \(objective.code) \(title): \(summary(progress.measures(objective: objective.code)))"
                text += "; indicators: \(summary(progress.rollUp(objective: objective)))\n"
                for indicator in file.indicators where indicator.objective == objective.code {
                    text += line(indicator, progress.indicators[indicator.code])
                }
                for action in file.actions where action.unitCode == objective.code {
                    guard let state = progress.actions[action.code] else { continue }
                    let due = state.deadline.map(\.description) ?? "no deadline"
                    let open = state.deadline == nil && state.status != .completed && state.status != .cancelled
                    let overdue =
                        state.isOverdue
                        ? ", OVERDUE since \(due)"
                        : state.isCompletedLate
                            ? " late (due \(due))"
                            : state.isContinuing ? continuing(action, progress) : open ? ", no deadline" : ""
                    let update = state.lastUpdate.map { ", last update \($0)" } ?? ", no update"
                    let excluded = action.notAMeasure.map { " (not a measure: \($0))" } ?? ""
                    text +=
                        "    \(action.code) \(state.status.rawValue)\(overdue)\(update) — \(action.title)\(excluded)\n"
                    for indicator in file.indicators where indicator.action == action.code {
                        text += line(indicator, progress.indicators[indicator.code])
                    }
                }
            }
        }
        return text
    }
}
