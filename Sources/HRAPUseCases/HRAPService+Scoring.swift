import HRAPCore
import HRAPStore

extension HRAPService {
    /// The score card of a plan against a framework at a reference date: the published card, from public values
    /// only, whoever asks (anyone can reproduce it from the published data). `includingPrivate` asks for the internal
    /// card, which counts values marked private too and says so; only who may see private values may ask.
    public func score(
        plan: String, framework reference: String, asOf: CalendarDate, includingPrivate: Bool = false,
        as principal: Principal
    ) throws -> ScoreCard {
        return try reading {
            try authorize(principal, .read, .score, plan: plan)
            if includingPrivate { try authorize(principal, .read, .privateValues, plan: plan) }
            let framework = try framework(reference, as: principal)
            let facts = try store.facts(plan: plan, publicOnly: !includingPrivate)
            return Scorer.score(facts, framework: framework, asOf: asOf)
        }
    }

    /// The plan scored against the latest version of every framework, oldest framework first: the same facts on one
    /// snapshot, so that the cards compare.
    public func scoresAgainstEveryFramework(
        plan: String, asOf: CalendarDate, includingPrivate: Bool = false, as principal: Principal
    ) throws -> [ScoreCard] {
        return try reading {
            try authorize(principal, .read, .score, plan: plan)
            if includingPrivate { try authorize(principal, .read, .privateValues, plan: plan) }
            let latest = Dictionary(
                try frameworks(as: principal).map { ($0.id, $0) },
                uniquingKeysWith: { first, second in
                    (Int(second.version) ?? 0) > (Int(first.version) ?? 0) ? second : first
                })
            let facts = try store.facts(plan: plan, publicOnly: !includingPrivate)
            return latest.values.sorted { ($0.year, $0.id) < ($1.year, $1.id) }.map {
                Scorer.score(facts, framework: $0, asOf: asOf)
            }
        }
    }

    /// The data version a cached score of the plan must match (it grows with every write), once the principal may
    /// read the plan's score.
    public func scoreVersion(plan: String, as principal: Principal) throws -> Int64 {
        return try reading {
            try authorize(principal, .read, .score, plan: plan)
            return try store.dataVersion()
        }
    }

    /// The version of the data as a whole (it grows with every write): what caches of public pages are keyed by,
    /// asked on every page view. A write through this service is seen at once; a write by another process (the CLI
    /// beside a running server) within ``dataVersionReuse``, so that a view of a cached page reads nothing.
    public func dataVersion(as principal: Principal) throws -> Int64 {
        try authorize(principal, .read, .government)
        do { return try store.dataVersion(reusedFor: Self.dataVersionReuse) } catch {
            throw ServiceError.translating(error)
        }
    }

    /// How long ``dataVersion(as:)`` may go without reading while this service writes nothing.
    public static let dataVersionReuse = Duration.seconds(1)

    /// Saves a score card as an immutable snapshot; returns its id.
    public func saveSnapshot(_ card: ScoreCard, as principal: Principal) throws -> Int64 {
        return try writing {
            try authorize(principal, .write, .score, plan: card.plan)
            return try store.saveSnapshot(card, by: author(principal))
        }
    }

    /// The saved score snapshots of a plan, oldest first.
    public func snapshots(plan: String, as principal: Principal) throws -> [ScoreSnapshot] {
        return try reading {
            try authorize(principal, .read, .score, plan: plan)
            return try store.snapshots(plan: plan)
        }
    }

    /// The facts of a plan that progress and due lists are computed from: every value for a principal who may see
    /// private ones (the facts then say whether they count any, ``PlanFacts/includesPrivateValues``), public values
    /// only for anyone else.
    public func facts(plan: String, as principal: Principal) throws -> PlanFacts {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .score, plan: plan)
            return try store.facts(plan: plan, publicOnly: !seesPrivate)
        }
    }

    /// Indicator progress and measures with roll-ups per action, objective, field and plan at a reference date, and
    /// the same at an earlier date to compare with (from the same data, so the two differ only by date).
    public func progress(
        plan: String, asOf: CalendarDate, comparedWith earlier: CalendarDate? = nil, as principal: Principal
    ) throws -> (progress: PlanProgress, earlier: PlanProgress?, file: PlanFile) {
        return try reading {
            let facts = try facts(plan: plan, as: principal)
            return (PlanProgress(facts, asOf: asOf), earlier.map { PlanProgress(facts, asOf: $0) }, facts.file)
        }
    }

    /// The current status of every action at a reference date, by action code, with the date of the progress update
    /// it comes from (nil: the status recorded with the action). The one status every surface shows.
    public func actionStatuses(
        plan: String, asOf: CalendarDate, as principal: Principal
    ) throws -> [String: (status: Action.Status, since: CalendarDate?)] {
        return try reading {
            let facts = try facts(plan: plan, as: principal)
            return Dictionary(
                facts.file.actions.map { ($0.code, facts.currentStatus(of: $0, at: asOf)) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// The measures still active (planned, ongoing or delayed) at a date, in plan order.
    public func activeActions(plan: String, asOf: CalendarDate, as principal: Principal) throws -> [String] {
        return try reading {
            let facts = try facts(plan: plan, as: principal)
            return facts.file.actions.filter { facts.isActive($0, at: asOf) }.map(\.code)
        }
    }

    /// What is due or overdue at a reference date, by responsible unit, with the units' names; `updateDays` nil
    /// follows the plan's reporting rhythm (``DueList``).
    public func due(
        plan: String, asOf: CalendarDate, horizonDays: Int, updateDays: Int?, as principal: Principal
    ) throws -> (DueList, unitNames: [String: String]) {
        return try reading {
            let facts = try facts(plan: plan, as: principal)
            let names = Dictionary(
                facts.file.orgUnits.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            return (DueList(facts, asOf: asOf, horizonDays: horizonDays, updateDays: updateDays), names)
        }
    }
}
