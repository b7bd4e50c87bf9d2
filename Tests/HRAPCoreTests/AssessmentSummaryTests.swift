@testable import HRAPCore
import HRAPReports
import JSONCoding
import Testing

@Suite struct AssessmentSummaryTests {
    typealias F = AssessmentFixture

    /// A score card whose encouragements sit at the given automatic levels (nil: no criteria).
    func card(_ levels: [Double?]) -> ScoreCard {
        let framework = F.framework
        let scores = zip(framework.encouragements, levels).map { encouragement, level in
            var criterion = Criterion()
            criterion.id = "c"
            let criteria =
                level == nil
                ? []
                : [
                    ScoreCard.CriterionScore(
                        criterion: criterion,
                        result: MetricResult(
                            value: nil, numerator: nil, denominator: nil, failing: [], note: Message("test.none")),
                        level: 0, notApplicable: nil)
                ]
            return ScoreCard.EncouragementScore(
                encouragement: encouragement, criteria: criteria, level: level, notApplicable: nil)
        }
        return ScoreCard(
            framework: framework, plan: "p", asOf: F.round().asOf, encouragements: scores, unmatchedMarks: [])
    }

    func summary(
        _ sheets: [ReviewSheet], automatic: [Double?] = [nil, nil, nil], own: [ReviewSheet] = [], weight: Double = 0.5
    ) -> AssessmentSummary {
        var round = F.round(reviewers: ["ana", "ben", "cleo"])
        round.automaticWeight = weight
        round.sheets = sheets
        var selfRound = F.round(.self, reviewers: ["dora"])
        selfRound.sheets = own
        return AssessmentSummary(
            round: round, framework: F.framework, card: card(automatic), selfAssessment: own.isEmpty ? nil : selfRound,
            responses: [])
    }

    @Test func mediansSpreadsAndNotAssessableComeFromTheLatestSubmittedSheets() {
        let summary = summary([
            F.sheet("ana", [4, 2, nil]), F.sheet("ben", [1, 1, 1]),
            F.sheet("ben", [3, 1, 1], number: 2), F.sheet("cleo", [0, 0, 0], submitted: false),
        ])
        #expect(summary.rows.map(\.levels) == [[4, 3], [2, 1], [1]])
        #expect(summary.rows.map(\.median) == [3.5, 1.5, 1])
        #expect(summary.rows.map(\.spread) == [1, 1, nil])
        #expect(summary.rows[2].notAssessable == ["no documents"])
        #expect(summary.submittedCount == 2)
        #expect(
            summary.rows.allSatisfy {
                $0.flags.isEmpty && $0.automatic == nil && $0.automaticNote == "no automatic criteria"
            })
    }

    @Test(arguments: [([2, 4], true), ([2, 3], false), ([0, 4], true), ([1, 2, 3], true), ([3], false)])
    func reviewersDisagreeFromASpreadOfTwo(levels: [Int], flagged: Bool) {
        let sheets = levels.enumerated().map { F.sheet(["ana", "ben", "cleo"][$0.offset], [$0.element, 0, 0]) }
        #expect(summary(sheets).rows[0].flags.contains(.reviewersDisagree) == flagged)
    }

    @Test(arguments: [(3, 1, true), (3, 2, false), (4, 1, true), (1, 3, false), (2, 0, true)])
    func theSelfRatingGapIsASelfRatingTwoAboveThePeerMedian(own: Int, peers: Int, flagged: Bool) {
        let summary = summary(
            [F.sheet("ana", [peers, 0, 0]), F.sheet("ben", [peers, 0, 0])], own: [F.sheet("dora", [own, 0, 0])])
        #expect(summary.rows[0].selfRating == Double(own))
        #expect(summary.rows[0].flags.contains(.selfRatingGap) == flagged)
        #expect(summary.selfAssessment == "self-2025 v1")
    }

    @Test(arguments: [(3.0, 1, true), (2.9, 1, false), (1.5, 3, false), (0.75, 3, true), (1.0, 3, true)])
    func dataAndJudgementDisagreeWhenTwoLevelsApartEitherWay(automatic: Double, median: Int, flagged: Bool) {
        let summary = summary([F.sheet("ana", [median, 0, 0])], automatic: [automatic, nil, nil])
        #expect(summary.rows[0].flags.contains(.dataJudgementGap) == flagged)
    }

    @Test func theCombinedIndexWeighsBothPartsAndShowsThem() {
        let sheets = [F.sheet("ana", [3, 2, nil]), F.sheet("ben", [1, 2, nil])]
        let even = summary(sheets, automatic: [1, 2, nil])
        #expect(even.automaticIndex == 1.5)
        #expect(even.panelIndex == 2)
        #expect(even.combinedIndex == 1.75)
        #expect(even.rows.map(\.combined) == [1.5, 2, nil])
        let mostlyData = summary(sheets, automatic: [1, 2, nil], weight: 0.75)
        #expect(mostlyData.combinedIndex == 0.75 * 1.5 + 0.25 * 2)
        let noData = summary(sheets)
        #expect(noData.automaticIndex == nil && noData.combinedIndex == nil && noData.panelIndex == 2)
        let json = even.json()
        #expect(json["combined_index"] == .number(1.75))
        guard case .array(let rows)? = json["encouragements"] else { Issue.record("no encouragements"); return }
        #expect(rows.first?["levels"] == .array([.integer(3), .integer(1)]))
        #expect(JSONWriter.pretty(json) == JSONWriter.pretty(summary(sheets, automatic: [1, 2, nil]).json()))
    }

    @Test func followUpsAndResponsesAreGatheredPerRecommendation() {
        var round = F.round()
        var first = F.sheet("ana", [1, 1, 1])
        var followUp = FollowUpRating()
        followUp.recommendation = "peer-2024/R1"
        followUp.implementation = .largely
        first.followUps = [followUp]
        var second = F.sheet("ben", [1, 1, 1])
        followUp.implementation = .partly
        second.followUps = [followUp]
        round.sheets = [first, second]
        var recommendation = Recommendation()
        recommendation.code = "R1"
        round.recommendations = [recommendation]
        var response = RecommendationResponse()
        response.recommendation = "peer-2025/R1"
        response.decision = .partiallyAccepted
        var later = response
        later.decision = .accepted
        var other = response
        other.recommendation = "peer-2024/R1"
        let summary = AssessmentSummary(
            round: round, framework: F.framework, card: card([nil, nil, nil]), selfAssessment: nil,
            responses: [response, other, later])
        #expect(summary.followUps.map(\.recommendation.description) == ["peer-2024/R1"])
        #expect(summary.followUps[0].judgements == [.largely, .partly])
        #expect(summary.followUps[0].median == 1.5)
        #expect(summary.recommendations[0].response?.decision == .accepted)
        #expect(summary.recommendations[0].responseCount == 2)
    }
}
