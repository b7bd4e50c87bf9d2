import Foundation
import HRAPCore
import HRAPServer
import HRAPUseCases
import JSONCoding
import SQLiteStore
import Testing

/// What clients rely on: entity tags, pages, the score cache, the OpenAPI document, a busy database, and reads that
/// never see half of an import.
@Suite(.serialized) struct APIBehaviourTests {
    static let plan = "/api/v1/plans/aldermoor-2023"

    @Test func readsCarryAnEntityTagAndAnswer304WhenUnchanged() throws {
        let fixture = try APIFixture()
        let first = fixture.call("GET", Self.plan + "/score?as_of=2025-12-31")
        let etag = try #require(first.header("ETag"))
        let again = fixture.call("GET", Self.plan + "/score?as_of=2025-12-31", headers: [("If-None-Match", etag)])
        #expect(again.status == 304 && again.body.isEmpty)
        let record = fixture.call(
            "POST", Self.plan + "/measurements", body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1}"#)
        #expect(record.status == 201)
        let after = fixture.call("GET", Self.plan + "/score?as_of=2026-12-31", headers: [("If-None-Match", etag)])
        #expect(after.status == 200, "a write makes the cached score stale")
    }

    @Test func theScoreIsTheSameAsTheServicesWhetherCachedOrNot() throws {
        let fixture = try APIFixture()
        let direct = try fixture.service.score(
            plan: "aldermoor-2023", framework: "hrgl-2024", asOf: CalendarDate.endOfYear(2025),
            as: .commandLine("test"))
        let expected = JSONWriter.compact(direct.json())
        #expect(fixture.call("GET", Self.plan + "/score?as_of=2025-12-31").body == expected)
        #expect(
            fixture.call("GET", Self.plan + "/score?as_of=2025-12-31", as: "viewer").body == expected, "cached, same")
    }

    @Test func pagesReturnEveryItemOnce() throws {
        let fixture = try APIFixture()
        var codes: [String] = []
        var cursor: String?
        repeat {
            let page = fixture.call("GET", Self.plan + "/actions?limit=7" + (cursor.map { "&cursor=" + $0 } ?? "")).json
            codes += page?["items"]?.array?.compactMap { $0["code"]?.string } ?? []
            cursor = page?["next_cursor"]?.string
        } while cursor != nil
        #expect(codes.count == 40 && Set(codes).count == 40)
    }

    /// Record lists are paged in SQL on a keyset: records created between two pages come later or not at all, never
    /// twice, and none of those already there is skipped. An offset cursor of earlier versions is refused.
    @Test func pagingRecordsWhileRecordsAreCreatedNeitherRepeatsNorSkips() throws {
        let fixture = try APIFixture()
        var codes: [String] = [], cursor: String?, page = 0
        repeat {
            let query = "?limit=7" + (cursor.map { "&cursor=" + $0 } ?? "")
            let response = try #require(fixture.call("GET", Self.plan + "/actions" + query).json)
            codes += response["items"]?.array?.compactMap { $0["code"]?.string } ?? []
            cursor = response["next_cursor"]?.string
            page += 1
            let body =
                #"{"code": "9.9.\#(page)", "objective": "1.1", "title": "New", "status": "planned", "#
                + #""competence": "own"}"#
            let created = fixture.call("POST", Self.plan + "/actions", body: body)
            #expect(created.status == 201, "\(created.body)")
        } while cursor != nil
        #expect(Set(codes).count == codes.count, "none twice")
        #expect(codes.filter { !$0.hasPrefix("9.9.") }.count == 40, "none of the 40 skipped")
        #expect(codes.filter { $0.hasPrefix("9.9.") }.count == page - 1, "every action created before the last page")
        #expect(fixture.call("GET", Self.plan + "/actions?cursor=o7").status == 400)
    }

    @Test func aCreatedRecordSaysWhereItIs() throws {
        let fixture = try APIFixture()
        let created = fixture.call(
            "POST", Self.plan + "/units", body: #"{"code": "NEW 1", "name": "New", "kind": "department"}"#)
        #expect(created.status == 201)
        #expect(created.header("Location") == "/api/v1/plans/aldermoor-2023/units/NEW%201")
        let read = fixture.call("GET", created.header("Location") ?? "")
        #expect(read.status == 200 && read.header("ETag") == created.header("ETag"))
        #expect(
            fixture.call("POST", Self.plan + "/units", body: #"{"code": "NEW 1", "name": "New", "kind": "department"}"#)
                .status == 409)
    }

    /// What a generated client needs from the document: the conditional headers, the created record's address,
    /// the stamps it must not send, and the spreadsheet upload in a media type generators know.
    @Test func theDocumentDeclaresHeadersStampsAndUploadsAsTheServerUsesThem() throws {
        let fixture = try APIFixture()
        let document = try #require(fixture.call("GET", "/api/v1/openapi.json", as: nil).json)
        let paths = document["paths"]
        func names(_ operation: JSONValue?) -> [String: Bool] {
            Dictionary(
                (operation?["parameters"]?.array ?? []).filter { $0["in"] == .string("header") }.compactMap { header in
                    header["name"]?.string.map { ($0, header["required"] == .bool(true)) }
                }, uniquingKeysWith: { $1 })
        }
        let update = paths?["/api/v1/plans/{plan}/indicators/{code}"]?["patch"]
        #expect(names(update)["If-Match"] == true, "a change needs the version read")
        #expect(update?["responses"]?["200"]?["headers"]?["ETag"] != nil)
        let read = paths?["/api/v1/plans/{plan}/indicators/{code}"]?["get"]
        #expect(names(read)["If-None-Match"] == false)
        for (path, operations) in paths?.members ?? [] {
            for (method, operation) in operations.members ?? [] where operation["responses"]?["201"] != nil {
                #expect(
                    operation["responses"]?["201"]?["headers"]?["Location"] != nil,
                    "\(method) \(path): 201 with Location")
            }
        }
        let value = fixture.call(
            "POST", "/api/v1/plans/aldermoor-2023/measurements",
            body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 401}"#)
        #expect(value.status == 201 && value.header("Location") == "/api/v1/plans/aldermoor-2023/measurements")
        let measurement = document["components"]?["schemas"]?["Measurement"]?["properties"]
        #expect(measurement?["recorded_at"]?["readOnly"] == .bool(true))
        #expect(measurement?["value"]?["readOnly"] == nil)
        let upload = paths?["/api/v1/plans/{plan}/sheets/{kind}"]?["post"]?["requestBody"]?["content"]
        #expect(upload?["text/csv"] != nil && upload?["application/octet-stream"] != nil)
        let sheet = "indicator,date,value\n1.1.b,2026-06-30,399\n"
        let binary = fixture.call(
            "POST", "/api/v1/plans/aldermoor-2023/sheets/measurements", body: sheet,
            contentType: "application/octet-stream")
        #expect(binary.status == 200 && binary.json?["dialect"] == .string("comma"))
    }

    @Test func theDocumentIsSentGzippedToAClientThatTakesIt() throws {
        let fixture = try APIFixture()
        let plain = fixture.call("GET", "/api/v1/openapi.json", as: nil)
        let gzipped = fixture.call(
            "GET", "/api/v1/openapi.json", as: nil, headers: [("Accept-Encoding", "gzip")])
        #expect(plain.header("Content-Encoding") == nil && plain.json != nil)
        #expect(gzipped.status == 200 && gzipped.header("Content-Encoding") == "gzip")
        #expect(gzipped.header("Vary") == "Accept-Encoding" && plain.header("Vary") == "Accept-Encoding")
        let (plainLength, gzippedLength) = (
            Int(plain.header("Content-Length") ?? "") ?? 0, Int(gzipped.header("Content-Length") ?? "") ?? 0
        )
        #expect(gzippedLength > 0 && gzippedLength * 4 < plainLength, "\(gzippedLength) of \(plainLength) bytes")
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws {
        let fixture = try APIFixture()
        let document = try #require(fixture.call("GET", "/api/v1/openapi.json", as: nil).json)
        #expect(document["openapi"]?.string == "3.1.0")
        var documented: Set<String> = []
        for (path, operations) in document["paths"]?.members ?? [] {
            for (method, operation) in operations.members ?? [] {
                documented.insert(method.uppercased() + " " + path)
                #expect(operation["responses"]?.members?.isEmpty == false, "\(method) \(path) has responses")
                #expect(operation["operationId"]?.string != nil)
            }
        }
        let routed = Set(APIServer.routeTable.map { $0.method + " " + $0.path })
        #expect(documented == routed)
        #expect(documented.count > 60)
        for operation in documented {
            let parts = operation.split(separator: " ")
            let path = parts[1].replacing(/\{[a-z]+\}/, with: "x")
            let response = fixture.call(String(parts[0]), String(path), body: parts[0] == "GET" ? nil : "{}")
            #expect(response.status != 405 && response.json?["code"]?.string != "no_route", "\(operation) is served")
        }
        var references: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "$ref", let text = member.string { references.append(text) } else { collect(member) }
                }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        collect(document)
        let components = Set((document["components"]?["schemas"]?.members ?? []).map { "#/components/schemas/" + $0.0 })
        #expect(!references.isEmpty && references.allSatisfy(components.contains), "every $ref resolves")
    }

    @Test func aReadOnlyServerRefusesEveryWriteAndServesReads() throws {
        let fixture = try APIFixture(readOnly: true)
        let before = try fixture.auditRows()
        let write = fixture.call(
            "POST", Self.plan + "/measurements", body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1}"#)
        #expect(write.status == 403 && write.json?["code"]?.string == "forbidden")
        #expect(fixture.call("POST", "/api/v1/tokens", body: #"{"name": "t", "role": "viewer"}"#).status == 403)
        #expect(try fixture.auditRows() == before)
        #expect(fixture.call("GET", Self.plan + "/score").status == 200)
    }

    @Test func aBusyDatabaseAnswers503WithRetryAfter() throws {
        let fixture = try APIFixture(busyTimeoutMilliseconds: 200)
        let blocker = try Database(path: fixture.database, mode: .readWrite)
        try blocker.run("BEGIN IMMEDIATE")
        let response = fixture.call(
            "POST", Self.plan + "/measurements", body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1}"#)
        try blocker.run("ROLLBACK")
        #expect(response.status == 503 && response.header("Retry-After") == "1", "\(response.body)")
        #expect(fixture.call("GET", Self.plan + "/actions/1.1.1").status == 200)
        let retried = fixture.call(
            "POST", Self.plan + "/measurements", body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1}"#)
        #expect(retried.status == 201)
    }

    @Test func aReaderNeverSeesHalfOfAnImport() async throws {
        let fixture = try APIFixture()
        let rows = (1...3_000).map { "1.1.b,\(2030 + $0 / 365)-\(String(format: "%02d", $0 % 12 + 1))-01,\($0)" }
        let sheet = "indicator,date,value\n" + rows.joined(separator: "\n") + "\n"
        let counts = try await withThrowingTaskGroup(of: [Int].self) { group in
            group.addTask {
                let response = fixture.call(
                    "POST", Self.plan + "/sheets/measurements", body: sheet, contentType: "text/csv")
                return [response.status]
            }
            group.addTask {
                var seen: [Int] = []
                for _ in 0..<40 {
                    let values = fixture.call(
                        "GET", Self.plan + "/measurements?indicator=1.1.b&from=2030-01-01&limit=1000"
                    ).json
                    let page = values?["items"]?.array?.count ?? -1
                    seen.append(page)
                }
                return seen
            }
            var all: [[Int]] = []
            for try await result in group { all.append(result) }
            return all
        }
        let seen = counts.first { $0.count > 1 } ?? []
        #expect(seen.allSatisfy { $0 == 0 || $0 == 1000 }, "every read saw none or all of the import: \(Set(seen))")
    }
}

/// Lists of values are paged in SQL after a key: a page costs what it reads, and values recorded while a client pages
/// through neither repeat nor hide others.
@Suite(.serialized) struct KeysetPagingTests {
    static let plan = "/api/v1/plans/aldermoor-2023"

    private func key(_ item: JSONValue) -> String {
        ["indicator", "period_start", "date", "disaggregation", "value"].map { JSONWriter.compact(item[$0] ?? .null) }
            .joined(separator: " ")
    }

    @Test func pagingWhileValuesAreRecordedNeitherRepeatsNorSkips() throws {
        let fixture = try APIFixture()
        let whole = try #require(fixture.call("GET", Self.plan + "/measurements?limit=1000").json)
        let before = (whole["items"]?.array ?? []).map(key)
        #expect(before.count > 100 && whole["next_cursor"] == .null)
        var seen: [String] = [], cursor: String?, page = 0
        var recorded: [String] = []
        repeat {
            let query = "?limit=25" + (cursor.map { "&cursor=" + $0 } ?? "")
            let response = try #require(fixture.call("GET", Self.plan + "/measurements" + query).json)
            let items = response["items"]?.array ?? []
            seen += items.map(key)
            cursor = response["next_cursor"]?.string
            page += 1
            // Between pages: a new value, and a correction of a value the client has read (a number, total).
            let date = "2027-0\(min(page, 9))-1\(page % 10)"
            let body = #"{"indicator": "1.1.b", "date": "\#(date)", "value": \#(1000 + page)}"#
            #expect(fixture.call("POST", Self.plan + "/measurements", body: body).status == 201)
            recorded.append("\"1.1.b\" null \"\(date)\" null \(1000 + page)")
            if let read = items.first(where: Self.isTotal), let value = Self.number(read["value"]) {
                var members: [(String, JSONValue)] = [("value", .number(value + 0.5))]
                for name in ["indicator", "period_start", "date"] {
                    if let field = read[name], field != .null { members.append((name, field)) }
                }
                let body = JSONWriter.compact(.object(members))
                let correction = fixture.call("POST", Self.plan + "/measurements", body: body)
                #expect(correction.status == 201, "\(correction.body)")
                let fields: [(String, JSONValue)] = (read.members ?? []).map { name, field in
                    name == "value" ? (name, JSONValue.number(value + 0.5)) : (name, field)
                }
                recorded.append(key(.object(fields)))
            }
        } while cursor != nil && page < 100
        #expect(cursor == nil, "the list ends")
        #expect(Set(seen).count == seen.count, "no value is listed twice")
        #expect(Set(before).isSubset(of: Set(seen)), "no value current when paging began is skipped")
        #expect(Set(seen).subtracting(before).isSubset(of: Set(recorded)), "what else shows was recorded meanwhile")
    }

    private static func isTotal(_ item: JSONValue) -> Bool {
        item["disaggregation"] == .null && number(item["value"]) != nil
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .integer(let number)?: Double(number)
        case .number(let number)?: number
        default: nil
        }
    }

    @Test func aCursorOfAnotherKindOrAnotherServerIsRefused() {
        let fixture = try? APIFixture()
        for cursor in ["o5", "k-1", "k", "x1", "k" + String(repeating: "z", count: 20)] {
            #expect(fixture?.call("GET", Self.plan + "/measurements?cursor=" + cursor).status == 400, "\(cursor)")
        }
    }
}
