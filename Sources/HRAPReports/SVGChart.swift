import Foundation
import HRAPCore
import Mustache

/// Charts as SVG written by hrap: each with a title and a one-sentence description for screen readers, axis labels,
/// words next to every mark (no meaning by colour alone), a legend, and its data as a table the templates print as the
/// alternative. Colours reach 3:1 against white for marks and 4.5:1 for text.
///
/// A chart has no viewBox and is never scaled: it is as wide as the page allows, heights and text are CSS pixels and
/// horizontal positions are shares of the width (`X.share`) or pixels from the left edge (`X.pixels`). So its text
/// is 13 CSS px on a phone as on a desktop.
enum SVGChart {
    static let colours = ["#1f4e79", "#b35900", "#2e6b30", "#6a3d9a", "#8b1a1a", "#4d4d4d", "#005f73"]
    static let fontSize = 13.0
    /// One colour per measure status, the same in every plan, report and page (and the status is always written out
    /// beside it): completed green, completed late teal, ongoing blue, planned grey, delayed orange, overdue red,
    /// cancelled purple, continuing olive, carried over slate, not concluded brown. White text on each reaches 4.5:1.
    static let standingColours: [MeasureRollUp.Standing: String] = [
        .completed: "#2e6b30", .completedLate: "#005f73", .ongoing: "#1f4e79", .planned: "#4d4d4d",
        .delayed: "#b35900", .overdue: "#8b1a1a", .cancelled: "#6a3d9a", .continuing: "#5c5000",
        .carriedOver: "#2f4f4f", .notConcluded: "#5a3a1a",
    ]

    /// A horizontal position or width: pixels from the left, or a percentage of the chart's width.
    enum X {
        case pixels(Double)
        case share(Double)

        var attribute: String {
            switch self {
            case .pixels(let value): SVGChart.format(value)
            case .share(let percent): SVGChart.format(percent) + "%"
            }
        }
    }

    /// A chart as the templates take it.
    static func figure(
        id: String, title: String, description: String, height: Double, body: String, header: [String], rows: [[String]]
    ) -> MustacheValue {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-t \(id)-d" class="chart" \
            width="100%" height="\(format(height))" font-size="\(format(fontSize))">\
            <title id="\(id)-t">\(HTMLText.escaped(title))</title><desc id="\(id)-d">\(HTMLText.escaped(description))</desc>\(body)</svg>
            """
        return .object([
            "id": .string(id), "svg": .string(svg), "title": .string(title), "description": .string(description),
            "header": .list(header.map(MustacheValue.string)),
            "rows": .list(rows.map { row in .object(["cells": .list(row.map(MustacheValue.string))]) }),
        ])
    }

    /// A rectangle; `separated` draws a white edge so that neighbouring bars never touch.
    static func rect(_ x: X, _ y: Double, _ width: X, _ height: Double, _ fill: String, separated: Bool = false)
        -> String
    {
        let edge = separated ? " stroke=\"#ffffff\" stroke-width=\"2\"" : ""
        return
            "<rect x=\"\(x.attribute)\" y=\"\(format(y))\" width=\"\(width.attribute)\" height=\"\(format(max(0, height)))\" fill=\"\(fill)\"\(edge)/>"
    }

    /// Text; `dx` moves it by pixels from a shared position, `halo` keeps it legible over gridlines and bars.
    static func text(
        _ x: X, _ y: Double, _ content: String, anchor: String = "start", fill: String = "#1a1a1a", dx: Double = 0,
        halo: Bool = false
    ) -> String {
        let shift = dx == 0 ? "" : " dx=\"\(format(dx))\""
        let outline = halo ? " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" : ""
        return
            "<text x=\"\(x.attribute)\" y=\"\(format(y))\"\(shift) text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(outline)>\(HTMLText.escaped(content))</text>"
    }

    static func line(_ x1: X, _ y1: Double, _ x2: X, _ y2: Double, stroke: String, extra: String = "") -> String {
        "<line x1=\"\(x1.attribute)\" y1=\"\(format(y1))\" x2=\"\(x2.attribute)\" y2=\"\(format(y2))\" stroke=\"\(stroke)\"\(extra)/>"
    }

    /// A mark (circle, ring, square, diamond or dash) centred on a point.
    static func mark(_ shape: String, _ colour: String, at x: X, _ y: Double) -> String {
        "<svg x=\"\(x.attribute)\" y=\"\(format(y))\" overflow=\"visible\">\(drawing(shape, colour))</svg>"
    }

    /// The shape of a mark (``mark(_:_:at:_:)``), drawn around the origin.
    static func drawing(_ shape: String, _ colour: String) -> String {
        switch shape {
        case "circle": "<circle r=\"4.5\" fill=\"\(colour)\"/>"
        case "ring": "<circle r=\"4.5\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        case "diamond": "<path d=\"M0 -7l7 7-7 7-7-7z\" fill=\"\(colour)\"/>"
        case "dash": "<line x1=\"-7\" x2=\"7\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/>"
        default: "<rect x=\"-5\" y=\"-5\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
        }
    }

    /// A legend, one entry per line from `top`: each mark's shape and its word. Returns the drawing and its bottom.
    static func legend(at top: Double, _ entries: [(shape: String, colour: String, label: String)]) -> (
        body: String, bottom: Double
    ) {
        var body = "", y = top
        for entry in entries {
            body += mark(entry.shape, entry.colour, at: .pixels(7), y - 4) + text(.pixels(20), y, entry.label)
            y += 20
        }
        return (body, y - 8)
    }

    /// A coordinate with at most one decimal, so that output is stable: written from whole tenths (a chart of a large
    /// report writes hundreds of thousands of them, and a `Double`'s own text costs several times as much).
    static func format(_ value: Double) -> String {
        let scaled = (value * 10).rounded()
        guard scaled.magnitude < 1e15 else { return String(scaled / 10) }
        let tenths = Int(scaled)
        guard tenths % 10 != 0 else { return String(tenths / 10) }
        return (tenths < 0 ? "-" : "") + String(tenths.magnitude / 10) + "." + String(tenths.magnitude % 10)
    }
}
