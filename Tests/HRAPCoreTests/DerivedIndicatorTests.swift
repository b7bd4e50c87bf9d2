import HRAPCore
import Testing

/// A derived indicator's values are computed from the plan's own data, never typed.
@Suite struct DerivedIndicatorTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSince1970: 0) }

    @Test func measuresImplementedCountsCompletedMeasuresAtEachReportedDate() {
        var file = PlanFile()
        var headline = Indicator()
        (headline.code, headline.name, headline.derived) = ("P.1", "Measures implemented", .measuresImplemented)
        file.indicators = [headline]
        file.actions = ["1", "2", "3"].map { code in
            var action = Action()
            (action.code, action.objective, action.title, action.status) = (code, "1", "Measure \(code)", .planned)
            return action
        }
        file.actions[2].status = .completed
        func update(_ action: String, _ date: String, _ status: Action.Status) -> ProgressUpdate {
            var update = ProgressUpdate()
            (update.action, update.date, update.status) = (action, day(date), status)
            return update
        }
        file.progressUpdates = [
            update("1", "2024-06-30", .ongoing), update("1", "2024-12-31", .completed),
            update("2", "2025-06-30", .completed), update("3", "2025-09-30", .ongoing),
        ]
        let series = PlanFacts(file: file).series["P.1"] ?? []
        // Measure 3 was recorded as completed with no update until 2025-09-30, when it was reported ongoing again.
        #expect(series.map(\.date) == ["2024-06-30", "2024-12-31", "2025-06-30", "2025-09-30"].map(day))
        #expect(series.map(\.value) == [1, 2, 3, 2])
    }

    @Test func aDerivedIndicatorTakesNoTypedValue() {
        var indicator = Indicator()
        (indicator.code, indicator.derived) = ("P.1", .measuresImplemented)
        var measurement = Measurement()
        (measurement.indicator, measurement.date, measurement.value) = ("P.1", day("2025-12-31"), 7)
        let problems = PlanValidator.problems(of: measurement, indicator: indicator) { $0 }
        #expect(problems.contains { $0.code == .notAllowed && $0.message.contains("derived") })
    }
}
