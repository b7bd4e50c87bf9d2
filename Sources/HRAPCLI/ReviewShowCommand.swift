import CLIKit
import CSVParsing
import HRAPCore
import HRAPReports
import HRAPUseCases
import JSONCoding

/// `hrap review show` and `hrap review history`: what a round found, as the actor may see it.
enum ReviewShowCommand {
    static func show(_ context: CommandContext) -> Command {
        Command(
            "show",
            abstract:
                "Show a round's aggregation: reviewers' median and spread, self-rating, automatic level, flags, combined index.",
            discussion: """
                Per encouragement: the median, lowest and highest level of the submitted sheets, the self-assessment's
                rating, the automatic level from 'hrap score' at the round's reference date, and the combined level.
                Flags: reviewers disagree (spread of 2 or more), self-rating gap (self-assessment 2 or more above the
                median), data and judgement disagree (automatic level and median 2 or more apart). Before the round is
                finalised only its coordinator, and reviewers who have submitted, see ratings.
                """,
            options: [ReviewCommands.planOption, OutputFormat.option], arguments: [ReviewCommands.roundArgument]
        ) { parsed in
            let view = try context.service(parsed, .read).roundView(
                parsed.argument("ROUND") ?? "", plan: try context.plan(parsed), as: context.principal(parsed))
            let summary = view.summary
            switch context.format(parsed) {
            case .json: context.printJSON(summary.json())
            case .csv:
                let table = summary.table()
                context.io.out(CSVWriter().text([table.header] + table.rows))
            case .table: context.show(render(summary, hidden: view.hiddenSheets, viewer: view.viewer))
            }
        }
    }

    static func render(_ summary: AssessmentSummary, hidden: Int, viewer: AssessmentViewer) -> String {
        func level(_ value: Double?) -> String { value.map { JSONWriter.format(($0 * 100).rounded() / 100) } ?? "—" }
        let round = summary.round
        var text =
            "\(round.label) — \(round.title) (\(round.kind.rawValue), \(round.status.rawValue.replacing("_", with: " "))), as of \(round.asOf), against \(summary.framework.label)\n"
        text +=
            "Text of the encouragements: \(summary.framework.textStatus.rawValue.uppercased()) — \(summary.framework.textNote)\n"
        text +=
            "Sheets: \(summary.submittedCount) of \(round.reviewers.count) reviewers\(hidden > 0 ? " shown (\(hidden) more submitted, hidden until \(hiddenUntil(viewer)))" : " submitted")."
        text += summary.selfAssessment.map { " Self-assessment compared: \($0)." } ?? ""
        text +=
            "\nIndex: automatic \(level(summary.automaticIndex)), reviewers \(level(summary.panelIndex)) → combined \(level(summary.combinedIndex))"
        text += " (automatic weight \(Int((round.automaticWeight * 100).rounded())) %)\n\n"
        let rows = summary.rows.map { row in
            [
                "\(row.encouragement.number). \(row.encouragement.shortTitle)",
                row.levels.map(String.init).joined(separator: " ")
                    + (row.notAssessable.isEmpty ? "" : " (\(row.notAssessable.count) n/a)"),
                level(row.median), row.spread.map(String.init) ?? "—", level(row.selfRating),
                row.automatic.map { level($0) } ?? (row.automaticNote ?? "—"), level(row.combined),
                row.flags.map(\.label).joined(separator: "; "),
            ]
        }
        text += TableRenderer.render(
            header: ["encouragement", "levels", "median", "spread", "self", "automatic", "combined", "flags"],
            rows: rows)
        if !summary.followUps.isEmpty {
            text += "\nFollow-up of earlier recommendations:\n"
            for followUp in summary.followUps {
                text +=
                    "  \(followUp.recommendation): "
                    + followUp.judgements.map { $0.rawValue.replacing("_", with: " ") }.joined(separator: ", ") + "\n"
            }
        }
        if !summary.recommendations.isEmpty {
            text += "\nRecommendations:\n"
            for state in summary.recommendations {
                let recommendation = state.recommendation
                text +=
                    "  \(round.code)/\(recommendation.code) (encouragement \(recommendation.encouragement)): \(recommendation.text)\n"
                if let response = state.response {
                    text += "    response: \(response.decision.rawValue.replacing("_", with: " ")) — \(response.reason)"
                    text +=
                        response.followUpActions.isEmpty
                        ? "" : " (follow-up: \(response.followUpActions.joined(separator: ", ")))"
                    text += state.responseCount > 1 ? " [\(state.responseCount) responses recorded]\n" : "\n"
                } else {
                    text += "    no response yet\n"
                }
            }
        }
        return text
    }

    private static func hiddenUntil(_ viewer: AssessmentViewer) -> String {
        if case .reviewer = viewer { return "you submit your own sheet" }
        return "the round is finalised"
    }

    static func history(_ context: CommandContext) -> Command {
        Command(
            "history",
            abstract:
                "Every rating recorded in a round, oldest first, with the sheet it is on and whether it still counts.",
            options: [
                ReviewCommands.planOption, ReviewCommands.reviewerOption,
                .value("encouragement", valueName: "N", help: "Only this encouragement."), OutputFormat.option,
            ],
            arguments: [ReviewCommands.roundArgument]
        ) { parsed in
            let (round, _) = try context.service(parsed, .read).assessment(
                parsed.argument("ROUND") ?? "", plan: try context.plan(parsed), as: context.principal(parsed))
            let number = try parsed.value("encouragement").map { text in
                guard let number = Int(text) else {
                    throw UsageError("The value '\(text)' is invalid for '--encouragement'. Expected a whole number.")
                }
                return number
            }
            let header = [
                "reviewer", "sheet", "sheet_state", "encouragement", "level", "not_assessable", "rationale", "evidence",
                "recorded_at", "recorded_by", "status",
            ]
            var rows: [[String]] = []
            var entries: [JSONValue] = []
            for sheet in round.sheets where parsed.value("reviewer").map({ $0 == sheet.reviewer }) ?? true {
                let current = sheet.currentRatings
                let counting = round.sheets(of: sheet.reviewer).last(where: \.isSubmitted)?.number == sheet.number
                for rating in sheet.ratings where number.map({ $0 == rating.encouragement }) ?? true {
                    let latest = current[rating.encouragement] == rating
                    let status =
                        !latest ? "superseded" : !sheet.isSubmitted ? "draft" : counting ? "counts" : "superseded"
                    let state = sheet.isSubmitted ? "submitted" : "draft"
                    rows.append([
                        sheet.reviewer, String(sheet.number), state, String(rating.encouragement),
                        rating.level.map(String.init) ?? "", rating.notAssessable ?? "", rating.rationale,
                        rating.evidence.map(\.description).joined(separator: "; "),
                        rating.recordedAt?.description ?? "",
                        rating.recordedBy ?? "", status,
                    ])
                    entries.append(
                        .object([
                            ("reviewer", .string(sheet.reviewer)), ("sheet", .integer(Int64(sheet.number))),
                            ("sheet_state", .string(state)),
                            ("status", .string(status)), ("rating", Rating.schema.encode(rating)),
                        ]))
                }
            }
            switch context.format(parsed) {
            case .json: context.printJSON(.array(entries))
            case .csv: context.io.out(CSVWriter().text([header] + rows))
            case .table:
                guard !rows.isEmpty else { return context.say("No ratings you may see in \(round.label).") }
                context.io.out(TableRenderer.render(header: header, rows: rows))
            }
        }
    }
}
