import Foundation
import JSONCoding
import SyntheticData
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

    /// The data half of `report.json` says what its display half says: the same indicators with the same change
    /// words and backwards flags, numbers as numbers and dates in ISO 8601.
    static func checkData(_ report: JSONValue) {
        let display = (report["display"]?["fields"]?.array ?? []).flatMap { field in
            (field["objectives"]?.array ?? []).flatMap { $0["indicators"]?.array ?? [] }
        }
        let data = report["data"]?["indicators"]?.array ?? []
        for shown in display {
            let code = shown["code"]?.string ?? ""
            let row = data.first { $0["code"]?.string == code }
            #expect(row?["change"] == shown["trend"]?["key"], "\(code): one change word")
            #expect(row?["backwards"] == shown["retrogression"], "\(code): one backwards flag")
            if let latest = row?["latest"], latest != .null {
                #expect(latest["value"]?.double != nil, "\(code): the latest value is a number")
                #expect(latest["date"]?.string?.wholeMatch(of: /[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?/) != nil)
            }
        }
        #expect(report["data"]?["as_of"]?.string?.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil)
        #expect(report["data"]?["score"]?["encouragements"]?.array?.isEmpty == false, "the score card as data")
    }

    @Test(arguments: [("aldermoor-2023", 2025), ("aldermoor-2023", 2024), ("hainbach-inklusiv", 2025)])
    func findingsTablesAndCountsAgree(plan: String, year: Int) throws {
        let whole = try report(plan, year: year)
        Self.checkData(whole)
        let report = whole["display"] ?? .null
        let example = plan == "aldermoor-2023" ? "aldermoor-plan.json" : "hainbach-plan.json"
        let file = try JSONParser.parse(
            Array(try String(contentsOfFile: Session().root + "/examples/" + example, encoding: .utf8).utf8))
        try Self.checkInvariants(report, file: file)
    }

    /// The cross-section invariants of one report: the findings' counts are the tables' words and the fields'
    /// counts; the backwards table lists exactly the rows flagged, each with what it follows; the plan's headline
    /// figures lead, every one; nothing without a value in the year goes backwards.
    static func checkInvariants(_ report: JSONValue, file: JSONValue) throws {
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
            findings.contains(
                "Indicators over the year: \(words("improved")) improved, \(words("worse")) worse, "
                    + "\(words("unchanged")) unchanged, \(words("first_value")) with a first value; "
                    + "\(words("no_new_value")) without a new value this year, \(words("no_data")) never measured."),
            "\(findings)")
        let redefined = words("new_method")
        #expect(
            findings.contains { $0.hasPrefix("Measured by a new definition or method this year") } == (redefined > 0))
        #expect(
            ["improved", "worse", "unchanged", "changed", "first_value", "no_new_value", "no_data", "new_method"].map(
                words
            ).reduce(0, +) == indicators.count, "every indicator has one word the findings count")
        let backwards = report["backwards"]?["rows"]?.array ?? []
        let flagged = indicators.filter { $0["retrogression"] == .bool(true) }.compactMap { $0["code"]?.string }
        #expect(Set(backwards.compactMap { $0["code"]?.string }) == Set(flagged), "the table lists what the rows flag")
        if !backwards.isEmpty {
            #expect(findings.contains { $0.hasPrefix("Indicators going backwards (\(backwards.count)):") })
        }
        for row in backwards {
            #expect(row["previous"]?.string != nil && row["previous_date"]?.string != nil, "shown with what it follows")
        }
        let planLevel = (file["indicators"]?.array ?? []).filter { $0["objective"] == nil && $0["action"] == nil }
        #expect(
            (report["headline"]?.array ?? []).compactMap { $0["code"]?.string }
                == planLevel.compactMap { $0["code"]?.string }, "the plan's headline figures lead, every one")
        if let continuing = report["commitments"], continuing != .null {
            let rows = continuing["rows"]?.array ?? []
            #expect(findings.contains(continuing["summary"]?.string ?? "?"), "the finding is the table's summary")
            let full = rows.filter { $0["met"]?.string == "100 %" }.count
            #expect(
                continuing["summary"]?.string?.contains(": \(full) of \(rows.count)") == true,
                "fully on calendar = the rows at 100 %, of all rows")
        }
        for indicator in indicators where indicator["trend"]?["key"]?.string == "no_new_value" {
            #expect(indicator["retrogression"] == .bool(false), "no value in the year is never backwards")
        }
    }

    /// Edge plans made from Aldermoor's: biennial data (nothing in the year), no targets at all, a yes/no that turned
    /// within the year, a first value, plan-level indicators with and without data, and a value by a new method.
    @Test(arguments: ["biennial", "no-targets", "turned-and-first", "plan-level", "new-method"])
    func edgePlansKeepTheirReportsConsistent(edge: String) throws {
        let session = Session()
        var file = try JSONParser.parse(
            Array(try String(contentsOfFile: session.root + "/examples/aldermoor-plan.json", encoding: .utf8).utf8))
        file = Self.edit(file, edge)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("edge-\(UUID().uuidString).json").path
        try JSONWriter.pretty(file).write(toFile: path, atomically: true, encoding: .utf8)
        let imported = session.run("import", path)
        #expect(imported.code == 0, "\(imported.err)")
        let result = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--format", "json")
        #expect(result.code == 0, "\(result.err)")
        let whole = try JSONParser.parse(Array(result.out.utf8))
        Self.checkData(whole)
        let report = whole["display"] ?? .null
        try Self.checkInvariants(report, file: file)
        let words = (report["fields"]?.array ?? []).flatMap { ($0["objectives"]?.array ?? []) }
            .flatMap { $0["indicators"]?.array ?? [] }.compactMap { $0["trend"]?["key"]?.string }
        switch edge {
        case "biennial": #expect(Set(words).isSubset(of: ["no_new_value", "no_data"]), "\(Set(words))")
        case "no-targets": #expect(words.contains("worse") || words.contains("improved"))
        case "turned-and-first": #expect(words.contains("first_value"))
        case "new-method":
            let households = (report["fields"]?.array ?? []).flatMap { ($0["objectives"]?.array ?? []) }
                .flatMap { $0["indicators"]?.array ?? [] }.first { $0["code"]?.string == "1.1.b" }
            #expect(households?["trend"]?["key"]?.string == "new_method")
            #expect(households?["retrogression"] == .bool(false), "442 after 438, by a new count, is no setback")
        default: #expect((report["headline"]?.array ?? []).count == 2)
        }
    }

    /// The synthetic plan of the benchmarks, at a size a test can import: monthly values, groups, a plan without
    /// assessments.
    @Test func theSyntheticPlansReportIsConsistent() throws {
        var size = SyntheticPlan.Size()
        (size.actions, size.indicators, size.measurements, size.budgetLines) = (30, 60, 4_000, 40)
        let file = SyntheticPlan(seed: 7, size: size).planFile().encode()
        let session = Session()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString).json")
            .path
        try JSONWriter.pretty(file).write(toFile: path, atomically: true, encoding: .utf8)
        let imported = session.run("import", path)
        #expect(imported.code == 0, "\(imported.err)")
        let result = session.run("annual-report", "synthetic", "--year", "2025", "--format", "json")
        #expect(result.code == 0, "\(result.err)")
        try Self.checkInvariants(try JSONParser.parse(Array(result.out.utf8))["display"] ?? .null, file: file)
    }

    /// Aldermoor's plan file changed into one edge case.
    static func edit(_ file: JSONValue, _ edge: String) -> JSONValue {
        guard case .object(var members) = file else { return file }
        func section(_ name: String, _ change: ([JSONValue]) -> [JSONValue]) {
            guard let index = members.firstIndex(where: { $0.0 == name }) else { return }
            members[index].1 = .array(change(members[index].1.array ?? []))
        }
        func set(_ record: JSONValue, _ changes: [(String, JSONValue?)]) -> JSONValue {
            guard case .object(var fields) = record else { return record }
            for (name, value) in changes {
                fields.removeAll { $0.0 == name }
                if let value { fields.append((name, value)) }
            }
            return .object(fields)
        }
        switch edge {
        case "biennial":
            section("measurements") { $0.filter { !($0["date"]?.string ?? "").hasPrefix("2025") } }
            // Peer-review evidence cites values of 2025, which this plan no longer has.
            section("assessments") { _ in [] }
            section("recommendation_responses") { _ in [] }
        case "no-targets":
            section("indicators") {
                $0.map { set($0, [("target_value", nil), ("target_date", nil), ("target_text", nil)]) }
            }
        case "new-method":
            section("measurements") { values in
                values.map { value in
                    value["indicator"]?.string == "1.1.b" && value["date"]?.string == "2025-12-31"
                        ? set(value, [("new_method", .bool(true))]) : value
                }
            }
        case "turned-and-first":
            section("measurements") { values in
                values.filter { $0["indicator"]?.string != "1.1.a" || ($0["date"]?.string ?? "") >= "2025" }
            }
        default:
            section("indicators") { indicators in
                let headline: JSONValue = .object([
                    ("code", .string("P.1")), ("name", .string("Measures implemented")), ("type", .string("process")),
                    ("value_type", .string("number")), ("unit", .string("measures")),
                    ("direction", .string("increase")), ("baseline_value", .number(0)),
                    ("baseline_date", .string("2023-01-01")), ("target_value", .number(40)),
                    ("target_date", .string("2027-12-31")), ("data_source", .string("Progress reports")),
                ])
                return indicators + [
                    headline, set(headline, [("code", .string("P.2")), ("name", .string("No data yet"))]),
                ]
            }
            section("measurements") { values in
                values + [
                    .object([("indicator", .string("P.1")), ("date", .string("2025-12-31")), ("value", .number(2))])
                ]
            }
        }
        return .object(members)
    }
}

/// The city's words in a report are theirs, said to be theirs, and escaped in HTML and Markdown.
@Suite struct NarrativeReportTests {
    @Test func wordsWithMarkupAreShownAsTypedAndSaidToBeTheCitys() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let recorded = session.run(
            "narrative", "record", "--plan", "aldermoor-2023", "--year", "2025", "--part", "challenges", "--text",
            "<script>alert(1)</script> *not emphasis*")
        #expect(recorded.code == 0, "\(recorded.err)")
        let html = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--format", "html").out
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>alert"))
        #expect(html.contains("These words are the city's own") || html.contains("These words are the city&#39;s own"))
        let markdown = session.run("annual-report", "aldermoor-2023", "--year", "2025", "--format", "md").out
        #expect(markdown.contains(#"\*not emphasis\*"#), "Markdown shows the asterisks as typed")
        let summary = session.run(
            "annual-report", "aldermoor-2023", "--year", "2025", "--format", "md", "--summary"
        ).out
        #expect(summary.contains("What we achieved"))
    }
}
