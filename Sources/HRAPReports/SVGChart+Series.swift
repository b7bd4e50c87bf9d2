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
        let (top, plotHeight) = (20.0, 160.0)
        // A month or a year is drawn at its middle (its data table and labels name it as recorded); the plot leaves
        // 12 % of the width on the left to the gridlines' labels and 4 % on the right to the marks.
        func share(_ date: CalendarDate) -> Double {
            let day = (date.first.daysSince1970 + date.daysSince1970) / 2
            return 12 + 84 * Double(day - first) / Double(last - first)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - low) / (high - low)) }
        let ticks = roundTicks(low: low, high: high)
        let grid = gridlines(ticks.values, y: y) { locale.number($0, decimals: ticks.decimals) }
        var body = grid.lines + line(.share(0), top + plotHeight, .share(100), top + plotHeight, stroke: "#595959")
        body += yearLabels(from: first, to: last, y: top + plotHeight + 18, share: share)
        if let bd = indicator.baselineDate, let bv = indicator.baselineValue, let td = indicator.targetDate,
            let tv = indicator.targetValue
        {
            body += line(
                .share(share(bd)), y(bv), .share(share(td)), y(tv), stroke: "#595959",
                extra: " stroke-dasharray=\"6 4\"")
            body += mark("square", colours[5], at: .share(share(bd)), y(bv))
            body += mark("diamond", colours[1], at: .share(share(td)), y(tv))
        }
        body += valueLine(values, x: share, y: y)
        if let only = values.first, values.count == 1 {
            // One value is a point, not a line: it carries its value, so that it reads without the axis.
            let right = share(only.date) > 60
            body += text(
                .share(share(only.date)), y(only.value) - 8, report.numberText(only.value),
                anchor: right ? "end" : "start", dx: right ? -8 : 8, halo: true)
        }
        let legend = legend(
            at: top + plotHeight + 46,
            [
                ("circle", colours[0], locale.label("chart.values")),
                ("square", colours[5], locale.label("chart.baseline")),
                ("diamond", colours[1], locale.label("chart.target")),
                ("dash", "#595959", locale.label("chart.expected")),
            ] + (values.contains(where: \.isNewMethod) ? [("ring", colours[0], locale.label("chart.new_method"))] : []))
        let rows = values.map {
            [locale.date($0.date), locale.number($0.value, decimals: $0.value.rounded() == $0.value ? 0 : 1)]
        }
        return figure(
            id: "chart-\(indicator.code)", title: indicator.name, description: describe(indicator, values, locale),
            height: legend.bottom + 6, body: body + grid.labels + legend.body,
            header: [locale.label("table.date"), locale.label("table.value")], rows: rows)
    }

    /// The values as points joined by a line; a value by a new method starts a new line: it is not joined to the
    /// values before it, and is drawn as a ring.
    /// Written into one text, each coordinate once: a large plan's report draws hundreds of thousands of them.
    static func valueLine(_ values: [PlanFacts.Point], x: (CalendarDate) -> Double, y: (Double) -> Double) -> String {
        let points = values.map { (x: X.share(x($0.date)).attribute, y: format(y($0.value))) }
        var drawing = ""
        drawing.reserveCapacity(values.count * 190)
        for index in points.indices.dropFirst() where !values[index].isNewMethod {
            let (from, to) = (points[index - 1], points[index])
            drawing += "<line x1=\"" + from.x + "\" y1=\"" + from.y + "\" x2=\"" + to.x + "\" y2=\"" + to.y
            drawing += "\" stroke=\"" + colours[0] + "\" stroke-width=\"2.5\"/>"
        }
        for (point, value) in zip(points, values) {
            drawing += "<svg x=\"" + point.x + "\" y=\"" + point.y + "\" overflow=\"visible\">"
            drawing += value.isNewMethod ? ring : dot
            drawing += "</svg>"
        }
        return drawing
    }

    /// The marks of values: a circle, a ring for a value by a new method, in the first colour.
    private static let (dot, ring) = (drawing("circle", colours[0]), drawing("ring", colours[0]))

    /// Each January 1st between two days as its year under the axis; every second or third year when there are more
    /// than 6 (so that they fit 320 px).
    static func yearLabels(from first: Int, to last: Int, y: Double, share: (CalendarDate) -> Double) -> String {
        let years = (CalendarDate(daysSince1970: first).year...CalendarDate(daysSince1970: last).year).compactMap {
            year in CalendarDate(year: year, month: 1, day: 1).flatMap { $0.daysSince1970 >= first ? $0 : nil }
        }
        let every = (years.count + 5) / 6
        return years.enumerated().filter { $0.offset % max(every, 1) == 0 }.map { _, january in
            text(.share(share(january)), y, String(january.year), anchor: anchor(near: share(january)))
        }.joined()
    }

    /// "From 41 (2020) to 47.6 (2024); target 55 by 2026."
    static func describe(_ indicator: Indicator, _ values: [PlanFacts.Point], _ locale: ReportLocale) -> String {
        guard let latest = values.last else { return "" }
        let start =
            indicator.baselineValue.flatMap { value in indicator.baselineDate.map { (value, $0) } }
            ?? (values[0].value, values[0].date)
        func written(_ value: Double) -> String { locale.number(value, decimals: value.rounded() == value ? 0 : 1) }
        var text = locale.label(
            "chart.trajectory.description",
            [
                "from": written(start.0), "from_date": locale.date(start.1), "to": written(latest.value),
                "to_date": locale.date(latest.date),
            ])
        if let target = indicator.targetValue, let date = indicator.targetDate {
            text +=
                " "
                + locale.label(
                    "chart.trajectory.target", ["target": written(target), "target_date": locale.date(date)])
        }
        return text
    }

    /// Planned, allocated and spent per fiscal year as grouped bars in the legend's order.
    static func budget(_ years: [AnnualReport.BudgetYear], report: AnnualReport) -> MustacheValue {
        let locale = report.locale
        let high = max(1, years.flatMap { [$0.planned, $0.allocated, $0.spent].compactMap { $0 } }.max() ?? 1) * 1.1
        let (top, plotHeight) = (20.0, 170.0)
        // The bars leave 16 % of the width on the left to the gridlines' labels.
        let group = 84 / Double(max(years.count, 1)), bar = group * 0.22
        let ticks = roundTicks(low: 0, high: high)
        let grid = gridlines(ticks.values, y: { top + plotHeight * (1 - $0 / high) }) {
            locale.number($0, decimals: ticks.decimals)
        }
        var body = grid.lines
        for (index, year) in years.enumerated() {
            let x0 = 16 + Double(index) * group + (group - 3 * bar) / 2
            for (offset, amount) in [year.planned, year.allocated, year.spent].enumerated() {
                guard let amount else { continue }
                let h = plotHeight * amount / high
                body += rect(
                    .share(x0 + Double(offset) * bar), top + plotHeight - h, .share(bar), h, colours[offset],
                    separated: true)
            }
            body += text(.share(x0 + 1.5 * bar), top + plotHeight + 18, String(year.year), anchor: "middle")
        }
        body += line(.share(0), top + plotHeight, .share(100), top + plotHeight, stroke: "#595959")
        let legend = legend(
            at: top + plotHeight + 46,
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
                locale.label(
                    "chart.budget.description",
                    ["year": String(year.year), "rate": year.rate.map { locale.percent($0) } ?? "–"])
            } ?? locale.label("status.no_data")
        return figure(
            id: "chart-budget", title: locale.label("chart.budget.title"), description: description,
            height: legend.bottom + 6, body: body + grid.labels + legend.body,
            header: [
                locale.label("table.year"), locale.label("budget.planned"), locale.label("budget.allocated"),
                locale.label("budget.spent"),
            ],
            rows: rows)
    }
}
