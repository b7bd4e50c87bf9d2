import CLIKit
import CSVParsing
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap audit`: who changed what and when.
enum AuditCommand {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "audit", abstract: "List the audit log, newest first.",
            examples: ["hrap audit --plan aldermoor-2023 --entity measurement --since 2025-01-01"],
            options: [
                .value("plan", short: "p", valueName: "CODE", help: "Only changes to this plan."),
                .value("entity", valueName: "NAME", help: "Only this kind of record, e.g. action, measurement."),
                .value("actor", valueName: "NAME", help: "Only changes by this person.", global: false),
                .value("since", valueName: "DATE", help: "Only changes on or after this date (YYYY-MM-DD) or time."),
                .value("limit", valueName: "N", help: "At most this many rows.", default: "100"),
                OutputFormat.option,
            ]
        ) { parsed in
            var since: Timestamp?
            if let text = parsed.value("since") {
                guard
                    let parsedSince = Timestamp(text)
                        ?? CalendarDate(text).map({ Timestamp(secondsSince1970: Int64($0.daysSince1970) * 86_400) })
                else {
                    throw UsageError(
                        "The value '\(text)' is invalid for '--since'. Expected a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM:SSZ."
                    )
                }
                since = parsedSince
            }
            let limitText = parsed.value("limit") ?? "100"
            guard let limit = Int(limitText), limit > 0 else {
                throw UsageError("The value '\(limitText)' is invalid for '--limit'. Expected a positive whole number.")
            }
            let filter = AuditFilter(
                plan: parsed.value("plan"), entity: parsed.value("entity"), actor: parsed.value("actor"), since: since,
                limit: limit)
            let entries = try context.service(parsed, .read).audit(filter, as: context.principal(parsed))
            render(entries, context: context, format: context.format(parsed))
        }
    }

    private static func render(_ entries: [AuditEntry], context: CommandContext, format: OutputFormat) {
        let header = ["at", "actor", "operation", "entity", "plan", "label", "changed"]
        let rows = entries.map { entry in
            [
                entry.time.description, entry.actor, entry.operation.rawValue, entry.entity, entry.plan ?? "",
                entry.label, changed(entry),
            ]
        }
        switch format {
        case .json: context.printJSON(.array(entries.map { $0.json() }))
        case .csv: context.io.out(CSVWriter().text([header] + rows))
        case .table:
            context.io.out(
                entries.isEmpty ? "No audit rows match.\n" : TableRenderer.render(header: header, rows: rows))
        }
    }

    /// The names of the fields that differ between before and after.
    private static func changed(_ entry: AuditEntry) -> String {
        guard let after = entry.after?.members else { return "" }
        guard let before = entry.before?.members else { return "(new)" }
        let names = Set(before.map(\.0) + after.map(\.0)).sorted()
        return names.filter { name in entry.before?[name] != entry.after?[name] }.joined(separator: ", ")
    }
}
