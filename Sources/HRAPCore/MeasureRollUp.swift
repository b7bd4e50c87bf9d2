/// How many measures (actions) of a part of the plan stand where at a reference date — the headline of most municipal
/// monitoring reports ("18 of 35 measures implemented"). Counts, never averages; every action counts once.
public struct MeasureRollUp: Equatable, Sendable {
    /// Where a measure stands. An active measure past its end date is overdue, whatever its last update says; a
    /// measure completed by an update dated after its deadline is completed late. A continuing measure (a programme
    /// without completion) that is neither completed nor cancelled is *continuing*: judged by its yearly commitments
    /// (``CommitmentRollUp``), never implemented nor overdue; once its plan has ended it is *carried over* when a
    /// successor plan continues it, else *not concluded*.
    public enum Standing: String, CaseIterable, Sendable {
        case completed, completedLate = "completed_late", ongoing, planned, delayed, overdue, cancelled, continuing
        case carriedOver = "carried_over"
        case notConcluded = "not_concluded"
    }

    public private(set) var counts: [Standing: Int] = [:]

    /// The standings of a set of measures.
    public init(_ standings: [Standing]) {
        for standing in standings { counts[standing, default: 0] += 1 }
    }

    /// Measures counted.
    public var total: Int { counts.values.reduce(0, +) }

    /// Measures completed, on time or late.
    public var implemented: Int { (counts[.completed] ?? 0) + (counts[.completedLate] ?? 0) }

    /// The share of measures completed, on time or late; nil for a part of the plan without measures.
    public var implementedShare: Double? {
        total == 0 ? nil : Double(implemented) / Double(total)
    }

    /// The share of measures in a standing; nil for a part of the plan without measures.
    public func share(_ standing: Standing) -> Double? {
        total == 0 ? nil : Double(counts[standing] ?? 0) / Double(total)
    }

    /// The standing of an action state.
    public static func standing(of state: PlanProgress.ActionState) -> Standing {
        if state.isOverdue { return .overdue }
        if state.isContinuing, state.status != .completed, state.status != .cancelled {
            return state.carriedOver.map { $0 ? .carriedOver : .notConcluded } ?? .continuing
        }
        switch state.status {
        case .completed: return state.isCompletedLate ? .completedLate : .completed
        case .ongoing: return .ongoing
        case .planned: return .planned
        case .delayed: return .delayed
        case .cancelled: return .cancelled
        }
    }
}

extension PlanProgress {
    /// The measures of an objective.
    public func measures(objective code: String) -> MeasureRollUp {
        measures(of: facts.measures(ofUnit: code))
    }

    /// The measures of a field of action: those of its objectives.
    public func measures(field code: String) -> MeasureRollUp {
        measures(of: facts.measures(ofField: code))
    }

    /// The measures of the whole plan.
    public var measures: MeasureRollUp { measures(of: facts.file.measures) }

    private func measures(of actions: [Action]) -> MeasureRollUp {
        MeasureRollUp(actions.compactMap { self.actions[$0.code].map(MeasureRollUp.standing) })
    }

    /// What changed for measures between an earlier progress and this one: measures that became completed, and
    /// measures that became overdue, in plan order.
    public func changes(since earlier: PlanProgress) -> (completed: [String], overdue: [String]) {
        var completed: [String] = [], overdue: [String] = []
        for action in facts.file.measures {
            guard let now = actions[action.code].map(MeasureRollUp.standing) else { continue }
            let before = earlier.actions[action.code].map(MeasureRollUp.standing)
            let done: Set<MeasureRollUp.Standing> = [.completed, .completedLate]
            if let now = Optional(now), done.contains(now), !(before.map(done.contains) ?? false) {
                completed.append(action.code)
            }
            if now == .overdue, before != .overdue { overdue.append(action.code) }
        }
        return (completed, overdue)
    }
}
