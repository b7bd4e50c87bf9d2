extension Metric {
    /// The window used when a criterion names none, in days.
    public static let defaultWindowDays = 365

    /// Computes the metric for a plan at a reference date; `windowDays` applies to metrics that use a window.
    public func compute(_ facts: PlanFacts, asOf: CalendarDate, windowDays: Int? = nil) -> MetricResult {
        let file = facts.file
        let windowStart = asOf.adding(days: -(windowDays ?? Self.defaultWindowDays))
        func inWindow(_ date: CalendarDate) -> Bool { date > windowStart && date <= asOf }
        // Report criteria follow the plan's own reporting rhythm when it sets one (a biennial report every 24 months).
        let rhythm = file.plan.reportingIntervalMonths.map(Self.days(inMonths:))
        let reportWindowStart = rhythm.map { asOf.adding(days: -$0) } ?? windowStart
        func inReportWindow(_ date: CalendarDate) -> Bool { date > reportWindowStart && date <= asOf }
        switch self {
        case .planAdoptedByCouncil:
            return formalAdoption(file, asOf: asOf)
        case .indicatorsWithBaseline:
            // A yes/no indicator whose baseline is "no" says only that the thing did not exist yet: it is no evidence of
            // a baseline study either way, so it is left out; so is a qualitative indicator, which has no numbers.
            let judged = file.indicators.filter {
                !($0.valueType == .yesNo && $0.baselineValue == 0) && $0.valueType != .qualitative
            }
            return share(judged, "indicators") { $0.baselineValue != nil && $0.baselineDate != nil }
        case .objectivesLinkedToStandard:
            return share(facts.objectiveUnits, "objectives") { !facts.standards(of: $0).isEmpty }
        case .objectivesLinkedToSDG:
            let sdg = Set(file.standards.filter { $0.type == .sdgTarget }.map(\.code))
            return share(facts.objectiveUnits, "objectives") { facts.standards(of: $0).contains(where: sdg.contains) }
        case .objectivesLinkedToNational:
            // Above the government's own level: a region's laws count for a municipality or district, not for the
            // region itself.
            var kinds: Set<StandardReference.Kind> = [.nationalLaw, .nationalPlanItem, .regionalInstrument]
            if file.government.level != .region { kinds.insert(.regionalLaw) }
            let national = Set(file.standards.filter { kinds.contains($0.type) }.map(\.code))
            return share(facts.objectiveUnits, "objectives") {
                facts.standards(of: $0).contains(where: national.contains)
            }
        case .participationPhases:
            let events = file.participationEvents.filter { $0.date <= asOf }
            let phases = Set(events.map(\.phase))
            let missing = ParticipationEvent.Phase.allCases.filter { !phases.contains($0) }.map(\.rawValue)
            return .count(phases.count, failing: missing, note: Message("metric.events", ["count": "\(events.count)"]))
        case .stakeholderGroups:
            let groups = Self.distinctNames(
                file.participationEvents.filter { $0.date <= asOf }.flatMap(\.stakeholderGroups))
            return .count(
                groups.count,
                note: Message("metric.stakeholder_groups", ["groups": groups.sorted().joined(separator: ", ")]))
        case .objectivesWithOutcomeIndicator:
            return share(facts.objectiveUnits, "objectives") { objective in
                facts.indicators(of: objective).contains { $0.type == .outcome }
            }
        case .indicatorsComplete:
            return indicatorsComplete(facts, asOf: asOf, inWindow: inWindow)
        case .actionsWithLeadAndDates:
            // A continuing measure's timeline is its yearly commitments: it needs no end date.
            return share(file.measures, "actions") {
                $0.leadUnit != nil && $0.startDate != nil && ($0.endDate != nil || $0.isContinuing)
            }
        case .activeActionsOverdue:
            // A continuing measure is never overdue; it is behind when it met less than 80 % of its commitments in the
            // last year assessed by the reference date (``CommitmentRollUp``).
            let active = file.measures.filter { facts.isActive($0, at: asOf) }
            let overdue = active.filter { facts.isOverdue($0, at: asOf) || facts.isBehind($0, at: asOf) }
            return .share(
                overdue.count, of: active.count, failing: overdue.map(\.code),
                note: Message(
                    "metric.overdue_actions", ["overdue": "\(overdue.count)", "active": "\(active.count)"]))
        case .activeActionsBudgeted:
            return activeActionsBudgeted(facts, asOf: asOf)
        case .budgetExecutionRate:
            let year = asOf.year - 1
            let lines = file.budgetLines.filter { $0.fiscalYear == year }
            let reported = lines.filter { $0.spent != nil && $0.allocated != nil }
            let allocated = reported.compactMap(\.allocated).reduce(0, +),
                spent = reported.compactMap(\.spent).reduce(0, +)
            let missing = lines.filter { $0.spent == nil || $0.allocated == nil }
                .map { "\($0.fundedLabel) (\($0.fundingSource.rawValue))" }
            return MetricResult(
                value: allocated > 0 ? spent / allocated : nil, numerator: spent, denominator: allocated,
                failing: missing,
                note: allocated > 0
                    ? Message("metric.budget_execution", ["year": "\(year)", "missing": "\(missing.count)"])
                    : Message("metric.no_allocation", ["year": "\(year)"]))
        case .indicatorsDisaggregated:
            return share(file.indicators, "indicators") { !$0.disaggregation.isEmpty }
        case .disaggregatedDataReported:
            let declared = file.indicators.filter { !$0.disaggregation.isEmpty }
            return share(declared, "indicators broken down by a ground") { indicator in
                facts.disaggregatedDates[indicator.code]?.contains(where: inWindow) ?? false
            }
        case .monitoringMeetings:
            let monitoring = file.bodies.filter { $0.roles.contains(.monitoring) }
            let meetings = monitoring.flatMap { body in body.meetings.filter { inWindow($0.date) } }
            let silent = monitoring.filter { body in !body.meetings.contains { inWindow($0.date) } }
            return .count(
                meetings.count, failing: silent.map(\.code),
                note: Message("metric.meetings_since", ["date": "\(windowStart)"]))
        case .externalMemberShare:
            let bodies = file.bodies.filter { $0.roles != [.coordinating] }
            let counted = bodies.filter { $0.internalMembers != nil || $0.externalMembers != nil }
            let external = counted.reduce(0) { $0 + ($1.externalMembers ?? 0) }
            let total = counted.reduce(0) { $0 + ($1.externalMembers ?? 0) + ($1.internalMembers ?? 0) }
            let unknown = bodies.filter { $0.internalMembers == nil && $0.externalMembers == nil }.map(\.code)
            return .share(external, of: total, failing: unknown, note: Message("metric.external_members"))
        case .reportsInWindow:
            return reportsOnTime(file, asOf: asOf)
        case .daysSinceLastReport:
            guard let last = file.reports.map(\.date).filter({ $0 <= asOf }).max() else {
                return MetricResult(
                    value: nil, numerator: nil, denominator: nil, failing: [file.plan.code],
                    note: Message("metric.no_report"))
            }
            let days = last.days(until: asOf)
            guard let rhythm, let months = file.plan.reportingIntervalMonths else {
                return MetricResult(
                    value: Double(days), numerator: Double(days), denominator: nil, failing: [],
                    note: Message("metric.last_report", ["date": "\(last)"]))
            }
            // Days on a yearly scale: as late (or early) against the plan's rhythm as the plan is against its own.
            let yearly = max(0, days - rhythm + Self.defaultWindowDays)
            return MetricResult(
                value: Double(yearly), numerator: Double(days), denominator: nil, failing: [],
                note: Message(
                    "metric.last_report_rhythm", ["date": "\(last)", "days": "\(days)", "months": "\(months)"]))
        case .reportsToElectedBody:
            return share(file.reports.filter { inReportWindow($0.date) }, "reports in the window") {
                $0.reachedElectedBody
            }
        case .accessibleReports:
            return share(file.reports.filter { inReportWindow($0.date) }, "reports in the window") {
                $0.easyRead || Set($0.languages.map(FieldCodec<String>.primaryLanguage)).count >= 2
            }
        case .evaluationsDone:
            return .count(
                file.evaluations.filter { $0.date <= asOf && !$0.ofPredecessor }.count,
                note: Message("metric.evaluations_by", ["date": "\(asOf)"]))
        case .predecessorEvaluations:
            let learnt = file.evaluations.filter { $0.date <= asOf && $0.ofPredecessor }
            return .count(
                learnt.count,
                note: Message(
                    "metric.predecessor_evaluations",
                    ["predecessor": file.plan.predecessor ?? file.plan.predecessorTitle ?? "–"]))
        case .recommendationsAnswered:
            let recommendations = file.evaluations.filter { $0.date <= asOf }.flatMap { evaluation in
                evaluation.recommendations.map {
                    (label: "\(evaluation.code)/\($0.code)", answered: $0.response != nil)
                }
            }
            let open = recommendations.filter { !$0.answered }.map(\.label)
            return .share(
                recommendations.count - open.count, of: recommendations.count, failing: open,
                note: Message("metric.recommendations_answered"))
        case .actionsApplyingHRBA:
            return share(file.measures, "actions") { !$0.principles.isEmpty }
        case .networkMemberships:
            let networks = Self.distinctNames(file.government.networks)
            return .count(
                networks.count, note: Message("metric.networks", ["networks": networks.joined(separator: ", ")]))
        }
    }

    /// Active actions within the city's competence that have money in the year: a line of their own, or a package for
    /// their field of action or for the whole plan (cities often fund a field or the plan as one budget item).
    private func activeActionsBudgeted(_ facts: PlanFacts, asOf: CalendarDate) -> MetricResult {
        let file = facts.file
        let lines = file.budgetLines.filter { $0.fiscalYear == asOf.year }
        let own = Set(lines.compactMap(\.action))
        let packagedFields = Set(lines.filter { $0.action == nil }.compactMap(\.field))
        let planPackage = lines.contains { $0.action == nil && $0.field == nil }
        let due = file.measures.filter { action in
            facts.isActive(action, at: asOf) && action.competence != .advocacyOnly
                && (action.startDate.map { $0.first.year <= asOf.year } ?? true)
        }
        let packaged = due.filter { action in
            !own.contains(action.code)
                && (planPackage || file.fieldCode(of: action).map(packagedFields.contains) == true)
        }
        let covered = own.union(packaged.map(\.code))
        let unbudgeted = due.filter { !covered.contains($0.code) }
        let note =
            packaged.isEmpty
            ? Message("metric.budget_lines_for_year", ["year": "\(asOf.year)"])
            : Message("metric.budget_lines_or_package", ["year": "\(asOf.year)", "packaged": "\(packaged.count)"])
        return .share(due.count - unbudgeted.count, of: due.count, failing: unbudgeted.map(\.code), note: note)
    }

    /// Months as days, a year being 365 days (24 months are 730 days).
    public static func days(inMonths months: Int) -> Int {
        months * 365 / 12
    }

    /// Names as counted: case and spacing do not make another group or network (`Young people ` = `young  people`);
    /// each is kept as first written.
    public static func distinctNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { name in
            seen.insert(name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")).inserted
        }.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    private func share<Item: Record>(_ items: [Item], _ what: String, passes: (Item) -> Bool) -> MetricResult {
        let failing = items.filter { !passes($0) }
        let codes = failing.map { item in Item.schema.field(named: "code")?.get(item)?.string ?? "" }
        return .share(
            items.count - failing.count, of: items.count, failing: codes,
            note: Message(
                "metric.share_of",
                ["passing": "\(items.count - failing.count)", "total": "\(items.count)", "items": what]))
    }

    /// Formal adoption by the reference date, read against the government's level: a municipality's or district's
    /// plan by its council (1); a region's by its parliament or council (1), or by its executive after a public
    /// consultation — a participation event in the diagnosis or drafting phase on or before the adoption (1; 0.5
    /// without one). Anything else, or no adoption by then, is 0.
    private func formalAdoption(_ file: PlanFile, asOf: CalendarDate) -> MetricResult {
        let plan = file.plan
        guard let adopter = plan.adoptedBy, let date = plan.adoptionDate, date <= asOf else {
            return MetricResult(
                value: 0, numerator: 0, denominator: 1, failing: [plan.code],
                note: Message("metric.not_adopted_by_council", ["date": "\(asOf)"]))
        }
        let consulted = file.participationEvents.contains { event in
            (event.phase == .diagnosis || event.phase == .drafting) && event.date <= date
        }
        let value: Double =
            switch (file.government.level, adopter) {
            case (_, .council), (.region, .parliament): 1
            case (.region, .executive): consulted ? 1 : 0.5
            default: 0
            }
        let note =
            value == 0
            ? Message(
                "metric.adopted_by_other", ["adopter": adopter.rawValue, "level": file.government.level.rawValue])
            : Message(
                "metric.adopted_by", ["adopter": adopter.rawValue, "consultation": consulted ? "after" : "without"])
        return MetricResult(
            value: value, numerator: value, denominator: 1, failing: value == 1 ? [] : [plan.code], note: note)
    }

    /// The reports covering the last reporting period whose report is due (``ReportingCalendar``), published within
    /// the grace after it ended: the same for every reference date until the next period's report is due, so the
    /// index does not follow the day a report reaches the council.
    private func reportsOnTime(_ file: PlanFile, asOf: CalendarDate) -> MetricResult {
        let calendar = ReportingCalendar(file.plan)
        guard let period = calendar.lastDuePeriod(asOf: asOf) else {
            return .count(0, note: Message("metric.no_report_due", ["date": "\(calendar.end(of: 0))"]))
        }
        let onTime = file.reports.filter { report in
            calendar.covered(by: report) == period.end && report.date <= min(asOf, period.deadline)
        }
        return .count(
            onTime.count,
            failing: onTime.isEmpty ? ["\(period.start)–\(period.end)"] : [],
            note: Message(
                "metric.reports_covering",
                ["start": "\(period.start)", "end": "\(period.end)", "deadline": "\(period.deadline)"]))
    }

    /// Indicators per objective at most, when judging completeness: adding more cannot raise a share.
    public static let indicatorsCountedPerObjective = 3

    /// The completeness of each objective's indicators (at most three: outcome first, then in the order recorded, so
    /// that indicators added later cannot push others out; outcome counted twice): baseline, target and a value in the
    /// window (or, settled, any value) — for a qualitative indicator, its target in words and a judgement in the window;
    /// averaged over objectives so that no objective outweighs another; an objective without indicators counts 0.
    private func indicatorsComplete(_ facts: PlanFacts, asOf: CalendarDate, inWindow: (CalendarDate) -> Bool)
        -> MetricResult
    {
        let objectives = facts.objectiveUnits
        guard !objectives.isEmpty else { return .share(0, of: 0, failing: [], note: Message("metric.no_objectives")) }
        var total = 0.0
        var failing: [String] = []
        let order: [Indicator.Kind] = [.outcome, .process, .structural]
        for objective in objectives {
            let counted = facts.indicators(of: objective).enumerated()
                .sorted {
                    (order.firstIndex(of: $0.element.type) ?? 3, $0.offset) < (
                        order.firstIndex(of: $1.element.type) ?? 3, $1.offset
                    )
                }
                .prefix(Self.indicatorsCountedPerObjective).map(\.element)
            guard !counted.isEmpty else {
                failing.append("objective \(objective.code): no indicator")
                continue
            }
            var weight = 0.0, complete = 0.0
            for indicator in counted {
                let w = indicator.type == .outcome ? 2.0 : 1.0
                weight += w
                // A settled indicator (a one-off with its value, a milestone reached) keeps its value: it needs none in
                // the window. A descriptive one (direction none) has no target to have.
                let settled = IndicatorProgress.isSettled(indicator, facts: facts, asOf: asOf)
                let hasValue = facts.series[indicator.code]?.contains { inWindow($0.date) || settled } ?? false
                let hasJudgement = facts.judged[indicator.code]?.contains { inWindow($0.date) || settled } ?? false
                let hasTarget = indicator.direction == .descriptive || indicator.targetValue != nil
                if indicator.valueType == .qualitative
                    ? indicator.targetText != nil && hasJudgement
                    : indicator.baselineValue != nil && hasTarget && hasValue
                {
                    complete += w
                } else {
                    failing.append(indicator.code)
                }
            }
            total += complete / weight
        }
        return MetricResult(
            value: total / Double(objectives.count), numerator: total, denominator: Double(objectives.count),
            failing: failing,
            note: Message("metric.mean_completeness", ["count": "\(objectives.count)"]))
    }
}
