import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap score`: how a plan measures up to a framework, why, and what to fix.
enum ScoreCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "score",
            abstract: "Score a plan against a framework: level per encouragement, the values behind it, what to fix.",
            discussion: """
                A criterion's level (0–4) is how many of its four thresholds the metric's value reaches; a criterion
                without data is at level 0 and says so. An encouragement's level is the weighted mean of its criteria;
                the plan index is the mean over encouragements with automatic criteria. Encouragements at level 0 are
                listed first. The same data and --as-of date always give the same output.
                """,
            examples: ["hrap score aldermoor-2023 --framework hrgl-2024 --as-of 2026-06-30"],
            options: [
                .value(
                    "framework", valueName: "ID",
                    help: "The framework: ID (its latest version), ID@VERSION, or all (one line per framework).",
                    default: "hrgl-2024"),
                .value("as-of", valueName: "DATE", help: "Reference date (default: today)."),
                .flag("save", help: "Save the score card as an immutable snapshot, for later comparison."),
                .flag("include-private", help: "The internal card: count values marked private too (never published)."),
                OutputFormat.tableOrJSON,
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let asOf = try referenceDate(parsed, context: context)
            if parsed.value("framework") == "all" { return try compare(parsed, asOf: asOf, context: context) }
            let service = try context.service(parsed, parsed.flag("save") ? .write : .read)
            let card = try service.score(
                plan: parsed.argument("PLAN") ?? "", framework: parsed.value("framework") ?? "hrgl-2024", asOf: asOf,
                includingPrivate: parsed.flag("include-private"), as: context.principal(parsed))
            if context.format(parsed) == .json { context.printJSON(card.json()) } else { context.show(render(card)) }
            if parsed.flag("save") {
                let id = try service.saveSnapshot(card, as: context.principal(parsed))
                context.io.err("Saved score snapshot #\(id) (\(card.framework.label) as of \(card.asOf)).\n")
            }
        }
    }

    /// `hrap score PLAN --framework all`: the plan's index against every framework, side by side.
    private static func compare(_ parsed: ParsedArguments, asOf: CalendarDate, context: CommandContext) throws {
        guard !parsed.flag("save") else { throw UsageError("--save takes one framework, not all.") }
        let cards = try context.service(parsed, .read).scoresAgainstEveryFramework(
            plan: parsed.argument("PLAN") ?? "", asOf: asOf, includingPrivate: parsed.flag("include-private"),
            as: context.principal(parsed))
        if context.format(parsed) == .json { return context.printJSON(.array(cards.map { $0.json() })) }
        let rows = cards.map { card in
            [
                card.framework.label, String(card.framework.year), card.index.map { String(format: "%.2f", $0) } ?? "—",
                card.index.map { String(format: "%.0f %%", $0 / 4 * 100) } ?? "—",
                String(card.encouragements.filter { $0.level == 0 }.count),
                String(card.encouragements.filter { $0.level == nil }.count), card.framework.title,
            ]
        }
        context.io.out(
            TableRenderer.render(
                header: ["framework", "year", "index", "percent", "at_level_0", "reviewers_only", "title"], rows: rows))
    }

    /// `hrap snapshots`: the saved score cards of a plan.
    static func snapshotsCommand(_ context: CommandContext) -> Command {
        Command(
            "snapshots", abstract: "List the saved score snapshots of a plan (hrap score --save).",
            examples: ["hrap snapshots aldermoor-2023"], options: [OutputFormat.tableOrJSON],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let snapshots = try context.service(parsed, .read).snapshots(
                plan: parsed.argument("PLAN") ?? "", as: context.principal(parsed))
            if context.format(parsed) == .json { return context.printJSON(.array(snapshots.map(\.card))) }
            guard !snapshots.isEmpty else {
                return context.say("No saved snapshots; save one with 'hrap score PLAN --save'.")
            }
            let rows = snapshots.map { snapshot in
                [
                    "#\(snapshot.id)", "\(snapshot.framework) v\(snapshot.frameworkVersion)", snapshot.asOf.description,
                    snapshot.index.map { String(format: "%.2f", $0) } ?? "—", snapshot.savedAt.description,
                    snapshot.savedBy,
                ]
            }
            context.io.out(
                TableRenderer.render(header: ["id", "framework", "as_of", "index", "saved_at", "saved_by"], rows: rows))
        }
    }

    /// `--as-of`, or today's date from the clock.
    static func referenceDate(_ parsed: ParsedArguments, context: CommandContext) throws -> CalendarDate {
        guard let text = parsed.value("as-of") else { return context.clock().date }
        guard let date = CalendarDate(text) else {
            throw UsageError("The value '\(text)' is invalid for '--as-of'. Expected a date YYYY-MM-DD.")
        }
        return date
    }

    /// A metric value as people read it: shares as percentages, days as days.
    static func shown(_ value: Double, _ scale: Metric.Scale?) -> String {
        switch scale {
        case .share?: String(format: "%.0f %%", value * 100)
        case .days?: String(format: "%.0f days", value)
        default: JSONWriter.format((value * 100).rounded() / 100)
        }
    }

    /// The score card for a terminal: status of the text, index, level-0 encouragements, then each encouragement.
    static func render(_ card: ScoreCard) -> String {
        func level(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }
        var text = "\(card.plan) against \(card.framework.title) (\(card.framework.label)), as of \(card.asOf)\n"
        text +=
            "Text of the encouragements: \(card.framework.textStatus.rawValue.uppercased()) — \(card.framework.textNote)\n\n"
        text +=
            card.includesPrivateValues
            ? "Internal card: it counts values marked private, so it is not the published one.\n"
            : "From public values only: the card anyone can reproduce from the published data.\n"
        text +=
            "Index: \(level(card.index)) of 4 (\(card.percent.map { String(format: "%.0f %%", $0) } ?? "no data"))\n"
        if !card.atLevelZero.isEmpty {
            text +=
                "At level 0: "
                + card.atLevelZero.map { "\($0.encouragement.number). \($0.encouragement.shortTitle)" }.joined(
                    separator: "; ") + "\n"
        }
        for mark in card.unmatchedMarks {
            text +=
                "Warning: the not-applicable mark for encouragement \(mark.encouragement)\(mark.criterion.map { ", criterion \($0)" } ?? "") matches nothing in \(card.framework.label)\n"
        }
        for score in card.encouragements {
            let state = score.notApplicable.map { "not applicable: \($0)" } ?? "level \(level(score.level))"
            text += "\n\(score.encouragement.number). \(score.encouragement.shortTitle) — \(state)\n"
            if score.criteria.isEmpty, score.notApplicable == nil {
                text += "   no automatic criteria: rated by reviewers\n"
            }
            for criterion in score.criteria {
                let value =
                    criterion.result.value.map { shown($0, Metric(rawValue: criterion.criterion.metric)?.scale) }
                    ?? "no data"
                let fraction =
                    criterion.result.denominator.map {
                        " (\(JSONWriter.format(criterion.result.numerator ?? 0))/\(JSONWriter.format($0)))"
                    } ?? ""
                let counted =
                    criterion.notApplicable.map { " — not applicable, not counted: \($0)" }
                    ?? criterion.followsFrom.map { " — follows from \($0), not counted again" } ?? ""
                text +=
                    "   \(criterion.criterion.id): \(value)\(fraction) → level \(criterion.level)\(criterion.hasData ? "" : " (no data)") — \(criterion.result.note.english)\(counted)\n"
                if !criterion.result.failing.isEmpty {
                    let shown = criterion.result.failing.prefix(10).joined(separator: ", ")
                    let more =
                        criterion.result.failing.count > 10 ? ", … (\(criterion.result.failing.count) in all)" : ""
                    text += "      to fix: \(shown)\(more)\n"
                }
            }
        }
        return text
    }
}
