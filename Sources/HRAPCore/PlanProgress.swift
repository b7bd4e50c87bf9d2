/// The progress of a whole plan at a reference date: every indicator's status, action statuses, and roll-ups.
///
/// Roll-up rule: a part of the plan counts the statuses of the indicators attached to it and to everything below it
/// (an objective: its own indicators and its actions'; a field: its objectives'; the plan: all).
public struct PlanProgress: Sendable {
    /// An action's status at the reference date (from its latest update) and whether it is overdue.
    public struct ActionState: Sendable, Equatable {
        public let action: String
        public let status: Action.Status
        /// Active (planned, ongoing or delayed) and past its end date, or, without one, past the end of the plan.
        public let isOverdue: Bool
        /// The date of the latest progress update on or before the reference date.
        public let lastUpdate: CalendarDate?
        /// Completed by an update dated after its deadline (its end date, or the plan's end).
        public var isCompletedLate = false
        /// When it is due (``PlanFacts/deadline(of:)``); nil for an open-ended action of an open-ended plan.
        public var deadline: CalendarDate?
        /// A programme without completion, judged by its yearly commitments (``Action/isContinuing``).
        public var isContinuing = false
        /// For a continuing measure after its plan's deadline: whether a successor plan continues it (carried over)
        /// or not (not concluded); nil while the plan runs.
        public var carriedOver: Bool?
    }

    public let asOf: CalendarDate
    public let indicators: [String: IndicatorProgress]
    public let actions: [String: ActionState]
    let facts: PlanFacts

    /// Whether the progress counts values marked private (internal figures, not for publication).
    public var includesPrivateValues: Bool { facts.includesPrivateValues }

    /// Computes the progress of every indicator and action.
    public init(_ facts: PlanFacts, asOf: CalendarDate, onTrackShare: Double = 0.9, atRiskShare: Double = 0.7) {
        self.facts = facts
        self.asOf = asOf
        indicators = Dictionary(
            facts.file.indicators.map { indicator in
                (
                    indicator.code,
                    IndicatorProgress.of(
                        indicator, facts: facts, asOf: asOf, onTrackShare: onTrackShare, atRiskShare: atRiskShare)
                )
            }, uniquingKeysWith: { first, _ in first })
        actions = Dictionary(
            facts.file.actions.map { action in
                let last = facts.progressUpdates.filter { $0.action == action.code && $0.date <= asOf }.map(\.date)
                    .max()
                let overdue = facts.isOverdue(action, at: asOf)
                let current = facts.currentStatus(of: action, at: asOf)
                var state = ActionState(
                    action: action.code, status: current.status, isOverdue: overdue, lastUpdate: last)
                state.deadline = facts.deadline(of: action)
                state.isContinuing = action.isContinuing
                if action.isContinuing, let end = facts.planDeadline, end < asOf {
                    state.carriedOver = facts.carriedOver.contains(action.code)
                }
                if current.status == .completed, let since = current.since, let deadline = facts.deadline(of: action) {
                    state.isCompletedLate = since > deadline
                }
                return (action.code, state)
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The objectives, and the fields standing in for one (``PlanFacts/objectiveUnits``).
    public var objectiveUnits: [Objective] { facts.objectiveUnits }

    /// The roll-up of the indicators attached to an action.
    public func rollUp(action code: String) -> ProgressRollUp {
        ProgressRollUp(facts.file.indicators.filter { $0.action == code }.compactMap { indicators[$0.code]?.status })
    }

    /// The roll-up of an objective: its own indicators and those of its actions.
    public func rollUp(objective: Objective) -> ProgressRollUp {
        ProgressRollUp(facts.indicators(of: objective).compactMap { indicators[$0.code]?.status })
    }

    /// The roll-up of a field of action: the indicators of its objectives.
    public func rollUp(field code: String) -> ProgressRollUp {
        ProgressRollUp(
            facts.objectiveUnits.filter { $0.field == code }.flatMap { facts.indicators(of: $0) }.compactMap {
                indicators[$0.code]?.status
            })
    }

    /// The roll-up of the whole plan.
    public var plan: ProgressRollUp { ProgressRollUp(facts.file.indicators.compactMap { indicators[$0.code]?.status }) }
}
