import CLIKit
import CSVParsing
import HRAPCore
import HRAPUseCases
import JSONCoding

/// `hrap review`: self-, peer- and external assessment rounds of a plan.
enum ReviewCommands {
    static func command(_ context: CommandContext) -> Command {
        Command(
            "review",
            abstract: "Assess a plan with reviewers: rounds, rating sheets, recommendations and the city's responses.",
            discussion: """
                A coordinator opens a round (self, peer or external) against a framework at a reference date and
                invites reviewers. Each reviewer rates every encouragement 0–4 with a rationale and evidence, or marks
                it not assessable, on a draft sheet, then submits it; a submitted sheet is never edited, only
                superseded by a new one (--supersede). Rounds are blind: a reviewer sees others' ratings only after
                submitting. Closing finalises the round for good; reopening starts its next version. The actor
                (--actor) decides what 'review show' reveals: the coordinator, a reviewer, or the public.
                """,
            examples: [
                "hrap review open peer-2025 --plan aldermoor-2023 --kind peer --as-of 2025-12-31 --title 'Peer review 2025'",
                "hrap review invite peer-2025 --plan aldermoor-2023 --reviewer m.kovac --name 'Mira Kovač' --affiliation 'Rivertown human rights office' --home-city Rivertown --conflict-of-interest none",
                "hrap review rate peer-2025 --plan aldermoor-2023 --actor m.kovac --encouragement 4 --level 3 --rationale '…' --evidence 'report:R2024'",
                "hrap review show peer-2025 --plan aldermoor-2023 --format csv",
            ],
            subcommands: [
                open(context), invite(context), status(context), template(context), rate(context), submit(context),
                close(context), reopen(context), recommend(context), respond(context), ReviewShowCommand.show(context),
                ReviewShowCommand.history(context),
            ])
    }

    static let planOption = Option.value("plan", valueName: "CODE", help: "The plan's code (or HRAP_PLAN).")
    static let roundArgument = Argument("ROUND", help: "The round's code (its latest version) or CODE@VERSION.")
    static let reviewerOption = Option.value("reviewer", valueName: "CODE", help: "The reviewer (default: the actor).")

    static func open(_ context: CommandContext) -> Command {
        Command(
            "open", abstract: "Open an assessment round of a plan; the actor becomes its coordinator.",
            options: [
                planOption,
                .value("title", valueName: "TEXT", help: "Title of the round."),
                .value(
                    "kind", valueName: "KIND", help: "Who assesses.", default: "peer",
                    allowed: Assessment.Kind.allCases.map(\.rawValue)),
                .value(
                    "framework", valueName: "ID", help: "The framework: ID (latest version) or ID@VERSION.",
                    default: "hrgl-2024"),
                .value("as-of", valueName: "DATE", help: "Reference date of the assessment (default: today)."),
                .value(
                    "automatic-weight", valueName: "SHARE",
                    help: "Share of the automatic level in the combined index, 0–1.", default: "0.5"),
                .value(
                    "self-assessment", valueName: "CODE",
                    help: "Self-assessment round to compare with (default: the latest finalised one)."),
                .flag("open-review", help: "Let reviewers see others' submitted ratings before submitting their own."),
            ],
            arguments: [Argument("CODE", help: "Code of the new round, e.g. 'peer-2025'.")]
        ) { parsed in
            let weight = parsed.value("automatic-weight") ?? "0.5"
            let opening = RoundOpening(
                code: parsed.argument("CODE") ?? "", title: parsed.value("title"), kind: parsed.value("kind") ?? "peer",
                framework: parsed.value("framework") ?? "hrgl-2024",
                asOf: try ScoreCommand.referenceDate(parsed, context: context),
                automaticWeight: OptionValue.json(weight, kind: .number), blind: !parsed.flag("open-review"),
                selfAssessment: parsed.value("self-assessment"))
            let (opened, framework) = try context.planWriter(parsed).openAssessment(
                opening, plan: try context.plan(parsed), as: context.principal(parsed))
            context.say(
                "Opened \(opened.label) (\(opened.kind.rawValue), \(framework.label), as of \(opened.asOf)); coordinator: \(opened.coordinator)."
                    + (opened.selfAssessment.map { " Compared with self-assessment \($0)." } ?? ""))
        }
    }

    static func invite(_ context: CommandContext) -> Command {
        Command(
            "invite", abstract: "Invite a reviewer to a round, with their declared conflict of interest.",
            options: [
                planOption,
                .value("reviewer", valueName: "CODE", help: "Handle the reviewer acts under (their --actor)."),
                .value("name", valueName: "TEXT", help: "Full name."),
                .value("affiliation", valueName: "TEXT", help: "Organisation and role."),
                .value("home-city", valueName: "TEXT", help: "City or region the reviewer works for."),
                .value(
                    "conflict-of-interest", valueName: "TEXT", help: "The declared conflict of interest, or 'none'."),
            ],
            arguments: [roundArgument]
        ) { parsed in
            let (reviewer, problems) = Reviewer.schema.decode(
                .object(
                    ["reviewer", "name", "affiliation", "home-city", "conflict-of-interest"].map { option in
                        (
                            option == "reviewer" ? "code" : option.replacing("-", with: "_"),
                            parsed.value(option).map(JSONValue.string) ?? .null
                        )
                    }), path: "")
            guard problems.isEmpty else {
                throw ValidationError(
                    source: "hrap review invite",
                    problems: problems.map {
                        ValidationProblem(
                            path: $0.path == "code" ? "reviewer" : $0.path, code: $0.code, message: $0.message)
                    })
            }
            let round = parsed.argument("ROUND") ?? ""
            try context.planWriter(parsed).invite(
                reviewer, to: round, plan: try context.plan(parsed), as: context.principal(parsed))
            context.say(
                "Invited \(reviewer.name) (\(reviewer.code)) to \(round); conflict of interest: \(reviewer.conflictOfInterest)."
            )
        }
    }

    static func status(_ context: CommandContext) -> Command {
        Command(
            "status", abstract: "List a plan's rounds, or show who has rated and submitted in one round.",
            options: [planOption, OutputFormat.tableOrJSON],
            arguments: [Argument("ROUND", help: "A round (default: all rounds).", optional: true)]
        ) { parsed in
            let service = try context.service(parsed, .read)
            let plan = try context.plan(parsed), principal = context.principal(parsed)
            guard let selector = parsed.argument("ROUND") else {
                let statuses = try service.roundStatuses(plan: plan, as: principal)
                if context.format(parsed) == .json { return context.printJSON(.array(statuses.map(summaryJSON))) }
                guard !statuses.isEmpty else {
                    return context.say("No assessment rounds; open one with 'hrap review open'.")
                }
                let rows = statuses.map { status in
                    let round = status.round
                    return [
                        round.code, String(round.version), round.kind.rawValue, round.status.rawValue,
                        round.asOf.description,
                        "\(round.framework) v\(round.frameworkVersion)", "\(status.submitted)/\(round.reviewers.count)",
                        round.title,
                    ]
                }
                return context.io.out(
                    TableRenderer.render(
                        header: ["round", "version", "kind", "status", "as_of", "framework", "submitted", "title"],
                        rows: rows))
            }
            let (status, framework) = try service.roundStatus(selector, plan: plan, as: principal)
            if context.format(parsed) == .json { return context.printJSON(summaryJSON(status)) }
            let total = framework.encouragements.count, round = status.round
            context.say(
                "\(round.label) — \(round.title) (\(round.kind.rawValue), \(round.status.rawValue)), coordinator \(round.coordinator)"
            )
            let rows = status.reviewers.map { entry in
                let reviewer = entry.reviewer
                let state = entry.sheet == nil ? "not started" : entry.submittedAt.map { "submitted \($0)" } ?? "draft"
                return [
                    reviewer.code, reviewer.name, reviewer.homeCity, reviewer.conflictOfInterest,
                    entry.sheet.map(String.init) ?? "", "\(entry.rated)/\(total)", state,
                ]
            }
            context.io.out(
                TableRenderer.render(
                    header: ["reviewer", "name", "home_city", "conflict", "sheet", "rated", "state"], rows: rows))
        }
    }

    /// A round's settings and progress, without ratings (they may be blind).
    static func summaryJSON(_ status: RoundStatus) -> JSONValue {
        guard case .object(var members) = Assessment.schema.encode(status.round) else { return .null }
        members.append(("sheets_submitted", .integer(Int64(status.submitted))))
        return .object(members)
    }

    static func template(_ context: CommandContext) -> Command {
        Command(
            "template",
            abstract: "Print a blank rating sheet for a round, to fill in offline and load with 'review rate --file'.",
            options: [
                planOption,
                .value(
                    "format", short: "f", valueName: "FORMAT", help: "Sheet format.", default: "csv",
                    allowed: ["csv", "json"]),
            ],
            arguments: [roundArgument]
        ) { parsed in
            let (round, framework) = try context.service(parsed, .read).assessment(
                parsed.argument("ROUND") ?? "", plan: try context.plan(parsed), as: context.principal(parsed))
            if parsed.value("format") == "json" {
                return context.printJSON(
                    .object([
                        ("format", .string(RatingSheetFile.format)), ("round", .string(round.code)),
                        ("level_descriptions", .array(framework.levelDescriptions.map(JSONValue.string))),
                        (
                            "ratings",
                            .array(
                                framework.encouragements.map { encouragement in
                                    .object([
                                        ("encouragement", .integer(Int64(encouragement.number))), ("level", .null),
                                        ("rationale", .string("")), ("evidence", .array([])),
                                    ])
                                })
                        ),
                    ]))
            }
            let sheet = RatingSheetFile.template(framework)
            context.io.out(CSVWriter().text([sheet.header] + sheet.rows))
        }
    }
}
