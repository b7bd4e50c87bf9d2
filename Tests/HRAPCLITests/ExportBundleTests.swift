import CSVParsing
import Foundation
import JSONCoding
import Testing

/// `hrap export-bundle`: the report in every format plus open data that describes itself, public values only,
/// written whole or not at all.
@Suite struct ExportBundleTests {
    private let out = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)").path

    private func exported(_ extra: [String] = []) -> Session {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        if !extra.isEmpty { session.run(extra, environment: ["HRAP_PLAN": "aldermoor-2023"]) }
        let result = session.run("export-bundle", "aldermoor-2023", "--year", "2025", "--out", out)
        #expect(result.code == 0, "\(result.err)")
        return session
    }

    private func text(_ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }

    private func rows(_ name: String) throws -> [[String]] {
        try CSVReader.read(Array(try text(name).utf8), delimiter: UInt8(ascii: ",")).records.map(\.fields)
    }

    @Test func theDataPackageDescribesEveryCSVItShips() throws {
        _ = exported()
        let package = try JSONParser.parse(try text("datapackage.json"))
        let resources = package["resources"]?.array ?? []
        let shipped = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(resources.compactMap { $0["path"]?.string }.sorted() == shipped)
        #expect(
            shipped == [
                "actions.csv", "budget.csv", "fields.csv", "indicators.csv", "measurements.csv", "objectives.csv",
                "recommendations.csv",
            ])
        for resource in resources {
            let path = resource["path"]?.string ?? ""
            let fields = resource["schema"]?["fields"]?.array ?? []
            let table = try rows(path)
            #expect(table.first == fields.compactMap { $0["name"]?.string }, "\(path): header = described columns")
            #expect(table.count > 1, "\(path) has rows")
            for (column, field) in fields.enumerated() {
                for row in table.dropFirst() {
                    #expect(row.count == fields.count, "\(path): every row has every column")
                    let cell = row[column]
                    if let allowed = field["constraints"]?["enum"]?.array?.compactMap(\.string) {
                        #expect(cell.isEmpty || allowed.contains(cell), "\(path): '\(cell)' is an allowed value")
                    }
                    switch field["type"]?.string {
                    case "number": #expect(cell.isEmpty || Double(cell) != nil, "\(path) \(cell)")
                    case "integer": #expect(Int(cell) != nil, "\(path) \(cell)")
                    default: break
                    }
                }
            }
        }
        #expect(package["licenses"]?.array?.first?["name"]?.string == "CC-BY-4.0")
        try expectKeysHold(resources)
    }

    /// Every primary key is unique and every foreign key names a row of the file it points to.
    private func expectKeysHold(_ resources: [JSONValue]) throws {
        var keys: [String: Set<String>] = [:]
        for resource in resources {
            let path = resource["path"]?.string ?? "", table = try rows(path)
            let header = table.first ?? []
            if let primary = resource["schema"]?["primaryKey"]?.array?.compactMap(\.string),
                let first = primary.first, let index = header.firstIndex(of: first)
            {
                let values = table.dropFirst().map { row in
                    primary.compactMap { header.firstIndex(of: $0) }.map { row[$0] }
                }
                #expect(Set(values).count == values.count, "\(path): the primary key is unique")
                keys[String(path.dropLast(4))] = Set(table.dropFirst().map { $0[index] })
            }
        }
        for resource in resources {
            let path = resource["path"]?.string ?? "", table = try rows(path)
            for foreign in resource["schema"]?["foreignKeys"]?.array ?? [] {
                let column = foreign["fields"]?.string ?? "", target = foreign["reference"]?["resource"]?.string ?? ""
                let index = try #require(table.first?.firstIndex(of: column))
                let known = try #require(keys[target], "\(path) names \(target), which has a key")
                for row in table.dropFirst() where !row[index].isEmpty {
                    #expect(known.contains(row[index]), "\(path): \(column) '\(row[index])' is a row of \(target)")
                }
            }
        }
        #expect(try rows("recommendations.csv").contains { $0.first == "peer-2025" }, "peer reviews' too")
    }

    /// The DCAT-AP record: a dataset with its publisher, the period its data covers (the plan's start to the report's
    /// reference date) and one distribution per file with IANA media type and EU file type as IRIs.
    @Test func theCatalogueRecordListsEveryFileWithItsMediaType() throws {
        _ = exported()
        let record = try JSONParser.parse(try text("dcat.jsonld"))
        let nodes = Dictionary(
            (record["@graph"]?.array ?? []).map { ($0["@id"]?.string ?? "", $0) }, uniquingKeysWith: { $1 })
        func first(_ node: JSONValue?, _ property: String) -> JSONValue? { node?[property]?.array?.first }
        func linked(_ node: JSONValue?, _ property: String) -> JSONValue? {
            first(node, property)?["@id"]?.string.flatMap { nodes[$0] }
        }
        let dataset = nodes["dcat.jsonld#dataset"]
        #expect(dataset?["@type"] == .array([.string("dcat:Dataset")]))
        #expect(first(dataset, "dct:identifier")?["@value"] == .string("aldermoor-2023/2025"))
        #expect(first(dataset, "dct:title")?["@language"] == .string("en"))
        #expect(first(linked(dataset, "dct:publisher"), "foaf:name")?["@value"] == .string("Aldermoor City Council"))
        let period = linked(dataset, "dct:temporal")
        #expect(first(period, "dcat:startDate")?["@value"] == .string("2023-01-01"))
        #expect(first(period, "dcat:endDate")?["@value"] == .string("2025-12-31"), "the data's end, not the plan's")
        let distributions = (dataset?["dcat:distribution"]?.array ?? []).compactMap { $0["@id"]?.string }
            .compactMap { nodes[$0] }
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(distributions.compactMap { first($0, "dct:title")?["@value"]?.string } == files)
        let media = Dictionary(
            uniqueKeysWithValues: distributions.map {
                (first($0, "dct:title")?["@value"]?.string ?? "", first($0, "dcat:mediaType")?["@id"]?.string ?? "")
            })
        let iana = "http://www.iana.org/assignments/media-types/"
        #expect(media["report.html"] == iana + "text/html" && media["budget.csv"] == iana + "text/csv")
        #expect(media["plan.json"] == iana + "application/json" && media["report.md"] == iana + "text/markdown")
        #expect(
            distributions.allSatisfy {
                first($0, "dcat:accessURL")?["@id"]?.string == first($0, "dct:title")?["@value"]?.string
            })
    }

    @Test func privateValuesNeverLeaveThroughTheBundle() throws {
        _ = exported()
        // The example withholds one value: rough sleepers aged 0-17 on 2025-11-15, with a note saying why.
        #expect(try rows("measurements.csv").contains { $0.prefix(4) == ["1.1.a", "", "2025-11-15", "age=18-64"] })
        for name in try FileManager.default.contentsOfDirectory(atPath: out) {
            let content = try text(name)
            #expect(!content.contains("Withheld from publication"), "\(name) holds the private value's note")
        }
        #expect(!(try rows("measurements.csv").contains { $0.prefix(4) == ["1.1.a", "", "2025-11-15", "age=0-17"] }))
        let plan = try JSONParser.parse(try text("plan.json"))
        let measurements = plan["measurements"]?.array ?? []
        #expect(!measurements.isEmpty && measurements.allSatisfy { $0["public"] != .bool(false) })
        #expect(plan["assessments"]?.array?.isEmpty ?? true, "reviewers' working data stays home")
    }

    /// Plan texts reach Markdown inert: no raw HTML, no link, whatever the city typed.
    @Test func markdownFilesCarryPlanTextsWithoutMarkup() throws {
        let payload = "Plan <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) *bold*"
        _ = exported(["plan", "update", "--code", "aldermoor-2023", "--title", payload])
        let names = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".md") }
        #expect(names.count >= 2, "\(names)")
        for name in names {
            let content = try text(name)
            #expect(content.contains("Plan \\<script\\>alert(1)\\</script\\>"), "\(name) shows the title, escaped")
            let unescaped = content.replacing(/\\./, with: "")
            for markup in ["<script", "<img", "](javascript", "[x]", "*bold*"] {
                #expect(!unescaped.contains(markup), "\(name) carries \(markup)")
            }
        }
    }

    @Test func aTextCellThatASpreadsheetWouldRunIsGuarded() throws {
        _ = exported(["action", "update", "--code", "1.1.1", "--title", "=HYPERLINK(\"http://x.example\",\"ok\")"])
        let action = try rows("actions.csv").first { $0.first == "1.1.1" }
        #expect(action?[3] == "'=HYPERLINK(\"http://x.example\",\"ok\")")
        #expect(try rows("budget.csv").dropFirst().allSatisfy { !$0[3].hasPrefix("'") }, "numbers untouched")
    }

    @Test func anExistingDirectoryAndBadInputWriteNothing() throws {
        let session = exported()
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let again = session.run("export-bundle", "aldermoor-2023", "--year", "2025", "--out", out)
        #expect(again.code == 64 && again.err.contains("already exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
        let other = out + "-2"
        #expect(session.run("export-bundle", "aldermoor-2023", "--year", "2031", "--out", other).code == 64)
        #expect(session.run("export-bundle", "aldermoor-2023", "--year", "2025").code == 64, "--out is required")
        let missing = session.run("export-bundle", "aldermoor-2023", "--year", "2025", "--out", "/no/such/dir/x")
        #expect(missing.code == 74 && missing.err.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: other))
    }
}
