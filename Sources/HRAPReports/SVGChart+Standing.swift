import HRAPCore
import Mustache

extension SVGChart {
    /// Measures by standing as one stacked bar, each part labelled with its count where it has room, and a legend in
    /// words with every count and share.
    static func measures(_ rollUp: MeasureRollUp, report: AnnualReport) -> MustacheValue {
        let locale = report.locale
        let parts = MeasureRollUp.Standing.allCases.filter { (rollUp.counts[$0] ?? 0) > 0 }
        var body = "", x = 0.0
        for standing in parts {
            let count = Double(rollUp.counts[standing] ?? 0), share = count / Double(rollUp.total) * 100
            let colour = standingColours[standing] ?? colours[0]
            body += rect(.share(x), 4, .share(share), 36, colour, separated: true)
            // A part narrower than 9 % (26 px at 320 px) leaves its count to the legend.
            if share >= 9 {
                body += text(.share(x + share / 2), 27, format(count), anchor: "middle", fill: "#ffffff")
            }
            x += share
        }
        let legend = legend(
            at: 66,
            parts.map { standing in
                let count = rollUp.counts[standing] ?? 0
                let share = locale.percent(Double(count) / Double(rollUp.total))
                return (
                    "square", standingColours[standing] ?? colours[0],
                    "\(locale.label("measure.\(standing.rawValue)")): \(count) (\(share))"
                )
            })
        let description = locale.label(
            "measures.summary",
            [
                "implemented": String(rollUp.implemented), "total": String(rollUp.total),
                "share": rollUp.implementedShare.map { locale.percent($0) } ?? "–",
            ])
        let rows = parts.map { [locale.label("measure.\($0.rawValue)"), String(rollUp.counts[$0] ?? 0)] }
        return figure(
            id: "chart-measures", title: locale.label("chart.measures.title"), description: description,
            height: legend.bottom + 6, body: body + legend.body,
            header: [locale.label("table.status"), locale.label("table.count")], rows: rows)
    }

    /// Encouragements as horizontal bars of their automatic level (0–4) with its value, the peer level as a diamond.
    static func scorecard(_ card: ScoreCard, peer: [Int: Double?], report: AnnualReport) -> MustacheValue {
        let locale = report.locale
        let (left, span, row) = (8.0, 80.0, 24.0)
        let plotHeight = row * Double(card.encouragements.count) + 4
        func x(_ level: Double) -> X { .share(left + span * level / 4) }
        var body = (0...4).map { level in line(x(Double(level)), 0, x(Double(level)), plotHeight, stroke: "#949494") }
            .joined()
        for (index, score) in card.encouragements.enumerated() {
            let y = Double(index) * row + 4
            body += text(.pixels(0), y + 15, String(score.encouragement.number))
            body += rect(.share(left), y + 4, .share(span * (score.level ?? 0) / 4), 14, colours[0])
            body += text(x(score.level ?? 0), y + 15, score.level.map { locale.number($0, decimals: 1) } ?? "–", dx: 10)
            if let median = peer[score.encouragement.number] ?? nil {
                body += mark("diamond", colours[1], at: x(median), y + 11)
            }
        }
        body += (0...4).map { level in
            text(x(Double(level)), plotHeight + 18, String(level), anchor: "middle")
        }.joined()
        let hasPeer = peer.values.contains { $0 != nil }
        let legend = legend(
            at: plotHeight + 46,
            [("square", colours[0], locale.label("table.automatic"))]
                + (hasPeer ? [("diamond", colours[1], locale.label("table.peer"))] : []))
        let rows = card.encouragements.map { score in
            [
                String(score.encouragement.number), report.shortTitle(score.encouragement),
                score.level.map { locale.number($0, decimals: 1) } ?? "–",
                (peer[score.encouragement.number] ?? nil).map { locale.number($0, decimals: 1) } ?? "–",
            ]
        }
        let description = locale.label(
            "chart.scorecard.description", ["index": card.index.map { locale.number($0, decimals: 1) } ?? "–"])
        return figure(
            id: "chart-scorecard", title: locale.label("chart.scorecard.title"), description: description,
            height: legend.bottom + 6, body: body + legend.body,
            header: [
                "#", locale.label("table.encouragement"), locale.label("table.automatic"), locale.label("table.peer"),
            ],
            rows: rows)
    }
}
