import CLIKit
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap approval`: the queue of officers' entries on plans that require approval before publication.
enum ApprovalCommands {
    private static let planOption = Option.value(
        "plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN).")

    static func command(_ context: CommandContext) -> Command {
        Command(
            "approval", abstract: "List, approve and reject officers' entries waiting for approval.",
            discussion: """
                On a published plan with requires_approval set (hrap plan update --code CODE --requires-approval
                true; only an admin changes it), a measurement or progress update an officer records through the web
                forms or the API waits here. Until approved it counts in no figure and appears on no page; a rejected
                entry stays in the list of submissions with its reason. The submitter cannot decide on their own entry.
                """,
            examples: [
                "hrap approval list --plan aldermoor-2023",
                "hrap approval reject 7 --plan aldermoor-2023 --reason 'The survey closed in March.'",
            ],
            subcommands: [list(context), decide(context, approve: true), decide(context, approve: false)])
    }

    private static func list(_ context: CommandContext) -> Command {
        Command(
            "list", abstract: "List the entries waiting for approval (with --all, every submission, newest first).",
            options: [planOption, .flag("all", help: "Every submission with its decision."), OutputFormat.tableOrJSON]
        ) { parsed in
            let found = try context.service(parsed, .read).submissions(
                plan: try context.plan(parsed), pendingOnly: !parsed.flag("all"), as: context.principal(parsed))
            if context.format(parsed) == .json { return context.printJSON(.array(found.map { $0.json() })) }
            let rows = found.map { submission in
                [
                    String(submission.id), submission.entity, submission.label, summary(submission),
                    submission.submittedBy, submission.submittedAt.description,
                    submission.decision.map { "\($0.rawValue) by \(submission.decidedBy ?? "")" } ?? "waiting",
                    submission.reason ?? "",
                ]
            }
            context.io.out(
                TableRenderer.render(
                    header: ["id", "entity", "key", "entry", "submitted by", "submitted at", "decision", "reason"],
                    rows: rows))
        }
    }

    private static func decide(_ context: CommandContext, approve: Bool) -> Command {
        Command(
            approve ? "approve" : "reject",
            abstract: approve
                ? "Approve an entry: it is appended and counts everywhere."
                : "Reject an entry with a reason: it stays in the submissions and counts nowhere.",
            options: [
                planOption,
                .value(
                    "reason", valueName: "TEXT",
                    help: approve ? "A note on the approval." : "Why it is rejected (required)."),
            ],
            arguments: [Argument("ID", help: "The submission's number (hrap approval list).")]
        ) { parsed in
            guard let id = parsed.argument("ID").flatMap({ Int64($0) }) else {
                throw UsageError("Invalid value '\(parsed.argument("ID") ?? "")' for '<ID>': expected a number.")
            }
            if !approve, parsed.value("reason") == nil { throw UsageError.missingOption("reason", valueName: "TEXT") }
            let decided = try context.service(parsed, .write).decide(
                id, plan: try context.plan(parsed), approve: approve, reason: parsed.value("reason"),
                as: context.principal(parsed))
            context.say("\(approve ? "Approved" : "Rejected") submission \(decided.id): \(decided.label).")
        }
    }

    private static func summary(_ submission: Submission) -> String {
        switch submission.entry {
        case .measurement(let measurement):
            measurement.value.map { cellText(.number($0)) } ?? measurement.judgedStatus?.rawValue ?? ""
        case .progressUpdate(let update): update.status.rawValue
        }
    }
}
