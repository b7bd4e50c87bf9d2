import HRAPCore

extension HRAPService {
    /// Records a continuing measure's commitments for a year and the share met: appended, superseding the current
    /// version of the same measure and year (which is kept), unless unchanged. Whoever may change the plan's records
    /// may write them; the measure must be one of the plan's continuing measures.
    public func record(_ commitment: YearlyCommitment, plan: String, as principal: Principal) throws -> ProgressOutcome
    {
        try writing {
            try authorize(principal, .write, .planRecord, plan: plan)
            let actions = Dictionary(
                try store.list(Action.self, plan: plan).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            let problems = commitment.problems(actions: actions, path: "")
            guard problems.isEmpty else { throw ValidationError(source: "the commitment", problems: problems) }
            var given = commitment
            (given.recordedAt, given.recordedBy) = (nil, nil)
            return try store.append(given, plan: plan, by: author(principal))
        }
    }

    /// The current yearly commitments of a plan's continuing measures (superseded versions left out), optionally of
    /// one measure.
    public func commitments(plan: String, action: String? = nil, as principal: Principal) throws
        -> [YearlyCommitment]
    {
        try reading {
            try authorize(principal, .read, .planRecord, plan: plan)
            return try store.current(YearlyCommitment.self, plan: plan, where: "action", is: action)
        }
    }
}
