import HRAPCore
import HRAPStore
import JSONCoding

/// What an annual report is built from: domain results only, public values only.
public struct AnnualReportData: Sendable {
    /// The plan's published data: its public file and the facts of its public values.
    public var published: PublicPlanData
    public var card: ScoreCard
    /// The latest score snapshot saved for the framework before the reference date: its levels by encouragement.
    public var previousLevels: [Int: Double]?
    public var previousAsOf: CalendarDate?
    /// The latest finalised peer round with a reference date on or before the report's.
    public var peer: AssessmentSummary?

    /// The plan file with public records only (``PlanFile/publicRecords()``), for the open data: put together at
    /// each call (``PublicPlanData/publicFile()``).
    public func publicFile() -> PlanFile { published.publicFile() }
    /// The plan's facts from its public current values (a value whose current version is private is left out, not
    /// replaced by the public version it superseded), over the public file without its measurements.
    public var facts: PlanFacts { published.facts }
    /// Every public version of each indicator's values (the public file's measurements), in row order, by code.
    public var values: [String: [Measurement]] { published.values }
    /// The indicators whose values changed since the data this was brought up to date from; nil when read whole.
    public var changedIndicators: Set<String>? { published.changedIndicators }
}

extension HRAPService {
    /// Everything the annual report of a plan for a year needs. A year outside the plan period is refused.
    ///
    /// With `previous` (this plan's data for the same reference date and framework, read before; other data is
    /// ignored), when only measurements were written since, the data is brought up to date from it: the indicators
    /// those values belong to are read anew, the score recomputed, the rest kept (``PublicPlanData``).
    public func annualReportData(
        plan: String, year: Int, asOf: CalendarDate, framework: String, as principal: Principal,
        updating previous: AnnualReportData? = nil
    ) throws -> AnnualReportData {
        return try reading {
            try authorize(principal, .read, .score, plan: plan)
            let framework = try self.framework(framework, as: principal)
            let previous = previous.flatMap {
                $0.card.plan == plan && $0.card.asOf == asOf && $0.card.framework.id == framework.id ? $0 : nil
            }
            let published = try store.publicData(plan: plan, updating: previous?.published)
            let period = published.facts.file.plan
            let last = (period.periodEnd ?? period.reviewDate ?? asOf).year
            guard year >= period.periodStart.first.year, year <= max(last, period.periodStart.first.year) else {
                throw ServiceError.yearOutsidePlan(year: year, first: period.periodStart.first.year, last: last)
            }
            let card = Scorer.score(published.facts, framework: framework, asOf: asOf)
            if let previous, published.changedIndicators != nil {
                var data = previous
                (data.published, data.card) = (published, card)
                return data
            }
            let snapshot = try snapshots(plan: plan, as: principal)
                .filter { $0.framework == card.framework.id && $0.asOf < asOf }.max { $0.asOf < $1.asOf }
            return AnnualReportData(
                published: published, card: card, previousLevels: snapshot.map(Self.levels),
                previousAsOf: snapshot?.asOf, peer: try latestPeerRound(plan: plan, by: asOf, as: principal))
        }
    }

    /// The encouragement levels a saved score card holds.
    private static func levels(_ snapshot: ScoreSnapshot) -> [Int: Double] {
        guard case .array(let rows)? = snapshot.card["encouragements"] else { return [:] }
        var levels: [Int: Double] = [:]
        for row in rows {
            guard case .integer(let number)? = row["number"] else { continue }
            switch row["level"] {
            case .number(let level)?: levels[Int(number)] = level
            case .integer(let level)?: levels[Int(number)] = Double(level)
            default: continue
            }
        }
        return levels
    }

    private func latestPeerRound(plan: String, by asOf: CalendarDate, as principal: Principal) throws
        -> AssessmentSummary?
    {
        let rounds = try roundStatuses(plan: plan, as: principal).map(\.round)
            .filter { $0.kind == .peer && $0.status == .finalised && $0.asOf <= asOf }
        guard let latest = rounds.max(by: { ($0.asOf, $0.version) < ($1.asOf, $1.version) }) else { return nil }
        return try roundView("\(latest.code)@\(latest.version)", plan: plan, as: principal).summary
    }
}
