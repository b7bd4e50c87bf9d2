import CLIKit
import CSVParsing
import HRAPCore
import HRAPUseCases
import JSONCoding

/// Recording and reading progress: measurements, progress updates and an indicator's history.
enum ProgressCommands {
    private static let planOption = Option.value(
        "plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN).")

    static func measurement(_ context: CommandContext) -> Command {
        appendOnly(
            Measurement.self, name: "measurement", abstract: "Record indicator values and list the current ones.",
            recordAbstract: "Record a value of an indicator (a changed value supersedes the old one, which is kept).",
            examples: [
                "hrap measurement record --plan aldermoor-2023 --indicator 1.1.b --period-start 2025-10-01 --date 2025-12-31 --value 455",
                "hrap measurement record --plan aldermoor-2023 --indicator 1.1.a --date 2025-11-15 --value 7 --disaggregation sex=female",
            ],
            filter: "indicator",
            columns: ["indicator", "period_start", "date", "disaggregation", "value", "source", "public"],
            context: context,
            record: { service, measurement, parsed, principal in
                try service.record(
                    measurement, valueGivenAsYesNo: FieldKind.isYesNoWord(parsed.value("value") ?? ""),
                    plan: try context.plan(parsed),
                    as: principal)
            },
            current: { service, plan, code, principal in
                try service.measurements(plan: plan, indicator: code, as: principal)
            },
            words: { service, plan, principal in
                Set(
                    try service.records(Indicator.self, plan: plan, as: principal).filter { $0.valueType == .yesNo }
                        .map(\.code))
            },
            describe: { measurement, outcome in
                outcome == .appended
                    ? "Recorded \(measurement.value.map(JSONWriter.format) ?? measurement.judgedStatus?.rawValue ?? "") "
                        + "for indicator \(measurement.indicator) at \(measurement.date)."
                    : "Unchanged: indicator \(measurement.indicator) already has this value at \(measurement.date)."
            })
    }

    static func progressUpdate(_ context: CommandContext) -> Command {
        appendOnly(
            ProgressUpdate.self, name: "progress-update",
            abstract: "Record how actions are going and list the current updates.",
            recordAbstract:
                "Record a progress update of an action (a changed update for the same date supersedes the old one).",
            examples: [
                "hrap progress-update record --plan aldermoor-2023 --action 1.1.1 --date 2025-12-31 --status ongoing --percent-complete 70 --narrative '52 tenancies started'"
            ],
            filter: "action", columns: ["action", "date", "status", "percent_complete", "narrative"],
            context: context,
            record: { service, update, parsed, principal in
                try service.record(update, plan: try context.plan(parsed), as: principal)
            },
            current: { service, plan, code, principal in
                try service.progressUpdates(plan: plan, action: code, as: principal)
            },
            describe: { update, outcome in
                outcome == .appended
                    ? "Recorded the update of action \(update.action) at \(update.date)."
                    : "Unchanged: action \(update.action) already has this update at \(update.date)."
            })
    }

    static func narrative(_ context: CommandContext) -> Command {
        appendOnly(
            ReportNarrative.self, name: "narrative",
            abstract: "Record the city's own words for its annual reports and list the current ones.",
            recordAbstract:
                "Record a foreword, achievements, challenges, commitments or an explanation for a report year (new words "
                + "supersede the old, which are kept).",
            examples: [
                "hrap narrative record --plan aldermoor-2023 --year 2025 --part achievements --text 'Rough sleeping fell by a third.'",
                "hrap narrative record --plan aldermoor-2023 --year 2025 --part explanation --subject 2.1.2 --text 'Two schools had no kitchen yet.'",
            ],
            filter: "part", columns: ["year", "part", "subject", "text"], context: context,
            record: { service, narrative, parsed, principal in
                try service.record(narrative, plan: try context.plan(parsed), as: principal)
            },
            current: { service, plan, part, principal in try service.narratives(plan: plan, part: part, as: principal)
            },
            describe: { narrative, outcome in
                outcome == .appended
                    ? "Recorded the \(narrative.part.rawValue) of \(narrative.year)."
                    : "Unchanged: the \(narrative.part.rawValue) of \(narrative.year) already reads so."
            })
    }

    static func commitment(_ context: CommandContext) -> Command {
        appendOnly(
            YearlyCommitment.self, name: "commitment",
            abstract:
                "Record a continuing measure's commitments for a year and how much was met; list the current ones.",
            recordAbstract:
                "Record what a continuing measure committed to for a year and the share met (a new version supersedes "
                + "the old, which is kept).",
            examples: [
                "hrap commitment record --plan hainbach-inklusiv --action 5.1.2 --year 2025 --commitments '14 courses with 7 clubs' --percent-met 80 --note 'The sports day moved to 2026.'"
            ],
            filter: "action", columns: ["action", "year", "percent_met", "commitments"], context: context,
            record: { service, commitment, parsed, principal in
                try service.record(commitment, plan: try context.plan(parsed), as: principal)
            },
            current: { service, plan, action, principal in
                try service.commitments(plan: plan, action: action, as: principal)
            },
            describe: { commitment, outcome in
                outcome == .appended
                    ? "Recorded the commitments of measure \(commitment.action) for \(commitment.year)."
                    : "Unchanged: measure \(commitment.action) already has these commitments for \(commitment.year)."
            })
    }

    /// `record` and `list` for an append-only record type.
    private static func appendOnly<R: PlanRecord>(
        _ type: R.Type, name: String, abstract: String, recordAbstract: String, examples: [String],
        filter: String, columns: [String], context: CommandContext,
        record: @escaping @Sendable (HRAPService, R, ParsedArguments, Principal) throws -> ProgressOutcome,
        current: @escaping @Sendable (HRAPService, String, String?, Principal) throws -> [R],
        words: (@Sendable (HRAPService, String, Principal) throws -> Set<String>)? = nil,
        describe: @escaping @Sendable (R, ProgressOutcome) -> String
    ) -> Command {
        let spoken = R.schema.entity.replacing("_", with: " ")
        return Command(
            name, abstract: abstract,
            subcommands: [
                Command(
                    "record", abstract: recordAbstract, examples: examples,
                    options: [planOption] + SchemaOptions.options(R.self, excluding: ["recorded_at", "recorded_by"])
                ) { parsed in
                    let value = try SchemaOptions.decode(
                        R.self, SchemaOptions.given(R.self, parsed), what: "the \(spoken)")
                    let outcome = try record(try context.planWriter(parsed), value, parsed, context.principal(parsed))
                    context.say(describe(value, outcome))
                },
                Command(
                    "list", abstract: "List the current \(spoken)s (superseded corrections left out).",
                    options: [
                        planOption, .value(filter, valueName: "CODE", help: "Only this \(filter)."),
                        OutputFormat.option,
                    ]
                ) { parsed in
                    let service = try context.service(parsed, .read), plan = try context.plan(parsed)
                    let values = try current(service, plan, parsed.value(filter), context.principal(parsed))
                    var renderer = RecordRenderer<R>(columns: columns, label: { R.label(of: $0) })
                    // Tables and CSV say yes/no for the values of yes/no indicators (JSON keeps the numbers 1 and 0),
                    // and the judged status of a qualitative indicator in the value column.
                    if context.format(parsed) != .json, let yesNo = try words?(service, plan, context.principal(parsed))
                    {
                        renderer.annotations = yesNoWords(values, yesNo)
                    }
                    context.io.out(renderer.render(values, format: context.format(parsed)))
                },
            ])
    }

    /// `yes`/`no` for the values of yes/no indicators and the judged status of qualitative ones, by record label.
    private static func yesNoWords<R: PlanRecord>(_ values: [R], _ yesNo: Set<String>) -> [String: [(
        String, JSONValue
    )]] {
        var words: [String: [(String, JSONValue)]] = [:]
        for case let measurement as Measurement in values {
            guard let word = valueWord(measurement, isYesNo: yesNo.contains(measurement.indicator)) else { continue }
            words[Measurement.label(of: measurement)] = [("value", .string(word))]
        }
        return words
    }

    /// The value as people read it: yes/no for a yes/no indicator, the judged status for a qualitative one; nil when
    /// the number is shown as it is.
    private static func valueWord(_ measurement: Measurement, isYesNo: Bool) -> String? {
        if let status = measurement.judgedStatus { return status.rawValue }
        guard isYesNo, let value = measurement.value else { return nil }
        return value == 1 ? "yes" : "no"
    }

    static func history(_ context: CommandContext) -> Command {
        Command(
            "history", abstract: "Show every recorded value of an indicator, corrections included.",
            examples: ["hrap history 1.1.b --plan aldermoor-2023"],
            options: [planOption, OutputFormat.option],
            arguments: [Argument("INDICATOR", help: "The indicator's code.")]
        ) { parsed in
            let service = try context.service(parsed, .read), code = parsed.argument("INDICATOR") ?? ""
            let versions = try service.history(
                indicator: code, plan: try context.plan(parsed), as: context.principal(parsed))
            let isYesNo = try service.records(
                Indicator.self, plan: try context.plan(parsed), as: context.principal(parsed)
            )
            .contains { $0.code == code && $0.valueType == .yesNo }
            let fields = ["period_start", "date", "disaggregation", "value", "recorded_at", "recorded_by", "note"]
            let rows = versions.map { version in
                fields.map { name in
                    if name == "value", let word = valueWord(version.measurement, isYesNo: isYesNo) { return word }
                    return cellText(Measurement.schema.field(named: name)?.get(version.measurement))
                } + [version.isCurrent ? "" : "superseded"]
            }
            switch context.format(parsed) {
            case .json:
                context.printJSON(
                    .array(
                        versions.map { version in
                            .object(
                                (Measurement.schema.encode(version.measurement).members ?? []) + [
                                    ("superseded", .bool(!version.isCurrent))
                                ])
                        }))
            case .csv: context.io.out(CSVWriter().text([fields + ["superseded"]] + rows))
            case .table:
                context.io.out(
                    versions.isEmpty
                        ? "No values recorded.\n" : TableRenderer.render(header: fields + ["status"], rows: rows))
            }
        }
    }
}
