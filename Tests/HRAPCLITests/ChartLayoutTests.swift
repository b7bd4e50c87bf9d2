import Foundation
import Testing

/// Charts keep their text in CSS pixels: no chart is scaled to the page (no viewBox), its text is at least 12 px, and
/// every horizontal position is pixels from the left or a share of the width that stays inside it. So the text reads
/// at 12 px or more on a 360 px phone (the browser check measures it there too).
@Suite struct ChartLayoutTests {
    @Test(arguments: [
        ("aldermoor-2023", "en", false), ("aldermoor-2023", "en", true), ("hainbach-inklusiv", "de", false),
    ])
    func chartTextIsInCSSPixels(plan: String, language: String, summary: Bool) throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        session.run("import", "examples/hainbach-plan.json")
        let html = session.run(
            ["annual-report", plan, "--year", "2025", "--format", "html", "--lang", language]
                + (summary ? ["--summary"] : [])
        ).out
        let charts = html.matches(of: /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"[^>]*>/).map {
            String($0.output)
        }
        #expect(charts.count >= 2, "the report has charts")
        for chart in charts {
            #expect(!chart.contains("viewBox"), "\(chart)")
            let size = chart.firstMatch(of: /font-size="([0-9.]+)"/).flatMap { Double($0.output.1) } ?? 0
            #expect(size >= 12, "\(chart)")
        }
        for size in html.matches(of: /font-size="([0-9.]+)"/) {
            #expect((Double(size.output.1) ?? 0) >= 12, "no text inside a chart is smaller")
        }
        for share in html.matches(of: /(?:x|x1|x2|cx|width)="(-?[0-9.]+)%"/) {
            let value = Double(share.output.1) ?? -1
            #expect((0...100).contains(value), "a position of \(value) % falls outside the chart")
        }
    }
}
