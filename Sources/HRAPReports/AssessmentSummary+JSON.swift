import HRAPCore
import JSONCoding

extension AssessmentSummary {
    /// The summary as JSON, fields in a fixed order (byte-identical for the same inputs).
    public func json() -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null }
        func integer(_ value: Int?) -> JSONValue { value.map { .integer(Int64($0)) } ?? .null }
        return .object([
            ("round", .string(round.code)), ("version", .integer(Int64(round.version))),
            ("title", .string(round.title)),
            ("kind", .string(round.kind.rawValue)), ("status", .string(round.status.rawValue)),
            ("as_of", .string(round.asOf.description)),
            (
                "framework",
                .object([
                    ("id", .string(framework.id)), ("version", .string(framework.version)),
                    ("text_status", .string(framework.textStatus.rawValue)), ("text_note", .string(framework.textNote)),
                ])
            ),
            ("reviewers_invited", .integer(Int64(round.reviewers.count))),
            ("sheets_submitted", .integer(Int64(submittedCount))),
            ("self_assessment", selfAssessment.map(JSONValue.string) ?? .null),
            ("automatic_weight", number(round.automaticWeight)),
            ("automatic_index", number(automaticIndex)), ("panel_index", number(panelIndex)),
            ("combined_index", number(combinedIndex)),
            (
                "encouragements",
                .array(
                    rows.map { row in
                        .object([
                            ("number", .integer(Int64(row.encouragement.number))),
                            ("short_title", .string(row.encouragement.shortTitle)),
                            ("levels", .array(row.levels.map { .integer(Int64($0)) })),
                            ("not_assessable", .array(row.notAssessable.map(JSONValue.string))),
                            ("median", number(row.median)), ("min", integer(row.lowest)), ("max", integer(row.highest)),
                            ("spread", integer(row.spread)), ("self_rating", number(row.selfRating)),
                            ("automatic", number(row.automatic)),
                            ("automatic_note", row.automaticNote.map(JSONValue.string) ?? .null),
                            ("combined", number(row.combined)),
                            ("flags", .array(row.flags.map { .string($0.rawValue) })),
                        ])
                    })
            ),
            (
                "follow_ups",
                .array(
                    followUps.map { followUp in
                        .object([
                            ("recommendation", .string(followUp.recommendation.description)),
                            ("judgements", .array(followUp.judgements.map { .string($0.rawValue) })),
                            ("median_rank", number(followUp.median)),
                        ])
                    })
            ),
            (
                "recommendations",
                .array(
                    recommendations.map { state in
                        .object([
                            ("recommendation", Recommendation.schema.encode(state.recommendation)),
                            ("response", state.response.map(RecommendationResponse.schema.encode) ?? .null),
                            ("responses_recorded", .integer(Int64(state.responseCount))),
                        ])
                    })
            ),
        ])
    }

    /// One line per encouragement for spreadsheets: the header, then the rows.
    public func table() -> (header: [String], rows: [[String]]) {
        func number(_ value: Double?) -> String { value.map { JSONWriter.format(($0 * 100).rounded() / 100) } ?? "" }
        let header = [
            "number", "short_title", "levels", "not_assessable", "median", "min", "max", "spread", "self_rating",
            "automatic",
            "combined", "flags",
        ]
        let rows = rows.map { row -> [String] in
            let levels: String = row.levels.map(String.init).joined(separator: " ")
            let range: [String] = [row.lowest, row.highest, row.spread].map { $0.map(String.init) ?? "" }
            let head: [String] = [
                String(row.encouragement.number), row.encouragement.shortTitle, levels, String(row.notAssessable.count),
                number(row.median),
            ]
            let tail: [String] = [
                number(row.selfRating), number(row.automatic), number(row.combined),
                row.flags.map(\.rawValue).joined(separator: " "),
            ]
            return head + range + tail
        }
        return (header, rows)
    }
}
