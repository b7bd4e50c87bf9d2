import CLIKit
import HRAPCore
import HRAPReports
import HRAPUseCases
import JSONCoding

/// `hrap due`: indicator values and action updates to chase, by responsible unit.
enum DueCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "due",
            abstract:
                "List indicator values due or overdue and active actions without a recent update, by responsible unit.",
            examples: ["hrap due aldermoor-2023 --as-of 2026-04-15"],
            options: [
                .value("as-of", valueName: "DATE", help: "Reference date (default: today)."),
                .value(
                    "horizon", valueName: "DAYS", help: "Also list what falls due within this many days.", default: "30"
                ),
                .value(
                    "update-days", valueName: "DAYS",
                    help: "An active action needs an update at least this often (default: the plan's reporting rhythm, "
                        + "else 180)."),
                OutputFormat.tableOrJSON,
            ],
            arguments: [Argument("PLAN", help: "The plan's code.")]
        ) { parsed in
            let asOf = try ScoreCommand.referenceDate(parsed, context: context)
            let horizon = try days(parsed, "horizon") ?? 30, updateDays = try days(parsed, "update-days")
            let (list, names) = try context.service(parsed, .read).due(
                plan: parsed.argument("PLAN") ?? "", asOf: asOf, horizonDays: horizon, updateDays: updateDays,
                as: context.principal(parsed))
            if context.format(parsed) == .json { return context.printJSON(list.json(asOf: asOf)) }
            guard !list.byUnit.isEmpty else { return context.say("Nothing due by \(asOf) (horizon \(horizon) days).") }
            var text = ""
            for (unit, items) in list.byUnit {
                guard let unit else {
                    // Without a unit: actions that name no lead unit, and indicators of objectives, each under its heading.
                    let actions = items.filter { $0.kind == .actionUpdate },
                        indicators = items.filter { $0.kind == .indicatorValue }
                    let headings = [
                        ("Actions without a lead unit", actions),
                        ("Indicators of the plan and its objectives (no responsible unit)", indicators),
                    ]
                    for (heading, group) in headings where !group.isEmpty {
                        text += heading + "\n" + group.map { "  " + describe($0) + "\n" }.joined() + "\n"
                    }
                    continue
                }
                let above = (list.parents[unit] ?? []).map { "\($0) \(names[$0] ?? "")" }
                text +=
                    "\(unit) \(names[unit] ?? "")" + (above.isEmpty ? "" : " — in " + above.joined(separator: " › "))
                    + "\n"
                for item in items { text += "  " + describe(item) + "\n" }
                text += "\n"
            }
            context.show(text)
        }
    }

    private static func days(_ parsed: ParsedArguments, _ option: String) throws -> Int? {
        guard let text = parsed.value(option) else { return nil }
        guard let number = Int(text), (0...DueList.maximumDays).contains(number) else {
            throw UsageError(
                "The value '\(text)' is invalid for '--\(option)'. Expected a whole number of days, 0 to \(DueList.maximumDays)."
            )
        }
        return number
    }

    static func describe(_ item: DueList.Item) -> String {
        let what = item.kind == .indicatorValue ? "value of indicator \(item.code)" : "update of action \(item.code)"
        let when: String
        switch (item.dueDate, item.daysOverdue) {
        case (let due?, let overdue?) where overdue > 0: when = "overdue since \(due) (\(overdue) days)"
        case (let due?, _): when = "due \(due)"
        default: when = item.kind == .indicatorValue ? "never reported" : "no update yet"
        }
        let last = item.last.map { "; last \($0)" } ?? ""
        return "\(what): \(when)\(last) — \(item.title)"
    }
}
