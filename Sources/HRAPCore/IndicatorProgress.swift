/// How far an indicator has come from its baseline towards its target at a reference date.
///
/// The one rule, used everywhere:
/// - progress = (latest − baseline) / (target − baseline), so it is positive when the value moves the right way for
///   either direction; the latest value is the newest current total on or before the reference date;
/// - expected = the share of the time from baseline date to target date that has passed (0–1, a straight line);
/// - status: `achieved` when progress ≥ 1 — `achievedLate` when no value reached the target by the target date;
///   otherwise `onTrack` when progress ≥ on-track share × expected,
///   `atRisk` when ≥ at-risk share × expected, else `offTrack` (shares set per framework, default 90 % and 70 %);
/// - `maintain` indicators are on track within 5 % of the target, at risk within 10 %, off track beyond;
/// - yes/no indicators are achieved (or achieved late, as above) when the latest answer is the target, off track once
///   the target date has passed
///   without it, at risk after half the period, on track before;
/// - qualitative indicators (a target in words) take the status the responsible officer last judged on or before the
///   reference date (achieved is `achievedLate` when judged so only after the target date); no judgement is `noData`;
/// - `noData` when there is no value by the reference date (never counted as 0), `notMeasurable` when the baseline or
///   the target is missing;
/// - retrogression: the latest value is worse than the value recorded before it, or for a first value the baseline
///   (``IndicatorChange/isBackwards``, the same rule with or without a target);
/// - `descriptive` for an indicator with direction `none`: its values are shown, it has no status to reach and never
///   goes backwards;
/// - stale: the latest value is older than the indicator's reporting frequency (``defaultFrequencyMonths`` when it
///   sets none) — the status then rests on old data, and the due list chases a new value — unless the indicator is
///   settled (``isSettled(_:facts:asOf:)``): a one-off with its value, or a milestone reached.
public struct IndicatorProgress: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case achieved, achievedLate = "achieved_late", onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track",
            noData = "no_data"
        case notMeasurable = "not_measurable"
        case descriptive
    }

    public let indicator: String
    public let status: Status
    public let latest: PlanFacts.Point?
    /// The latest judgement of a qualitative indicator on or before the reference date.
    public var judged: PlanFacts.JudgedPoint?
    /// Progress from baseline (0) to target (1); nil when it cannot be computed.
    public let progress: Double?
    /// The progress expected by the reference date on a straight line.
    public let expected: Double?
    public let retrogression: Bool
    /// The latest value is older than the indicator's reporting frequency.
    public var isStale = false

    /// The reporting frequency assumed for an indicator that sets none, in months.
    public static let defaultFrequencyMonths = 12

    /// Whether an indicator needs no further values at `asOf`: a one-off (``Indicator/isOneOff``) with a value, or a
    /// milestone reached — a yes/no indicator whose latest answer is its target, or a qualitative one last judged
    /// achieved. A later value that leaves the target (a reversal) makes it unsettled again, judged as usual.
    public static func isSettled(_ indicator: Indicator, facts: PlanFacts, asOf: CalendarDate) -> Bool {
        let latest = facts.series[indicator.code]?.last { $0.date <= asOf }
        let judged = facts.judged[indicator.code]?.last { $0.date <= asOf }
        if indicator.isOneOff { return latest != nil || judged != nil }
        switch indicator.valueType {
        case .yesNo: return latest.map { $0.value == indicator.targetValue } ?? false
        case .qualitative: return judged?.status == .achieved
        case .number: return false
        }
    }

    /// Whether a value dated `date` is stale at `asOf` for this indicator.
    public static func isStale(_ date: CalendarDate, of indicator: Indicator, asOf: CalendarDate) -> Bool {
        date.adding(months: indicator.frequencyMonths ?? defaultFrequencyMonths) < asOf
    }

    /// Computes the progress of an indicator, marking it stale when its latest value is older than its frequency.
    public static func of(
        _ indicator: Indicator, facts: PlanFacts, asOf: CalendarDate, onTrackShare: Double = 0.9,
        atRiskShare: Double = 0.7
    ) -> IndicatorProgress {
        var progress =
            indicator.valueType == .qualitative
            ? judgedStatus(indicator, facts: facts, asOf: asOf)
            : status(indicator, facts: facts, asOf: asOf, onTrackShare: onTrackShare, atRiskShare: atRiskShare)
        let latestDate = progress.latest?.date ?? progress.judged?.date
        progress.isStale =
            latestDate.map { isStale($0, of: indicator, asOf: asOf) } ?? false
            && !isSettled(indicator, facts: facts, asOf: asOf)
        return progress
    }

    /// The officer's latest judgement of a qualitative indicator by the reference date.
    private static func judgedStatus(_ indicator: Indicator, facts: PlanFacts, asOf: CalendarDate) -> IndicatorProgress
    {
        let judgements = (facts.judged[indicator.code] ?? []).filter { $0.date <= asOf }
        guard let latest = judgements.last else {
            return IndicatorProgress(
                indicator: indicator.code, status: .noData, latest: nil, progress: nil, expected: nil,
                retrogression: false)
        }
        let status: Status
        switch latest.status {
        case .achieved:
            let onTime =
                indicator.targetDate.map { target in
                    judgements.contains { $0.status == .achieved && $0.date <= target }
                } ?? true
            status = onTime ? .achieved : .achievedLate
        case .onTrack: status = .onTrack
        case .atRisk: status = .atRisk
        case .offTrack: status = .offTrack
        }
        // Retrogression: judged worse than the judgement before.
        let order: [Measurement.JudgedStatus] = [.offTrack, .atRisk, .onTrack, .achieved]
        func rank(_ status: Measurement.JudgedStatus) -> Double { Double(order.firstIndex(of: status) ?? 0) }
        let retrogression = IndicatorChange.isBackwards(
            IndicatorChange.Reading(date: latest.date, value: rank(latest.status)),
            after: judgements.dropLast().last.map { IndicatorChange.Reading(date: $0.date, value: rank($0.status)) },
            indicator)
        var progress = IndicatorProgress(
            indicator: indicator.code, status: status, latest: nil, progress: nil, expected: nil,
            retrogression: retrogression)
        progress.judged = latest
        return progress
    }

    private static func status(
        _ indicator: Indicator, facts: PlanFacts, asOf: CalendarDate, onTrackShare: Double = 0.9,
        atRiskShare: Double = 0.7
    ) -> IndicatorProgress {
        let values = (facts.series[indicator.code] ?? []).filter { $0.date <= asOf }
        guard let latest = values.last else {
            return IndicatorProgress(
                indicator: indicator.code, status: .noData, latest: nil, progress: nil, expected: nil,
                retrogression: false)
        }
        let readings = values.map {
            IndicatorChange.Reading(date: $0.date, value: $0.value, isNewMethod: $0.isNewMethod)
        }
        let retrogression =
            readings.last.map { last in
                IndicatorChange.isBackwards(
                    last, after: IndicatorChange.previous(before: last, in: readings, indicator), indicator)
            } ?? false
        guard indicator.direction != .descriptive else {
            return IndicatorProgress(
                indicator: indicator.code, status: .descriptive, latest: latest, progress: nil, expected: nil,
                retrogression: false)
        }
        guard let baseline = indicator.baselineValue, let baselineDate = indicator.baselineDate,
            let target = indicator.targetValue, let targetDate = indicator.targetDate
        else {
            return IndicatorProgress(
                indicator: indicator.code, status: .notMeasurable, latest: latest, progress: nil, expected: nil,
                retrogression: retrogression)
        }
        let span = Double(baselineDate.days(until: targetDate))
        let expected = span > 0 ? min(1, max(0, Double(baselineDate.days(until: asOf)) / span)) : 1
        let status: Status
        var progress: Double?
        // Achieved: the latest value meets the target; on time if a value by the target date met it too.
        func reached(_ value: Double) -> Bool {
            indicator.valueType == .yesNo ? value == target : (value - baseline) / (target - baseline) >= 1
        }
        let achieved: Status =
            values.contains { $0.date <= targetDate && reached($0.value) } ? .achieved : .achievedLate
        if indicator.valueType == .yesNo {
            progress = latest.value == target ? 1 : 0
            status =
                latest.value == target
                ? achieved : asOf >= targetDate ? .offTrack : expected >= 0.5 ? .atRisk : .onTrack
        } else if indicator.direction == .maintain || target == baseline {
            let tolerance = abs(target) * 0.05
            let distance = abs(latest.value - target)
            status = distance <= tolerance ? .onTrack : distance <= 2 * tolerance ? .atRisk : .offTrack
        } else {
            let value = (latest.value - baseline) / (target - baseline)
            progress = value.isFinite ? value : nil
            if value >= 1 {
                status = achieved
            } else if expected == 0 || value >= onTrackShare * expected {
                status = .onTrack
            } else {
                status = value >= atRiskShare * expected ? .atRisk : .offTrack
            }
        }
        return IndicatorProgress(
            indicator: indicator.code, status: status, latest: latest, progress: progress, expected: expected,
            retrogression: retrogression)
    }
}

/// Indicator statuses counted over a part of the plan (an action, objective, field or the whole plan).
///
/// Roll-ups count, they do not average: every status stays visible, and `noData` is never folded into another.
public struct ProgressRollUp: Equatable, Sendable {
    public private(set) var counts: [IndicatorProgress.Status: Int] = [:]

    /// The statuses of a set of indicators.
    public init(_ statuses: [IndicatorProgress.Status]) {
        for status in statuses { counts[status, default: 0] += 1 }
    }

    public var total: Int { counts.values.reduce(0, +) }

    /// Achieved (on time or late) or on track, over the indicators whose progress could be computed; nil when none could.
    public var shareOnTrack: Double? {
        let measurable = total - (counts[.noData] ?? 0) - (counts[.notMeasurable] ?? 0) - (counts[.descriptive] ?? 0)
        guard measurable > 0 else { return nil }
        return Double((counts[.achieved] ?? 0) + (counts[.achievedLate] ?? 0) + (counts[.onTrack] ?? 0))
            / Double(measurable)
    }
}
