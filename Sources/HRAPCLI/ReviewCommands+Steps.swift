import CLIKit
import CSVParsing
import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding

extension ReviewCommands {
    static func rate(_ context: CommandContext) -> Command {
        Command(
            "rate",
            abstract:
                "Rate encouragements on the reviewer's draft sheet: one on the command line, or a whole sheet from a file.",
            discussion: """
                Give --encouragement with --level (0–4) or --not-assessable REASON, a --rationale and at least one
                --evidence (repeatable): 'document:TITLE <URL or p. N>', 'measurement:INDICATOR@DATE',
                'update:ACTION@DATE' or 'report:CODE'. Or rate an earlier round's recommendation with --recommendation
                ROUND/CODE and --implementation. Or load a sheet with --file (CSV from 'hrap review template', or
                JSON): a sheet with any bad row writes nothing and lists every bad row. After submitting, --supersede
                starts a new sheet that keeps the submitted one.
                """,
            options: [
                planOption, reviewerOption,
                .value("encouragement", valueName: "N", help: "Number of the encouragement rated."),
                .value("level", valueName: "0-4", help: "The level (see the framework's level descriptions)."),
                .value("not-assessable", valueName: "REASON", help: "Instead of a level: why it cannot be assessed."),
                .value(
                    "recommendation", valueName: "ROUND/CODE",
                    help: "An earlier round's recommendation whose implementation is rated."),
                .value(
                    "implementation", valueName: "WORD", help: "How far it is implemented.",
                    allowed: FollowUpRating.Implementation.allCases.map(\.rawValue)),
                .value("rationale", valueName: "TEXT", help: "Why: what the reviewer saw."),
                .value(
                    "evidence", valueName: "EVIDENCE", help: "What the rating rests on (repeatable).", repeatable: true),
                .value("file", valueName: "PATH", help: "A rating sheet (.csv or .json) instead of the options above."),
                .flag("supersede", help: "Start a new sheet after a submitted one; the submitted sheet is kept."),
            ],
            arguments: [roundArgument]
        ) { parsed in
            let selector = parsed.argument("ROUND") ?? ""
            let principal = context.principal(parsed)
            let reviewer = parsed.value("reviewer") ?? principal.name
            let (sheet, problems, source) = try readSheet(parsed, context)
            let (outcome, framework) = try context.planWriter(parsed).rate(
                sheet, readProblems: problems, reviewer: reviewer, round: selector, plan: try context.plan(parsed),
                supersede: parsed.flag("supersede"), source: source, as: principal)
            var text =
                "Recorded \(outcome.recorded) rating\(outcome.recorded == 1 ? "" : "s") on \(outcome.startedSheet ? "new " : "")draft sheet \(outcome.sheet) of \(reviewer)"
            if outcome.unchanged > 0 { text += " (\(outcome.unchanged) unchanged, not recorded again)" }
            context.say(text + ".")
            if sheet.ratings.count == 1, let rating = sheet.ratings.first?.value, let level = rating.level,
                level < framework.levelDescriptions.count,
                let encouragement = framework.encouragements.first(where: { $0.number == rating.encouragement })
            {
                context.say(
                    "\(encouragement.number). \(encouragement.shortTitle): \(framework.levelDescriptions[level])")
            }
        }
    }

    /// The ratings of a `rate` call, from `--file` (with the problems found reading it, checked further with the round)
    /// or the one on the command line.
    private static func readSheet(_ parsed: ParsedArguments, _ context: CommandContext) throws -> (
        RatingSheetFile, [ValidationProblem], String
    ) {
        if let path = parsed.value("file") {
            let given = [
                "encouragement", "level", "not-assessable", "recommendation", "implementation", "rationale", "evidence",
            ].filter { parsed.value($0) != nil }
            if !given.isEmpty {
                throw UsageError(
                    "--file rates a whole sheet; leave out " + given.map { "--" + $0 }.joined(separator: ", ") + ".")
            }
            let bytes = try SheetCommands.readFile(path, context: context)
            let (sheet, problems): (RatingSheetFile, [ValidationProblem])
            if path.lowercased().hasSuffix(".json") {
                let json: JSONValue
                do { json = try JSONParser.parse(bytes) } catch {
                    throw CLIFailure(
                        "\(path):\(error.line):\(error.column): \(error.reason)", exitCode: ExitCode.dataError)
                }
                (sheet, problems) = RatingSheetFile.decode(json: json)
            } else {
                let records: [CSVReader.Record]
                do { records = try CSVReader.read(bytes).records } catch {
                    throw CLIFailure("\(path): \(error)", exitCode: ExitCode.dataError)
                }
                guard let header = records.first else {
                    throw CLIFailure("\(path) is empty", exitCode: ExitCode.dataError)
                }
                (sheet, problems) = RatingSheetFile.decode(
                    header: header.fields, rows: records.dropFirst().map { ($0.line, $0.fields) })
            }
            return (sheet, problems, path)
        }
        var header: [String] = []
        var cells: [String] = []
        for option in ["encouragement", "level", "not-assessable", "recommendation", "implementation", "rationale"] {
            if let value = parsed.value(option) {
                header.append(option.replacing("-", with: "_"))
                cells.append(value)
            }
        }
        header.append("evidence")
        cells.append((parsed.values["evidence"] ?? []).joined(separator: "\n"))
        let (sheet, problems) = RatingSheetFile.decode(header: header, rows: [(1, cells)])
        guard problems.isEmpty else {
            throw ValidationError(
                source: "hrap review rate",
                problems: problems.map {
                    ValidationProblem(
                        path: "--"
                            + $0.path.replacing("line 1.", with: "").replacing("line 1", with: "encouragement")
                            .replacing("_", with: "-"), code: $0.code, message: $0.message)
                })
        }
        return (sheet, [], "hrap review rate")
    }

    static func submit(_ context: CommandContext) -> Command {
        Command(
            "submit",
            abstract:
                "Submit the reviewer's draft sheet; it must rate every encouragement (or mark it not assessable).",
            options: [planOption, reviewerOption], arguments: [roundArgument]
        ) { parsed in
            let selector = parsed.argument("ROUND") ?? ""
            let principal = context.principal(parsed)
            let reviewer = parsed.value("reviewer") ?? principal.name
            let number = try context.planWriter(parsed).submitSheet(
                reviewer: reviewer, round: selector, plan: try context.plan(parsed), as: principal)
            context.say("Submitted sheet \(number) of \(reviewer) in \(selector); it can no longer be edited.")
        }
    }

    static func close(_ context: CommandContext) -> Command {
        Command(
            "close", abstract: "Finalise a round: from then on it never changes.", options: [planOption],
            arguments: [roundArgument]
        ) { parsed in
            let round = try context.planWriter(parsed).closeAssessment(
                parsed.argument("ROUND") ?? "", plan: try context.plan(parsed), as: context.principal(parsed))
            let waiting = round.reviewers.filter { reviewer in
                !round.sheets(of: reviewer.code).contains(where: \.isSubmitted)
            }.map(\.code)
            context.say(
                "Finalised \(round.label) with \(round.submittedSheets.count) submitted sheet\(round.submittedSheets.count == 1 ? "" : "s")."
                    + (waiting.isEmpty ? "" : " Not submitted, not counted: " + waiting.joined(separator: ", ") + "."))
        }
    }

    static func reopen(_ context: CommandContext) -> Command {
        Command(
            "reopen", abstract: "Start the next version of a finalised round; the finalised version is kept as it is.",
            options: [planOption], arguments: [roundArgument]
        ) { parsed in
            let round = try context.planWriter(parsed).reopenAssessment(
                parsed.argument("ROUND") ?? "", plan: try context.plan(parsed), as: context.principal(parsed))
            context.say(
                "Reopened as \(round.label) (in review), with \(round.sheets.count) submitted sheet\(round.sheets.count == 1 ? "" : "s") copied; reviewers change them with 'review rate --supersede'."
            )
        }
    }

    static func recommend(_ context: CommandContext) -> Command {
        Command(
            "recommend",
            abstract:
                "Add a recommendation to the city, tied to an encouragement and optionally to objectives or actions.",
            options: [
                planOption, .value("code", valueName: "CODE", help: "Code within the round, e.g. 'R1'."),
                .value("encouragement", valueName: "N", help: "Number of the encouragement it concerns."),
                .value("text", valueName: "TEXT", help: "The recommendation."), reviewerOption,
                .value(
                    "objective", valueName: "CODE", help: "An objective it concerns (repeatable).", repeatable: true),
                .value("action", valueName: "CODE", help: "An action it concerns (repeatable).", repeatable: true),
            ],
            arguments: [roundArgument]
        ) { parsed in
            let selector = parsed.argument("ROUND") ?? ""
            let (recommendation, problems) = Recommendation.schema.decode(
                .object([
                    ("code", parsed.value("code").map(JSONValue.string) ?? .null),
                    (
                        "encouragement",
                        parsed.value("encouragement").map { Int64($0).map(JSONValue.integer) ?? .string($0) } ?? .null
                    ),
                    ("text", parsed.value("text").map(JSONValue.string) ?? .null),
                    ("reviewer", parsed.value("reviewer").map(JSONValue.string) ?? .null),
                    ("objectives", .array((parsed.values["objective"] ?? []).map(JSONValue.string))),
                    ("actions", .array((parsed.values["action"] ?? []).map(JSONValue.string))),
                ]), path: "")
            guard problems.isEmpty else {
                throw ValidationError(source: "hrap review recommend", problems: problems)
            }
            try context.planWriter(parsed).recommend(
                recommendation, round: selector, plan: try context.plan(parsed), as: context.principal(parsed))
            context.say(
                "Recorded recommendation \(selector.split(separator: "@").first ?? "")/\(recommendation.code) on encouragement \(recommendation.encouragement)."
            )
        }
    }

    static func respond(_ context: CommandContext) -> Command {
        Command(
            "respond",
            abstract: "Record the city's response to a recommendation; a later response supersedes, both are kept.",
            options: [
                planOption,
                .value(
                    "decision", valueName: "WORD", help: "The city's decision.",
                    allowed: RecommendationResponse.Decision.allCases.map(\.rawValue)),
                .value("reason", valueName: "TEXT", help: "The city's reasons."),
                .value(
                    "follow-up-action", valueName: "CODE", help: "An action that follows it up (repeatable).",
                    repeatable: true),
            ],
            arguments: [Argument("RECOMMENDATION", help: "The recommendation, ROUND/CODE.")]
        ) { parsed in
            let (response, problems) = RecommendationResponse.schema.decode(
                .object([
                    ("recommendation", .string(parsed.argument("RECOMMENDATION") ?? "")),
                    ("decision", parsed.value("decision").map(JSONValue.string) ?? .null),
                    ("reason", parsed.value("reason").map(JSONValue.string) ?? .null),
                    ("follow_up_actions", .array((parsed.values["follow-up-action"] ?? []).map(JSONValue.string))),
                ]), path: "")
            guard problems.isEmpty else {
                throw ValidationError(
                    source: "hrap review respond",
                    problems: problems.map {
                        ValidationProblem(
                            path: $0.path == "recommendation" ? "RECOMMENDATION" : $0.path, code: $0.code,
                            message: $0.message)
                    })
            }
            try context.planWriter(parsed).respond(
                response, plan: try context.plan(parsed), as: context.principal(parsed))
            context.say(
                "Recorded the response to \(response.recommendation): \(response.decision.rawValue.replacing("_", with: " "))."
            )
        }
    }
}
