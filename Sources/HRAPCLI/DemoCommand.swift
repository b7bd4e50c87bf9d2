import CLIKit
import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap demo`: the main job on the bundled examples, in a fresh database.
enum DemoCommand {
    static let exampleFile = "examples/aldermoor-plan.json"
    /// A plan of another shape, next to the first: open-ended, few indicators, package funding, biennial reports.
    static let secondExample = "hainbach-plan.json"
    /// The reference date the demo reads the second example at.
    static let secondExampleDate = CalendarDate.endOfYear(2025)

    static func command(_ context: CommandContext) -> Command {
        Command(
            "demo", abstract: "Import the bundled example plan into a fresh database and show what hrap keeps.",
            discussion: """
                Uses a new temporary database unless --db is given; the example is looked up in ./\(exampleFile). \
                On a terminal it then serves the public site, the web forms and the REST API on the example (port \
                8080, or a free one when taken) with an admin and an officer token printed, until Ctrl-C; --serve or \
                --no-serve decide it elsewhere.
                """,
            examples: ["hrap demo", "hrap demo --db demo.sqlite --no-serve"],
            options: [
                .value("example", valueName: "FILE", help: "The plan file to use.", default: exampleFile),
                .flag("serve", help: "Serve the site and the API on the example afterwards (default on a terminal)."),
                .flag("no-serve", help: "Do not serve afterwards."),
                .value(
                    "port", valueName: "PORT", help: "The port to serve on (a free one when it is taken).",
                    default: "8080"),
            ]
        ) { parsed in
            let example = parsed.value("example") ?? locateExample(context)
            var arguments = parsed
            let database = parsed.value("db") ?? NSTemporaryDirectory() + "hrap-demo-\(UUID().uuidString).sqlite"
            if parsed.value("db") == nil {
                arguments = ParsedArguments(values: parsed.values.merging(["db": [database]]) { $1 })
            }
            let stream = try PlanFileCommands.readPlanFile(example, context: context), file = stream.structure
            let service = try context.service(arguments, .write)
            let principal = context.principal(arguments)
            context.say("Database: \(database)\n")
            context.say("1. Import \(example)")
            let summary = try PlanFileCommands.importing(example) {
                try service.importPlan(stream, source: example, as: principal)
            }
            let created = summary.sections.map {
                "\($0.counts.created + $0.counts.appended) \($0.name.replacing("_", with: " "))"
            }
            context.say("   " + created.joined(separator: ", ") + "\n")
            let plan = file.plan.code
            context.say("2. The plan")
            let stored = try service.plan(plan, as: principal)
            let end = stored.periodEnd.map(\.description) ?? "open-ended"
            context.say(
                "   \(stored.title) (\(stored.code)), \(stored.periodStart) to \(end), status \(stored.status.rawValue)\n"
            )
            context.say("3. A correction is kept, not overwritten: hrap history 1.1.b --plan \(plan)")
            let history = try service.history(indicator: "1.1.b", plan: plan, as: principal).filter {
                $0.measurement.disaggregation.isEmpty
            }
            let rows = history.suffix(8).map { version in
                [
                    version.measurement.date.description, version.measurement.value.map(JSONWriter.format) ?? "",
                    version.measurement.recordedAt?.description ?? "", version.isCurrent ? "" : "superseded",
                ]
            }
            context.io.out(TableRenderer.render(header: ["date", "value", "recorded_at", "status"], rows: rows))
            context.say("\n4. Export, import into an empty database, export again: the same bytes")
            let exported = JSONWriter.pretty(try service.exportPlan(plan, as: principal).encode())
            let copyArguments = ParsedArguments(
                values: arguments.values.merging(["db": [database + ".copy.sqlite"]]) { $1 })
            let copy = try context.service(copyArguments, .write)
            _ = try copy.importPlan(try service.exportPlan(plan, as: principal), source: "export", as: principal)
            let identical = JSONWriter.pretty(try copy.exportPlan(plan, as: principal).encode()) == exported
            let again = try service.importPlan(
                try service.exportPlan(plan, as: principal), source: "export", as: principal)
            context.say(
                "   export: \(exported.utf8.count) bytes; byte-identical after the round trip: \(identical ? "yes" : "NO")"
            )
            context.say("   importing the same file again changed nothing: \(again.isUnchanged ? "yes" : "NO")\n")
            let quarter = example.replacing("aldermoor-plan.json", with: "csv/measurements-2026-q1.csv")
            if let bytes = try? SheetCommands.readFile(quarter, context: context) {
                context.say(
                    "5. A quarterly spreadsheet (semicolons, decimal commas): hrap import-csv measurements \(quarter)")
                for attempt in ["sent", "sent again"] {
                    let sheet = try service.importSheet(
                        .measurements, bytes: bytes, source: quarter, plan: plan, delimiter: nil, as: principal)
                    context.say(
                        "   \(attempt): \(sheet.inserted) inserted, \(sheet.corrected) corrected, \(sheet.unchanged) unchanged"
                    )
                }
                context.say("")
            }
            try showPeerReview(service, plan: plan, as: principal, context)
            let second = URL(fileURLWithPath: example).deletingLastPathComponent()
                .appendingPathComponent(secondExample).path
            if FileManager.default.fileExists(atPath: second) {
                try showSecondExample(second, service: service, as: principal, context)
            }
            context.say("Try: hrap action list --plan \(plan) --db \(database)")
            context.say("     hrap audit --plan \(plan) --limit 5 --db \(database)")
            context.say("     hrap progress hainbach-inklusiv --as-of \(secondExampleDate) --db \(database)")
            let serve = parsed.flag("serve") || (context.io.errorIsTerminal && !parsed.flag("no-serve"))
            if serve { try DemoServer.run(arguments, plan: plan, database: database, context) }
        }
    }

    /// Step 6: the finalised peer review next to the data, when the example has one.
    private static func showPeerReview(
        _ service: HRAPService, plan: String, as principal: Principal, _ context: CommandContext
    ) throws {
        let rounds = try service.roundStatuses(plan: plan, as: principal).map(\.round)
        if let peer = rounds.last(where: { $0.kind == .peer && $0.status == .finalised }) {
            context.say("6. A peer review next to the data: hrap review show \(peer.code) --plan \(plan)")
            let summary = try service.roundView("\(peer.code)@\(peer.version)", plan: plan, as: principal).summary
            func level(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "no data" }
            context.say(
                "   \(peer.label), \(summary.submittedCount) reviewers: automatic \(level(summary.automaticIndex)), "
                    + "reviewers \(level(summary.panelIndex)), combined \(level(summary.combinedIndex))")
            for flag in AssessmentSummary.Flag.allCases {
                let numbers = summary.rows.filter { $0.flags.contains(flag) }.map { String($0.encouragement.number) }
                if !numbers.isEmpty {
                    context.say("   \(flag.label): encouragements \(numbers.joined(separator: ", "))")
                }
            }
            let answered = summary.recommendations.filter { $0.response != nil }.count
            context.say("   recommendations: \(summary.recommendations.count), answered by the city: \(answered)\n")
        }
    }

    /// Step 7: a plan as many cities write it — measures counted as implemented, open-ended deadlines, a plan-level
    /// target, a qualitative target, and money given as packages — imported next to the first and scored.
    private static func showSecondExample(
        _ path: String, service: HRAPService, as principal: Principal, _ context: CommandContext
    ) throws {
        let stream = try PlanFileCommands.readPlanFile(path, context: context), file = stream.structure
        _ = try PlanFileCommands.importing(path) { try service.importPlan(stream, source: path, as: principal) }
        let plan = file.plan.code, asOf = secondExampleDate
        context.say("\n7. A plan of another shape: \(path)")
        context.say(
            "   \(file.plan.title) (\(plan)), from \(file.plan.periodStart), open-ended, "
                + "review \(file.plan.reviewDate.map(\.description) ?? "none"), reports every "
                + "\(file.plan.reportingIntervalMonths.map(String.init) ?? "?") months")
        let (progress, _, _) = try service.progress(plan: plan, asOf: asOf, as: principal)
        context.say("   hrap progress \(plan) --as-of \(asOf): \(ProgressTreeCommand.summary(progress.measures))")
        for indicator in file.indicators
        where indicator.objective == nil && indicator.action == nil
            || indicator.valueType == .qualitative
        {
            guard let state = progress.indicators[indicator.code] else { continue }
            let reading =
                state.latest.map { "\(JSONWriter.format($0.value)) on \($0.date)" }
                ?? state.judged.map { "judged \($0.status.rawValue) on \($0.date)" } ?? "no data"
            let target = indicator.targetText ?? indicator.targetValue.map(JSONWriter.format) ?? "none"
            let by = indicator.targetDate.map { " by \($0)" } ?? ""
            let status = state.status.rawValue
            context.say("   \(indicator.code) \(indicator.name): \(reading); target \(target)\(by) → \(status)")
        }
        let card = try service.score(plan: plan, framework: "hrgl-2024", asOf: asOf, as: principal)
        let index = card.index.map { String(format: "%.1f of 4", $0) } ?? "no data"
        context.say("   hrap score \(plan) --as-of \(asOf): index \(index)")
        for criterion in card.encouragements.flatMap(\.criteria) where criterion.criterion.id == "budgeted" {
            context.say("   budget: \(criterion.result.note.english)")
        }
        context.say("")
    }

    /// The example next to the working directory, or next to the package the executable was built in.
    private static func locateExample(_ context: CommandContext) -> String {
        let candidates =
            [context.workingDirectory + "/" + exampleFile]
            + sequence(first: URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()) {
                $0.path == "/" ? nil : $0.deletingLastPathComponent()
            }.map { $0.appendingPathComponent(exampleFile).path }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? exampleFile
    }
}
