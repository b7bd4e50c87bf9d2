/// A plan's reporting periods: from the first day of the month its period starts, one period every
/// `reporting_interval_months` (12 when it sets none). A report covers the period that ends at its `period_end`, or —
/// when it names none — the last period that ended before its publication, so a January report covers the year before.
/// A period's report is on time when published within ``graceMonths`` of the period's end.
public struct ReportingCalendar: Sendable, Equatable {
    /// How long after a period ends its report may come and still count for it: six months, for follow-ups that
    /// reach the council or cabinet in the first months of the next year.
    public static let graceMonths = 6

    /// The first day of the first period.
    public let start: CalendarDate
    public let months: Int

    /// The calendar of a plan.
    public init(_ plan: Plan) {
        let first = plan.periodStart.first
        start = CalendarDate(year: first.year, month: first.month, day: 1) ?? first
        months = max(plan.reportingIntervalMonths ?? 12, 1)
    }

    /// The last day of period `index` (0 is the first).
    public func end(of index: Int) -> CalendarDate {
        start.adding(months: (index + 1) * months).adding(days: -1)
    }

    /// The period a report covers, as its last day: its `period_end`, or the last period end before its date.
    public func covered(by report: ProgressReport) -> CalendarDate? {
        report.periodEnd ?? lastEnd(before: report.date)
    }

    /// The last period whose report is due by `asOf` (its end plus the grace before it), as its first and last day;
    /// nil while the first period's report is not yet due.
    public func lastDuePeriod(asOf: CalendarDate) -> (start: CalendarDate, end: CalendarDate, deadline: CalendarDate)? {
        var index = 0
        guard end(of: 0).adding(months: Self.graceMonths) <= asOf else { return nil }
        while end(of: index + 1).adding(months: Self.graceMonths) <= asOf { index += 1 }
        let first = index == 0 ? start : end(of: index - 1).adding(days: 1)
        return (first, end(of: index), end(of: index).adding(months: Self.graceMonths))
    }

    /// The end of the last period that ended before `date`.
    private func lastEnd(before date: CalendarDate) -> CalendarDate? {
        guard end(of: 0) < date else { return nil }
        var index = 0
        while end(of: index + 1) < date { index += 1 }
        return end(of: index)
    }
}
