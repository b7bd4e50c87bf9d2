import HRAPCore
import Testing

/// Reports count for the period they cover, when they come within six months of its end: the index no longer
/// alternates with the month a follow-up reaches the council.
@Suite struct ReportingCalendarTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }

    /// A plan from 2023-01-01 (yearly unless told), with reports published on the given dates.
    private func facts(_ published: [(String, String?)], interval: Int? = nil, start: String = "2023-01-01")
        -> PlanFacts
    {
        var file = PlanFile()
        (file.plan.code, file.plan.reportingIntervalMonths) = ("p", interval)
        file.plan.periodStart = CalendarDate(partial: start) ?? day(start)
        file.reports = published.enumerated().map { index, report in
            var progress = ProgressReport()
            (progress.code, progress.title, progress.date) = ("R\(index)", "Report", day(report.0))
            progress.periodEnd = report.1.map(day)
            return progress
        }
        return PlanFacts(file: file)
    }

    private func reports(_ facts: PlanFacts, _ asOf: String) -> Double? {
        Metric.reportsInWindow.compute(facts, asOf: day(asOf)).value
    }

    /// Follow-ups in January: for 2023 on 2024-01-30, for 2024 on 2025-02-12. Every date from mid-2024 to the end of
    /// 2025 finds the report of the year due: 1, never the 1, 0, 1, 0 a twelve-month look-back gave.
    @Test func aJanuaryFollowUpCountsForTheYearBeforeAtEveryDate() {
        let plan = facts([("2024-01-30", nil), ("2025-02-12", nil)])
        for asOf in ["2024-06-30", "2024-12-31", "2025-01-31", "2025-03-31", "2025-06-30", "2025-12-31"] {
            #expect(reports(plan, asOf) == 1, "\(asOf)")
        }
        #expect(reports(plan, "2026-06-30") == 0, "the report on 2025 was due by 2026-06-30 and is missing")
    }

    /// A report on 2024 published on 2025-08-01 is a month past the grace (2025-06-30): it does not count; nor does a
    /// report naming another period as the one it covers.
    @Test func aLateOrMislabelledReportDoesNotCount() {
        #expect(reports(facts([("2025-08-01", nil)]), "2025-12-31") == 0)
        #expect(reports(facts([("2025-03-01", "2023-12-31")]), "2025-12-31") == 0)
        #expect(reports(facts([("2025-03-01", "2024-12-31")]), "2025-12-31") == 1)
    }

    /// A biennial plan from May 2021: periods end 2023-04-30 and 2025-04-30; reports in June cover them.
    @Test func aBiennialPlanIsReadByItsOwnPeriods() {
        let calendar = ReportingCalendar(facts([], interval: 24, start: "2021-05").file.plan)
        #expect(calendar.end(of: 0) == day("2023-04-30") && calendar.end(of: 1) == day("2025-04-30"))
        let plan = facts([("2023-06-29", nil), ("2025-06-26", nil)], interval: 24, start: "2021-05")
        #expect(reports(plan, "2025-12-31") == 1 && reports(plan, "2024-06-30") == 1)
        #expect(reports(facts([], interval: 24, start: "2021-05"), "2023-06-30") == 0)
    }

    @Test func nothingIsDueBeforeTheFirstPeriodAndItsGraceEnd() {
        let result = Metric.reportsInWindow.compute(facts([]), asOf: day("2024-06-29"))
        #expect(result.value == 0 && result.note.key == "metric.no_report_due")
    }
}
