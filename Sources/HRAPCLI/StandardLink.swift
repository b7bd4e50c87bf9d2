import CLIKit
import HRAPCore
import HRAPStore

/// `hrap standard link`: cites a standard from an objective, action or indicator.
enum StandardLink {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "link", abstract: "Link a standard to an objective, action or indicator.",
            examples: ["hrap standard link 'SDG 11.1' --plan graz-2024 --to objective:1.1"],
            options: [
                .value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN)."),
                .value("to", valueName: "KIND:CODE", help: "What cites it: objective:CODE, action:CODE or indicator:CODE."),
            ],
            arguments: [Argument("STANDARD", help: "The standard's code, e.g. 'ICESCR art. 11'.")]
        ) { parsed in
            try context.guarded { parsed in
                let plan = try context.plan(parsed)
                let target = try context.required(parsed, "to", valueName: "KIND:CODE")
                let standard = parsed.argument("STANDARD") ?? ""
                let parts = target.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw UsageError("The value '\(target)' is invalid for '--to'. Expected objective:CODE, action:CODE or indicator:CODE.")
                }
                let store = try context.store(parsed)
                let author = context.author(parsed)
                switch parts[0] {
                case "objective": try link(Objective.self, code: parts[1], standard: standard, \.standards, store, plan, author)
                case "action": try link(Action.self, code: parts[1], standard: standard, \.standards, store, plan, author)
                case "indicator": try link(Indicator.self, code: parts[1], standard: standard, \.standards, store, plan, author)
                default:
                    throw UsageError("The value '\(parts[0])' is invalid for '--to'. Expected objective, action or indicator.")
                }
                context.say("Linked \(standard) to \(parts[0]) \(parts[1]).")
            }(parsed)
        }
    }

    private static func link<R: PlanRecord>(
        _ type: R.Type, code: String, standard: String, _ standards: WritableKeyPath<R, [String]>, _ store: PlanStore,
        _ plan: String, _ author: Authorship
    ) throws {
        let records = try store.list(R.self, plan: plan)
        let codes = records.map { R.table.label(of: $0) }
        guard let index = codes.firstIndex(of: code) else {
            throw StoreError.notFound(entity: R.schema.entity, code: code, known: codes)
        }
        var record = records[index]
        guard !record[keyPath: standards].contains(standard) else { return }
        record[keyPath: standards].append(standard)
        try store.put(record, plan: plan, mode: .update, by: author)
    }
}
