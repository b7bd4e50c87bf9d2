import CLIKit
import HRAPCore
import HRAPUseCases

/// `hrap standard link`: cites a standard from an objective, action or indicator.
enum StandardLink {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "link",
            abstract:
                "Link a standard to a field of action (inherited by its objectives), objective, action or indicator.",
            examples: ["hrap standard link 'SDG 11.1' --plan graz-2024 --to objective:1.1"],
            options: [
                .value("plan", short: "p", valueName: "CODE", help: "Code of the plan (or HRAP_PLAN)."),
                .value(
                    "to", valueName: "KIND:CODE",
                    help: "What cites it: field:CODE, objective:CODE, action:CODE or indicator:CODE."),
            ],
            arguments: [Argument("STANDARD", help: "The standard's code, e.g. 'ICESCR art. 11'.")]
        ) { parsed in
            let plan = try context.plan(parsed)
            let text = try context.required(parsed, "to", valueName: "KIND:CODE")
            let target: StandardCitation
            do { target = try StandardCitation(text) } catch {
                throw UsageError(
                    "The value '\(text)' is invalid for '--to'. Expected field:CODE, objective:CODE, action:CODE or indicator:CODE."
                )
            }
            let standard = parsed.argument("STANDARD") ?? ""
            try context.service(parsed, .write).linkStandard(
                standard, to: target, plan: plan, as: context.principal(parsed))
            context.say("Linked \(standard) to \(target.kind.rawValue) \(target.code).")
        }
    }
}
