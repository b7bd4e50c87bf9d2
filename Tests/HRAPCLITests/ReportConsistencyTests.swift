import Foundation
import JSONCoding
import Testing

/// Every statement of a report comes from one analysis: the key findings, the indicator tables, the fields' counts and
/// the backwards table of `report.json` agree with each other, for both examples and for years with sparse data.
@Suite struct ReportConsistencyTests {
    private func report(_ plan: String, year: Int) throws -> JSONValue {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        session.run("import", "examples/hainbach-plan.json")
        let result = session.run("annual-report", plan, "--year", String(year), "--format", "json", "--lang", "en")
        #expect(result.code == 0, "\(result.err)")
        return try JSONParser.parse(Array(result.out.utf8))
    }

    @Test(arguments: [("aldermoor-2023", 2025), ("aldermoor-2023", 2024), ("hainbach-inklusiv", 2025)])
    func findingsTablesAndCountsAgree(plan: String, year: Int) throws {
        let report = try report(plan, year: year)
        let indicators = (report["fields"]?.array ?? []).flatMap { field in
            (field["objectives"]?.array ?? []).flatMap { $0["indicators"]?.array ?? [] }
        }
        func words(_ key: String) -> Int { indicators.filter { $0["trend"]?["key"]?.string == key }.count }
        let fields = report["backwards"]?["fields"]?.array ?? []
        let fieldImproved = fields.compactMap { $0["improved"]?.double }.reduce(0, +)
        let fieldWorse = fields.compactMap { $0["worsened"]?.double }.reduce(0, +)
        #expect(Int(fieldImproved) == words("improved") && Int(fieldWorse) == words("worse"))
        let findings = (report["findings"]?.array ?? []).compactMap(\.string)
        #expect(
            findings.contains {
                $0.hasPrefix(
                    "Indicators over the year: \(words("improved")) improved, \(words("worse")) worse, \(words("unchanged")) unchanged"
                )
            },
            "\(findings)")
        let backwards = report["backwards"]?["rows"]?.array ?? []
        let flagged = indicators.filter { $0["retrogression"] == .bool(true) }.compactMap { $0["code"]?.string }
        #expect(Set(backwards.compactMap { $0["code"]?.string }) == Set(flagged), "the table lists what the rows flag")
        if !backwards.isEmpty {
            #expect(findings.contains { $0.hasPrefix("Indicators going backwards (\(backwards.count)):") })
        }
        for row in backwards {
            #expect(row["previous"]?.string != nil && row["previous_date"]?.string != nil, "shown with what it follows")
        }
        let example = plan == "aldermoor-2023" ? "aldermoor-plan.json" : "hainbach-plan.json"
        let file = try JSONParser.parse(
            Array(try String(contentsOfFile: Session().root + "/examples/" + example, encoding: .utf8).utf8))
        let planLevel = (file["indicators"]?.array ?? []).filter { $0["objective"] == nil && $0["action"] == nil }
        #expect(
            (report["headline"]?.array ?? []).compactMap { $0["code"]?.string }
                == planLevel.compactMap { $0["code"]?.string }, "the plan's headline figures lead, every one")
        for indicator in indicators where indicator["trend"]?["key"]?.string == "no_new_value" {
            #expect(indicator["retrogression"] == .bool(false), "no value in the year is never backwards")
        }
    }
}
