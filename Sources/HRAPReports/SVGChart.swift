import Foundation
import HRAPCore
import Mustache

/// Charts as SVG written by hrap: each with a title and a one-sentence description for screen readers, axis labels,
/// words next to every mark (no meaning by colour alone), and its data as a table the templates print as the
/// alternative. Colours reach 3:1 against white for marks and 4.5:1 for text.
enum SVGChart {
    static let colours = ["#1f4e79", "#b35900", "#2e6b30", "#6a3d9a", "#8b1a1a", "#4d4d4d", "#005f73"]
    static let width = 640.0
    /// One colour per measure status, the same in every plan, report and page (and the status is always written out
    /// beside it): completed green, completed late teal, ongoing blue, planned grey, delayed orange, overdue red,
    /// cancelled purple. White text on each reaches 4.5:1.
    static let standingColours: [MeasureRollUp.Standing: String] = [
        .completed: "#2e6b30", .completedLate: "#005f73", .ongoing: "#1f4e79", .planned: "#4d4d4d",
        .delayed: "#b35900", .overdue: "#8b1a1a", .cancelled: "#6a3d9a",
    ]

    /// A chart as the templates take it.
    static func figure(
        id: String, title: String, description: String, height: Double, body: String, header: [String], rows: [[String]]
    ) -> MustacheValue {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-t \(id)-d" \
            viewBox="0 0 \(format(width)) \(format(height))" width="100%" preserveAspectRatio="xMinYMin meet">\
            <title id="\(id)-t">\(escape(title))</title><desc id="\(id)-d">\(escape(description))</desc>\(body)</svg>
            """
        return .object([
            "id": .string(id), "svg": .string(svg), "title": .string(title), "description": .string(description),
            "header": .list(header.map(MustacheValue.string)),
            "rows": .list(rows.map { row in .object(["cells": .list(row.map(MustacheValue.string))]) }),
        ])
    }

    /// Measures by standing as one stacked bar, each part labelled with its count, and a legend in words.
    static func measures(_ rollUp: MeasureRollUp, report: AnnualReport) -> MustacheValue {
        var body = "", x = 0.0, legendY = 70.0
        let parts = MeasureRollUp.Standing.allCases.filter { (rollUp.counts[$0] ?? 0) > 0 }
        for standing in parts {
            let count = Double(rollUp.counts[standing] ?? 0), share = count / Double(rollUp.total)
            let colour = standingColours[standing] ?? colours[0]
            let label = report.locale.label("measure.\(standing.rawValue)")
            // A white gap of 2 units between parts, so that neighbours never touch.
            body += rect(x, 10, max(width * share - 2, 1), 36, colour)
            if width * share >= 24 {
                body += text(x + width * share / 2, 34, format(count), anchor: "middle", fill: "#ffffff")
            }
            body += rect(0, legendY - 11, 12, 12, colour)
            body += text(18, legendY, "\(label): \(format(count)) (\(report.locale.percent(share)))")
            (x, legendY) = (x + width * share, legendY + 20)
        }
        let title = report.locale.label("chart.measures.title")
        let description = report.locale.label("measures.summary")
            .replacing("{implemented}", with: String(rollUp.implemented)).replacing(
                "{total}", with: String(rollUp.total)
            )
            .replacing("{share}", with: rollUp.implementedShare.map { report.locale.percent($0) } ?? "–")
        let rows = parts.map { [report.locale.label("measure.\($0.rawValue)"), String(rollUp.counts[$0] ?? 0)] }
        return figure(
            id: "chart-measures", title: title, description: description, height: legendY, body: body,
            header: [report.locale.label("table.status"), report.locale.label("table.count")], rows: rows)
    }

    /// Encouragements as horizontal bars of their automatic level (0–4), the peer level as a diamond with its value.
    static func scorecard(_ card: ScoreCard, peer: [Int: Double?], report: AnnualReport) -> MustacheValue {
        let left = 40.0, span = width - left - 60, row = 24.0
        var body = axis(left: left, span: span, top: 0, height: row * Double(card.encouragements.count) + 4)
        for (index, score) in card.encouragements.enumerated() {
            let y = Double(index) * row + 4
            body += text(left - 6, y + 15, String(score.encouragement.number), anchor: "end")
            let level = score.level ?? 0
            body += rect(left, y + 4, span * level / 4, 14, colours[0])
            body += text(
                left + span * level / 4 + 4, y + 15, score.level.map { report.locale.number($0, decimals: 1) } ?? "–")
            if let median = peer[score.encouragement.number] ?? nil {
                let px = left + span * median / 4
                body += "<path d=\"M\(format(px)) \(format(y + 3))l6 8-6 8-6-8z\" fill=\"\(colours[1])\"/>"
            }
        }
        let legendY = row * Double(card.encouragements.count) + 52
        let hasPeer = peer.values.contains { $0 != nil }
        body += legend(
            at: legendY,
            [("square", colours[0], report.locale.label("table.automatic"))]
                + (hasPeer ? [("diamond", colours[1], report.locale.label("table.peer"))] : []))
        let height = legendY + 10
        let rows = card.encouragements.map { score in
            [
                String(score.encouragement.number), score.encouragement.shortTitle,
                score.level.map { report.locale.number($0, decimals: 1) } ?? "–",
                (peer[score.encouragement.number] ?? nil).map { report.locale.number($0, decimals: 1) } ?? "–",
            ]
        }
        let description = report.locale.label("chart.scorecard.description")
            .replacing("{index}", with: card.index.map { report.locale.number($0, decimals: 1) } ?? "–")
        return figure(
            id: "chart-scorecard", title: report.locale.label("chart.scorecard.title"), description: description,
            height: height,
            body: body + axisLabels(left: left, span: span, y: row * Double(card.encouragements.count) + 24),
            header: [
                "#", report.locale.label("table.encouragement"), report.locale.label("table.automatic"),
                report.locale.label("table.peer"),
            ],
            rows: rows)
    }

    /// Round values for an axis from `low` to `high`: about `count` steps of 1, 2, 2.5 or 5 times a power of ten, and
    /// the decimals their labels need.
    static func roundTicks(low: Double, high: Double, count: Int = 4) -> (values: [Double], decimals: Int) {
        guard high > low, count > 0 else { return ([low], 0) }
        let raw = (high - low) / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = ([1, 2, 2.5, 5, 10].first { raw / magnitude <= $0 + 1e-9 } ?? 10) * magnitude
        let decimals =
            (0...3).first { places in
                let scaled = step * pow(10, Double(places))
                return abs(scaled - scaled.rounded()) < 1e-6
            } ?? 3
        var values: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9, values.count < 50 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return (values, decimals)
    }

    static func axis(left: Double, span: Double, top: Double, height: Double) -> String {
        (0...4).map { level in
            let x = left + span * Double(level) / 4
            return
                "<line x1=\"\(format(x))\" y1=\"\(format(top))\" x2=\"\(format(x))\" y2=\"\(format(top + height))\" stroke=\"#949494\"/>"
        }.joined()
    }

    static func axisLabels(left: Double, span: Double, y: Double) -> String {
        (0...4).map { level in text(left + span * Double(level) / 4, y, String(level), anchor: "middle") }.joined()
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ fill: String) -> String {
        "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(max(0, width)))\" height=\"\(format(height))\" fill=\"\(fill)\"/>"
    }

    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", fill: String = "#1a1a1a")
        -> String
    {
        "<text x=\"\(format(x))\" y=\"\(format(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\" font-size=\"13\">\(escape(content))</text>"
    }

    /// A coordinate with at most one decimal, so that output is stable.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded.rounded() == rounded ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing(
            "\"", with: "&quot;")
    }
}
