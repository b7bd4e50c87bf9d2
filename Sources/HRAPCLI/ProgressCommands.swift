import CLIKit
import CSVParsing
import HRAPCore
import HRAPStore
import JSONCoding

/// Recording and reading progress: measurements, progress updates and an indicator's history.
enum ProgressCommands {
    private static let planOption = Option.value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN).")
    private static let provenance: Set<String> = ["recorded_at", "recorded_by"]

    static func measurement(_ context: CommandContext) -> Command {
        let entity = EntityCommands<Measurement>(
            name: "measurement", abstract: "", context: context, isPlanScoped: true, identity: [],
            columns: ["indicator", "period_start", "date", "disaggregation", "value", "source", "public"], examples: [:],
            load: { store, parsed in try store.current(Measurement.self, plan: try context.plan(parsed)) },
            save: { _, _, _, _ in })
        return Command(
            "measurement", abstract: "Record indicator values and list the current ones.",
            subcommands: [
                Command(
                    "record", abstract: "Record a value of an indicator (a changed value supersedes the old one, which is kept).",
                    examples: [
                        "hrap measurement record --plan aldermoor-2023 --indicator 1.1.b --period-start 2025-10-01 --date 2025-12-31 --value 455",
                        "hrap measurement record --plan aldermoor-2023 --indicator 1.1.a --date 2025-11-15 --value 7 --disaggregation sex=female",
                    ],
                    options: [planOption] + SchemaOptions.options(Measurement.self, excluding: provenance)
                ) { parsed in
                    try context.guarded { parsed in
                        let measurement = try SchemaOptions.decode(Measurement.self, SchemaOptions.given(Measurement.self, parsed), what: "the measurement")
                        let outcome = try context.store(parsed).record(measurement, plan: try context.plan(parsed), by: context.author(parsed))
                        context.say(outcome == .appended
                            ? "Recorded \(JSONWriter.format(measurement.value)) for indicator \(measurement.indicator) at \(measurement.date)."
                            : "Unchanged: indicator \(measurement.indicator) already has this value at \(measurement.date).")
                    }(parsed)
                },
                Command(
                    "list", abstract: "List the current values (superseded corrections left out; see 'hrap history').",
                    options: [planOption, .value("indicator", valueName: "CODE", help: "Only this indicator."), OutputFormat.option]
                ) { parsed in
                    try context.guarded { parsed in
                        var values = try context.store(parsed).current(Measurement.self, plan: try context.plan(parsed))
                        if let indicator = parsed.value("indicator") { values = values.filter { $0.indicator == indicator } }
                        context.io.out(entity.render(values, format: context.format(parsed)))
                    }(parsed)
                },
            ])
    }

    static func progressUpdate(_ context: CommandContext) -> Command {
        let entity = EntityCommands<ProgressUpdate>(
            name: "progress-update", abstract: "", context: context, isPlanScoped: true, identity: [],
            columns: ["action", "date", "status", "percent_complete", "narrative"], examples: [:],
            load: { _, _ in [] }, save: { _, _, _, _ in })
        return Command(
            "progress-update", abstract: "Record how actions are going and list the current updates.",
            subcommands: [
                Command(
                    "record", abstract: "Record a progress update of an action (a changed update for the same date supersedes the old one).",
                    examples: ["hrap progress-update record --plan aldermoor-2023 --action 1.1.1 --date 2025-12-31 --status ongoing --percent-complete 70 --narrative '52 tenancies started'"],
                    options: [planOption] + SchemaOptions.options(ProgressUpdate.self, excluding: provenance)
                ) { parsed in
                    try context.guarded { parsed in
                        let update = try SchemaOptions.decode(ProgressUpdate.self, SchemaOptions.given(ProgressUpdate.self, parsed), what: "the progress update")
                        let outcome = try context.store(parsed).record(update, plan: try context.plan(parsed), by: context.author(parsed))
                        context.say(outcome == .appended
                            ? "Recorded the update of action \(update.action) at \(update.date)."
                            : "Unchanged: action \(update.action) already has this update at \(update.date).")
                    }(parsed)
                },
                Command(
                    "list", abstract: "List the current progress updates.",
                    options: [planOption, .value("action", valueName: "CODE", help: "Only this action."), OutputFormat.option]
                ) { parsed in
                    try context.guarded { parsed in
                        var updates = try context.store(parsed).current(ProgressUpdate.self, plan: try context.plan(parsed))
                        if let action = parsed.value("action") { updates = updates.filter { $0.action == action } }
                        context.io.out(entity.render(updates, format: context.format(parsed)))
                    }(parsed)
                },
            ])
    }

    static func history(_ context: CommandContext) -> Command {
        Command(
            "history", abstract: "Show every recorded value of an indicator, corrections included.",
            examples: ["hrap history 1.1.b --plan aldermoor-2023"],
            options: [planOption, OutputFormat.option],
            arguments: [Argument("INDICATOR", help: "The indicator's code.")]
        ) { parsed in
            try context.guarded { parsed in
                let versions = try context.store(parsed).history(indicator: parsed.argument("INDICATOR") ?? "", plan: try context.plan(parsed))
                let fields = ["period_start", "date", "disaggregation", "value", "recorded_at", "recorded_by", "note"]
                func json(_ version: MeasurementVersion) -> JSONValue {
                    var members = Measurement.schema.encode(version.measurement).members ?? []
                    members.append(("superseded", .bool(!version.isCurrent)))
                    return .object(members)
                }
                switch context.format(parsed) {
                case .json: context.printJSON(.array(versions.map(json)))
                case .csv, .table:
                    let rows = versions.map { version in
                        fields.map { cellText(Measurement.schema.field(named: $0)?.get(version.measurement)) } + [version.isCurrent ? "" : "superseded"]
                    }
                    if context.format(parsed) == .csv {
                        context.io.out(CSVWriter().text([fields + ["superseded"]] + rows))
                    } else {
                        context.io.out(versions.isEmpty ? "No values recorded.\n" : TableRenderer.render(header: fields + ["status"], rows: rows))
                    }
                }
            }(parsed)
        }
    }
}
