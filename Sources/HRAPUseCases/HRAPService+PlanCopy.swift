import HRAPCore
import HRAPStore

extension HRAPService {
    /// Starts a new plan from another plan's structure, in one transaction: the units, standards, fields of action,
    /// objectives, measures (as planned, continuing the other plan's measure of the same code) and indicators, none
    /// of its values, updates, budget, events, bodies, reports, evaluations or reviews. The new plan is an
    /// unpublished draft of the same government, kind, theme and language, naming the other as its predecessor.
    public func copyPlanStructure(from source: String, to code: String, title: String, as principal: Principal)
        throws -> ImportSummary
    {
        try writing {
            let original = try exportPlan(source, as: principal)
            var plan = Plan()
            (plan.code, plan.title, plan.government) = (code, title, original.plan.government)
            (plan.kind, plan.theme, plan.language) = (original.plan.kind, original.plan.theme, original.plan.language)
            (plan.periodStart, plan.predecessor) = (original.plan.periodStart, source)
            var copy = PlanFile()
            (copy.government, copy.plan) = (original.government, plan)
            (copy.orgUnits, copy.standards, copy.fields) = (original.orgUnits, original.standards, original.fields)
            (copy.objectives, copy.indicators) = (original.objectives, original.indicators)
            copy.actions = original.actions.map { action in
                var measure = action
                (measure.status, measure.continues) = (.planned, action.code)
                return measure
            }
            let (_, problems) = Plan.schema.decode(Plan.schema.encode(plan), path: "$.plan")
            return try importPlan(copy, readProblems: problems, source: "a copy of \(source)", as: principal)
        }
    }
}
