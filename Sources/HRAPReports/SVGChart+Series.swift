import HRAPCore
import Mustache

extension SVGChart {
    /// An indicator's values over time as a line with points, its baseline (square) and target (diamond), and the
    /// expected straight line between them (dashed); nil for an indicator without values or without a baseline.
    static func trajectory(_ indicator: Indicator, series: [PlanFacts.Point], report: AnnualReport) -> MustacheValue? {
        let values = series.filter { $0.date <= report.input.asOf }
        guard !values.isEmpty, indicator.valueType == .number else { return nil }
        let locale = report.locale
        var points = values.map { ($0.date, $0.value) }
        if let date = indicator.baselineDate, let value = indicator.baselineValue { points.append((date, value)) }
        if let date = indicator.targetDate, let value = indicator.targetValue { points.append((date, value)) }
        let first = points.map { $0.0.first.daysSince1970 }.min() ?? 0
        let last = max(first + 1, points.map(\.0.daysSince1970).max() ?? 0)
        let (smallest, largest) = (points.map(\.1).min() ?? 0, points.map(\.1).max() ?? 1)
        let padding = max((largest - smallest) * 0.15, abs(largest) * 0.02, 0.5)
        let low = smallest >= 0 ? max(0, smallest - padding) : smallest - padding, high = largest + padding
        let (left, top, plotWidth, plotHeight) = (56.0, 12.0, width - 80, 160.0)
        // A month or a year is drawn at its middle (its data table and labels name it as recorded).
        func x(_ date: CalendarDate) -> Double {
            let day = (date.first.daysSince1970 + date.daysSince1970) / 2
            return left + plotWidth * Double(day - first) / Double(last - first)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - low) / (high - low)) }
        var body =
            "<line x1=\"\(format(left))\" y1=\"\(format(top + plotHeight))\" x2=\"\(format(left + plotWidth))\" "
            + "y2=\"\(format(top + plotHeight))\" stroke=\"#595959\"/>"
        let ticks = roundTicks(low: low, high: high)
        for tick in ticks.values {
            body +=
                "<line x1=\"\(format(left))\" y1=\"\(format(y(tick)))\" x2=\"\(format(left + plotWidth))\" "
                + "y2=\"\(format(y(tick)))\" stroke=\"#d9d9d9\"/>"
            body += text(left - 6, y(tick) + 4, locale.number(tick, decimals: ticks.decimals), anchor: "end")
        }
        for year in CalendarDate(daysSince1970: first).year...CalendarDate(daysSince1970: last).year {
            guard let january = CalendarDate(year: year, month: 1, day: 1), january.daysSince1970 >= first else {
                continue
            }
            body += text(x(january), top + plotHeight + 18, String(year), anchor: "middle")
        }
        if let bd = indicator.baselineDate, let bv = indicator.baselineValue, let td = indicator.targetDate,
            let tv = indicator.targetValue
        {
            body +=
                "<line x1=\"\(format(x(bd)))\" y1=\"\(format(y(bv)))\" x2=\"\(format(x(td)))\" y2=\"\(format(y(tv)))\" "
                + "stroke=\"#595959\" stroke-dasharray=\"6 4\"/>"
            body += rect(x(bd) - 5, y(bv) - 5, 10, 10, colours[5])
            body += "<path d=\"M\(format(x(td))) \(format(y(tv) - 7))l7 7-7 7-7-7z\" fill=\"\(colours[1])\"/>"
        }
        let line = values.map { "\(format(x($0.date))),\(format(y($0.value)))" }.joined(separator: " ")
        body += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(colours[0])\" stroke-width=\"2.5\"/>"
        body += values.map {
            "<circle cx=\"\(format(x($0.date)))\" cy=\"\(format(y($0.value)))\" r=\"4\" fill=\"\(colours[0])\"/>"
        }.joined()
        if let only = values.first, values.count == 1 {
            // One value is a point, not a line: it carries its value, so that it reads without the axis.
            body += text(x(only.date) + 8, y(only.value) - 8, report.numberText(only.value))
        }
        let legendY = top + plotHeight + 40
        body += legend(
            at: legendY,
            [
                ("circle", colours[0], locale.label("chart.values")),
                ("square", colours[5], locale.label("chart.baseline")),
                ("diamond", colours[1], locale.label("chart.target")),
                ("dash", "#595959", locale.label("chart.expected")),
            ])
        let rows = values.map {
            [locale.date($0.date), locale.number($0.value, decimals: $0.value.rounded() == $0.value ? 0 : 1)]
        }
        return figure(
            id: "chart-\(indicator.code)", title: indicator.name, description: describe(indicator, values, locale),
            height: legendY + 12, body: body, header: [locale.label("table.date"), locale.label("table.value")],
            rows: rows)
    }

    /// "From 41 (2020) to 47.6 (2024); target 55 by 2026."
    static func describe(_ indicator: Indicator, _ values: [PlanFacts.Point], _ locale: ReportLocale) -> String {
        guard let latest = values.last else { return "" }
        let start =
            indicator.baselineValue.flatMap { value in indicator.baselineDate.map { (value, $0) } }
            ?? (values[0].value, values[0].date)
        func written(_ value: Double) -> String { locale.number(value, decimals: value.rounded() == value ? 0 : 1) }
        var text = locale.label("chart.trajectory.description")
            .replacing("{from}", with: written(start.0)).replacing("{from_date}", with: locale.date(start.1))
            .replacing("{to}", with: written(latest.value)).replacing("{to_date}", with: locale.date(latest.date))
        if let target = indicator.targetValue, let date = indicator.targetDate {
            text +=
                " "
                + locale.label("chart.trajectory.target")
                .replacing("{target}", with: written(target)).replacing("{target_date}", with: locale.date(date))
        }
        return text
    }

    /// Planned, allocated and spent per fiscal year as grouped bars, each bar labelled by the legend's order.
    static func budget(_ years: [AnnualReport.BudgetYear], report: AnnualReport) -> MustacheValue {
        let locale = report.locale
        let high = max(1, years.flatMap { [$0.planned, $0.allocated, $0.spent].compactMap { $0 } }.max() ?? 1) * 1.1
        let (left, top, plotHeight) = (72.0, 10.0, 170.0)
        let group = (width - left - 10) / Double(max(years.count, 1)), bar = min(28, group / 4)
        let ticks = roundTicks(low: 0, high: high)
        var body = ticks.values.map { tick in
            text(
                left - 6, top + plotHeight * (1 - tick / high) + 4, locale.number(tick, decimals: ticks.decimals),
                anchor: "end")
        }.joined()
        for (index, year) in years.enumerated() {
            let x0 = left + Double(index) * group + (group - 3 * bar) / 2
            for (offset, amount) in [year.planned, year.allocated, year.spent].enumerated() {
                guard let amount else { continue }
                let h = plotHeight * amount / high
                body += rect(x0 + Double(offset) * bar, top + plotHeight - h, bar - 2, h, colours[offset])
            }
            body += text(x0 + 1.5 * bar, top + plotHeight + 18, String(year.year), anchor: "middle")
        }
        let legendY = top + plotHeight + 40
        body += legend(
            at: legendY,
            [
                ("square", colours[0], locale.label("budget.planned")),
                ("square", colours[1], locale.label("budget.allocated")),
                ("square", colours[2], locale.label("budget.spent")),
            ])
        let rows = years.map { year in
            [String(year.year)]
                + [year.planned, year.allocated, year.spent].map { $0.map { locale.number($0, decimals: 0) } ?? "–" }
        }
        let latest = years.last { $0.rate != nil }
        let description =
            latest.map { year in
                locale.label("chart.budget.description").replacing("{year}", with: String(year.year))
                    .replacing("{rate}", with: year.rate.map { locale.percent($0) } ?? "–")
            } ?? locale.label("status.no_data")
        return figure(
            id: "chart-budget", title: locale.label("chart.budget.title"), description: description,
            height: legendY + 12,
            body: body,
            header: [
                locale.label("table.year"), locale.label("budget.planned"), locale.label("budget.allocated"),
                locale.label("budget.spent"),
            ],
            rows: rows)
    }

    /// A one-line legend: each mark's shape and its word.
    static func legend(at y: Double, _ entries: [(shape: String, colour: String, label: String)]) -> String {
        var x = 0.0, body = ""
        for entry in entries {
            switch entry.shape {
            case "circle":
                body += "<circle cx=\"\(format(x + 6))\" cy=\"\(format(y - 4))\" r=\"5\" fill=\"\(entry.colour)\"/>"
            case "diamond":
                body += "<path d=\"M\(format(x + 6)) \(format(y - 11))l6 7-6 7-6-7z\" fill=\"\(entry.colour)\"/>"
            case "dash":
                body +=
                    "<line x1=\"\(format(x))\" y1=\"\(format(y - 4))\" x2=\"\(format(x + 14))\" y2=\"\(format(y - 4))\" "
                    + "stroke=\"\(entry.colour)\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/>"
            default: body += rect(x, y - 10, 12, 12, entry.colour)
            }
            body += text(x + 18, y, entry.label)
            x += 30 + Double(entry.label.count) * 7.5
        }
        return body
    }
}
