import HRAPCore

extension HRAPService {
    /// Records the city's words for a report year: appended, superseding the current words of the same year, part
    /// and subject (which are kept), unless unchanged. Whoever may change the plan's records may write them.
    public func record(_ narrative: ReportNarrative, plan: String, as principal: Principal) throws -> ProgressOutcome {
        try writing {
            try authorize(principal, .write, .planRecord, plan: plan)
            let fields = Set(try store.list(FieldOfAction.self, plan: plan).map(\.code))
            let actions = Set(try store.list(Action.self, plan: plan).map(\.code))
            let problems = narrative.problems(fields: fields, actions: actions, path: "")
            guard problems.isEmpty else { throw ValidationError(source: "the narrative", problems: problems) }
            var given = narrative
            (given.recordedAt, given.recordedBy) = (nil, nil)
            return try store.append(given, plan: plan, by: author(principal))
        }
    }

    /// The city's current words of a plan (superseded versions left out), optionally of one part.
    public func narratives(plan: String, part: String? = nil, as principal: Principal) throws -> [ReportNarrative] {
        try reading {
            try authorize(principal, .read, .planRecord, plan: plan)
            return try store.current(ReportNarrative.self, plan: plan, where: "part", is: part)
        }
    }
}
