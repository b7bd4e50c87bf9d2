import HRAPCore
import Testing

/// A plan that learnt from its predecessor's mid-term and final evaluations — a predecessor known only by title and
/// link — says so, and the criteria that ask what the plan learnt count them, not as evaluations of the plan itself.
@Suite struct PredecessorEvaluationTests {
    private func facts(ofPredecessor: [Bool]) -> PlanFacts {
        var file = PlanFile()
        (file.plan.code, file.plan.predecessorTitle) = ("p", "Plan for Equality 2014–2017")
        file.evaluations = ofPredecessor.enumerated().map { index, flag in
            var evaluation = Evaluation()
            (evaluation.code, evaluation.title, evaluation.ofPredecessor) = ("EV\(index)", "Evaluation", flag)
            evaluation.date = CalendarDate("2018-0\(index + 3)-01") ?? CalendarDate(daysSince1970: 0)
            var recommendation = EvaluationRecommendation()
            (recommendation.code, recommendation.text, recommendation.response) = ("R1", "Set targets", .accepted)
            evaluation.recommendations = [recommendation]
            return evaluation
        }
        return PlanFacts(file: file)
    }

    private let asOf = CalendarDate.endOfYear(2025)

    @Test func twoEvaluationsOfThePredecessorCountAsLearntFromNotAsTheEvaluationsOfThePlan() {
        let learnt = facts(ofPredecessor: [true, true])
        #expect(Metric.predecessorEvaluations.compute(learnt, asOf: asOf).value == 2)
        #expect(Metric.evaluationsDone.compute(learnt, asOf: asOf).value == 0)
        #expect(Metric.recommendationsAnswered.compute(learnt, asOf: asOf).value == 1, "the city answered them")
        #expect(
            Metric.predecessorEvaluations.compute(learnt, asOf: asOf).note.english
                == "evaluations of the predecessor plan (Plan for Equality 2014–2017)")
        let own = facts(ofPredecessor: [false])
        #expect(Metric.predecessorEvaluations.compute(own, asOf: asOf).value == 0)
        #expect(Metric.evaluationsDone.compute(own, asOf: asOf).value == 1)
    }

    /// In hrgl-2022's "commitment that outlasts terms of office" (evaluations of the plan: thresholds 1–4; of the
    /// predecessor: 0.5, 1, 1.5, 2), a plan with none of its own yet and two of its predecessor's scores
    /// (0 + 4) / 2 = 2 instead of 0.
    @Test func hrgl2022CountsWhatThePlanLearnt() throws {
        let framework = try shippedFramework("hrgl-2022")
        let card = Scorer.score(facts(ofPredecessor: [true, true]), framework: framework, asOf: asOf)
        let sustainability = try #require(card.encouragements.first { $0.encouragement.id == "sustainability" })
        #expect(sustainability.level == 2)
        let before = Scorer.score(facts(ofPredecessor: []), framework: framework, asOf: asOf)
        #expect(before.encouragements.first { $0.encouragement.id == "sustainability" }?.level == 0)
    }
}
