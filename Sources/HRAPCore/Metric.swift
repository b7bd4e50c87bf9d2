/// What a metric found: its value (nil when there is no data to compute it), the numerator and denominator it came
/// from, and the items that fail it — the to-do list behind every score.
public struct MetricResult: Equatable, Sendable {
    public var value: Double?
    public var numerator: Double?
    public var denominator: Double?
    /// Codes or names of what fails, e.g. the actions without a budget line.
    public var failing: [String]
    /// How the value was found, in a few words (a message key with parameters).
    public var note: Message

    /// A share: numerator over denominator, or no data when the denominator is 0.
    static func share(_ passing: Int, of total: Int, failing: [String], note: Message) -> MetricResult {
        MetricResult(
            value: total == 0 ? nil : Double(passing) / Double(total), numerator: Double(passing),
            denominator: Double(total),
            failing: failing, note: total == 0 ? note.noData : note)
    }

    /// A count.
    static func count(_ count: Int, failing: [String] = [], note: Message) -> MetricResult {
        MetricResult(value: Double(count), numerator: Double(count), denominator: nil, failing: failing, note: note)
    }
}

/// The metrics frameworks can name in their criteria. Each reads ``PlanFacts`` at a reference date.
public enum Metric: String, CaseIterable, Sendable {
    case planAdoptedByCouncil = "plan_adopted_by_council"
    case indicatorsWithBaseline = "indicators_with_baseline"
    case objectivesLinkedToStandard = "objectives_linked_to_standard"
    case objectivesLinkedToSDG = "objectives_linked_to_sdg"
    case objectivesLinkedToNational = "objectives_linked_to_national"
    case participationPhases = "participation_phases"
    case stakeholderGroups = "stakeholder_groups"
    case objectivesWithOutcomeIndicator = "objectives_with_outcome_indicator"
    case indicatorsComplete = "indicators_complete"
    case actionsWithLeadAndDates = "actions_with_lead_and_dates"
    case activeActionsOverdue = "active_actions_overdue"
    case activeActionsBudgeted = "active_actions_budgeted"
    case budgetExecutionRate = "budget_execution_rate"
    case indicatorsDisaggregated = "indicators_disaggregated"
    case disaggregatedDataReported = "disaggregated_data_reported"
    case monitoringMeetings = "monitoring_meetings"
    case externalMemberShare = "external_member_share"
    case reportsInWindow = "reports_in_window"
    case daysSinceLastReport = "days_since_last_report"
    case accessibleReports = "accessible_reports"
    case reportsToElectedBody = "reports_to_elected_body"
    case evaluationsDone = "evaluations_done"
    case predecessorEvaluations = "predecessor_evaluations"
    case recommendationsAnswered = "recommendations_answered"
    case actionsApplyingHRBA = "actions_applying_hrba"
    case networkMemberships = "network_memberships"

    /// The section of the plan whose records' codes ``MetricResult/failing`` lists, where the city can open them and
    /// fix them; nil where the failing items are periods, phases or the plan itself.
    public var subject: String? {
        switch self {
        case .indicatorsWithBaseline, .indicatorsComplete, .indicatorsDisaggregated, .disaggregatedDataReported:
            "indicators"
        case .objectivesLinkedToStandard, .objectivesLinkedToSDG, .objectivesLinkedToNational,
            .objectivesWithOutcomeIndicator:
            "objectives"
        case .actionsWithLeadAndDates, .activeActionsOverdue, .activeActionsBudgeted, .actionsApplyingHRBA: "actions"
        case .monitoringMeetings: "bodies"
        default: nil
        }
    }

    /// The metric whose absence leaves this one without anything to compute from: no evaluation, no recommendation to
    /// answer; no disaggregated indicator, nothing reported by group; no budgeted action, no execution rate.
    public var prerequisite: Metric? {
        switch self {
        case .recommendationsAnswered: .evaluationsDone
        case .disaggregatedDataReported: .indicatorsDisaggregated
        case .budgetExecutionRate: .activeActionsBudgeted
        default: nil
        }
    }

    /// What the value measures.
    public enum Scale: Sendable {
        /// A share from 0 to 1.
        case share
        /// A whole number from 0 up.
        case count
        /// A number of days (lower is better).
        case days
    }

    public var scale: Scale {
        switch self {
        case .participationPhases, .stakeholderGroups, .monitoringMeetings, .reportsInWindow, .evaluationsDone,
            .predecessorEvaluations, .networkMemberships:
            .count
        case .daysSinceLastReport: .days
        default: .share
        }
    }

    /// Whether lower values are better (thresholds then decrease).
    public var lowerIsBetter: Bool { self == .activeActionsOverdue || self == .daysSinceLastReport }

    /// Whether the metric reads a window of time (the criterion's `window_days`, 365 by default).
    public var usesWindow: Bool {
        switch self {
        case .indicatorsComplete, .disaggregatedDataReported, .monitoringMeetings, .reportsInWindow, .accessibleReports,
            .reportsToElectedBody:
            true
        default: false
        }
    }

    /// The values the metric can take.
    public var range: ClosedRange<Double> {
        switch scale {
        case .share: 0...1
        case .count, .days: 0...Double(Int32.max)
        }
    }

    /// One line for `hrap framework metrics`.
    public var summary: String {
        switch self {
        case .planAdoptedByCouncil:
            "1 if the plan was formally adopted by the reference date: by the council; for a region, by its parliament, or by its executive after a consultation (0.5 without one); else 0"
        case .indicatorsWithBaseline: "share of indicators with a baseline value and date"
        case .objectivesLinkedToStandard: "share of objectives citing at least one standard"
        case .objectivesLinkedToSDG: "share of objectives citing an SDG target"
        case .objectivesLinkedToNational:
            "share of objectives citing a national law or plan item, or a regional instrument"
        case .participationPhases: "phases of the policy cycle with a participation event (0–5)"
        case .stakeholderGroups: "distinct stakeholder groups that took part"
        case .objectivesWithOutcomeIndicator: "share of objectives with an outcome indicator"
        case .indicatorsComplete:
            "mean over objectives of their indicators with baseline, target and a value in the window (at most 3 per objective: outcome first, then as recorded; outcome counted twice)"
        case .actionsWithLeadAndDates:
            "share of actions with a lead unit, a start and an end date (a continuing measure needs no end date)"
        case .activeActionsOverdue:
            "share of active actions past their end date, or, continuing, below 80 % of their last assessed year's commitments (lower is better)"
        case .activeActionsBudgeted:
            "share of active actions (not advocacy only) with a budget line for the reference year"
        case .budgetExecutionRate: "spent over allocated in the last complete fiscal year"
        case .indicatorsDisaggregated: "share of indicators broken down by at least one ground"
        case .disaggregatedDataReported: "share of those indicators with a disaggregated value in the window"
        case .monitoringMeetings: "meetings of monitoring bodies in the window"
        case .externalMemberShare: "external members over all members of monitoring and advisory bodies"
        case .reportsInWindow:
            "reports covering the last reporting period due, published within 6 months of its end (the window is the plan's reporting interval, not window_days)"
        case .daysSinceLastReport: "days since the last progress report (lower is better)"
        case .accessibleReports: "share of reports in the window in easy read or in two or more languages"
        case .reportsToElectedBody:
            "share of reports in the window presented to an elected body (the council or a parliament), to which the executive answers"
        case .evaluationsDone: "evaluations of the plan completed by the reference date"
        case .predecessorEvaluations:
            "evaluations of the predecessor plan the plan builds on, recorded with it (of_predecessor)"
        case .recommendationsAnswered: "share of evaluation recommendations with a response"
        case .actionsApplyingHRBA: "share of actions naming at least one human rights-based approach principle"
        case .networkMemberships: "city networks the government belongs to"
        }
    }
}
