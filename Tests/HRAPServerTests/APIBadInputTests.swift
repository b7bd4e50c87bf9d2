import Foundation
import JSONCoding
import Testing

/// Hostile input against a live server: each gets the right 4xx, nothing is written, and the next request is served.
@Suite(.serialized) struct APIBadInputTests {
    static let plan = "/api/v1/plans/aldermoor-2023"
    let fixture: APIFixture

    init() throws { fixture = try APIFixture() }

    /// Sends a request, expects a status and a problem body, checks nothing was written and the server still answers.
    private func refused(
        _ method: String, _ path: String, body: String? = nil, contentType: String = "application/json",
        as token: String? = "admin", status: Int, code: String? = nil
    ) throws {
        let before = try fixture.auditRows()
        let response = fixture.call(method, path, as: token, body: body, contentType: contentType)
        #expect(
            response.status == status,
            "\(method) \(path) \(body?.prefix(60) ?? "") → \(response.status) \(response.body.prefix(300))")
        #expect(response.header("Content-Type") == "application/problem+json")
        if let code { #expect(response.json?["code"]?.string == code, "\(response.body.prefix(300))") }
        #expect(try fixture.auditRows() == before, "nothing written")
        #expect(fixture.call("GET", Self.plan + "/actions/1.1.1").status == 200, "still serving")
    }

    /// The field declarations' length limits hold on the API as on the web forms and the command line.
    @Test func textOverItsDeclaredLimitIsRefused() throws {
        let title = String(repeating: "t", count: 1_001)
        try refused(
            "POST", Self.plan + "/objectives",
            body: #"{"code": "9.9", "field": "1", "title": "\#(title)"}"#, status: 400, code: "invalid")
        let response = fixture.call(
            "POST", Self.plan + "/objectives", body: #"{"code": "9.9", "field": "1", "title": "\#(title)"}"#)
        #expect(response.json?["errors"]?.array?.first?["pointer"]?.string == "/title", "\(response.body)")
    }

    @Test func malformedBodies() throws {
        let path = Self.plan + "/measurements"
        try refused("POST", path, body: #"{"indicator": "1.1.b""#, status: 400, code: "malformed_json")
        try refused("POST", path, body: "\u{FF}\u{FE}garbage", status: 400, code: "malformed_json")
        try refused(
            "POST", path, body: String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
            status: 400, code: "malformed_json")
        try refused(
            "POST", path, body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1, "valeu": 2}"#,
            status: 400, code: "invalid")
        try refused("POST", path, body: #"["not", "an", "object"]"#, status: 400)
        try refused(
            "POST", path, body: "indicator=1.1.b", contentType: "application/x-www-form-urlencoded", status: 415)
        try refused(
            "POST", path,
            body: #"{"indicator": "1.1.b", "date": "2026-03-31", "value": 1, "recorded_by": "someone else"}"#,
            status: 400, code: "invalid")
        try refused("POST", path, body: #"{"indicator": "nope", "date": "2026-03-31", "value": 1}"#, status: 400)
        try refused(
            "POST", Self.plan + "/units", body: "{\"code\": \"" + String(repeating: "x", count: 100_000) + "\"}",
            status: 400)
    }

    @Test func everyProblemOfABodyIsListedWithItsPointer() throws {
        let response = fixture.call(
            "POST", Self.plan + "/actions", body: #"{"code": "9.9.9", "objective": "nope", "statu": "x"}"#)
        #expect(response.status == 400)
        let pointers = response.json?["errors"]?.array?.compactMap { $0["pointer"]?.string } ?? []
        #expect(pointers.contains("/statu") && pointers.contains("/title"), "\(pointers)")
        #expect(pointers.count >= 3)
    }

    @Test func badPathsAndQueries() throws {
        try refused("GET", "/api/v1/plans/..%2f..%2fetc%2fpasswd", status: 404, code: "no_route")
        try refused("GET", "/api/v1/plans/aldermoor%00-2023", status: 404, code: "no_route")
        try refused("GET", "/api/v1/plans/%zz", status: 400)
        try refused("GET", "/api/v1/plans/nope", status: 404, code: "not_found")
        try refused("GET", Self.plan + "/actions/9.9.9", status: 404)
        try refused("GET", Self.plan + "/score?as_of=yesterday", status: 400, code: "bad_query")
        try refused("GET", Self.plan + "/score?framework=nope", status: 404, code: "unknown_framework")
        try refused("GET", Self.plan + "/score?bogus=1", status: 400, code: "unknown_query_parameter")
        try refused("GET", Self.plan + "/actions?limit=0", status: 400)
        try refused("GET", Self.plan + "/actions?cursor=zzz", status: 400)
        try refused("GET", "/api/v1/nothing-here", status: 404)
        try refused("DELETE", Self.plan, status: 405)
        #expect(fixture.call("DELETE", Self.plan).header("Allow") == "GET, PATCH")
    }

    @Test func sqlMetacharactersAreStoredAsText() throws {
        let name = "Robert'); DROP TABLE plans; -- \" ` \\ %"
        let body = "{\"code\": \"SQL\", \"name\": \(JSONWriter.compact(.string(name))), \"kind\": \"department\"}"
        let created = fixture.call("POST", Self.plan + "/units", body: body)
        #expect(created.status == 201)
        #expect(fixture.call("GET", Self.plan + "/units/SQL").json?["name"]?.string == name)
        #expect(fixture.call("GET", "/api/v1/plans").json?["items"]?.array?.count == 3, "plans are all still there")
        #expect(fixture.call("GET", "/api/v1/plans/%27%20OR%201%3D1%20--").status == 404)
    }

    @Test func tokensThatAreNotAcceptedAndGuessing() throws {
        try refused("GET", Self.plan, as: "expired", status: 401, code: "unauthenticated")
        try refused("GET", Self.plan, as: "revoked", status: 401)
        try refused("GET", Self.plan, as: "hrap_" + String(repeating: "0", count: 64), status: 401)
        let unauthorized = fixture.call("GET", Self.plan, as: nil)
        #expect(unauthorized.status == 401 && unauthorized.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(!unauthorized.body.contains("hrap_"))
        var statuses: [Int] = []
        for attempt in 0..<12 { statuses.append(fixture.call("GET", Self.plan, as: "wrong-\(attempt)").status) }
        #expect(statuses.contains(429), "guessing is slowed down: \(statuses)")
        let throttled = fixture.call("GET", Self.plan, as: "wrong")
        #expect(throttled.status == 429 && Int(throttled.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(
            fixture.call("GET", Self.plan, as: "admin").status == 200,
            "a valid token is not held back by others' guesses")
    }

    /// A plan file's measurements are parsed as they are imported: a syntax error among them is still a 400 with
    /// its position, and the changes before it are not written.
    @Test func aPlanFileBrokenAmongItsMeasurementsWritesNothing() throws {
        let example = try String(contentsOfFile: repositoryRoot + "/examples/aldermoor-plan.json", encoding: .utf8)
            .replacing("\"value\": 575", with: "\"value\": 576")
        let updates = try #require(example.firstRange(of: "\"progress_updates\": ["))
        let broken = example.replacingCharacters(in: updates, with: "\"progress_updates\": [{]")
        try refused("POST", "/api/v1/plan-files", body: broken, status: 400, code: "malformed_json")
        try refused(
            "POST", "/api/v1/plan-files", body: String(example.prefix(example.count / 2)), status: 400,
            code: "malformed_json")
        try refused("POST", "/api/v1/plan-files", body: "[]", status: 400)
    }

    @Test func crossGovernmentAndCrossReviewerWritesAreRefused() throws {
        try refused(
            "POST", "/api/v1/plans/hainbach-inklusiv/measurements",
            body: #"{"indicator": "P.a", "date": "2026-01", "value": 1}"#,
            as: "officer", status: 403, code: "forbidden")
        try refused(
            "POST", "/api/v1/plan-files",
            body: try String(contentsOfFile: repositoryRoot + "/examples/hainbach-plan.json", encoding: .utf8),
            as: "officer", status: 403)
        try refused(
            "PATCH", "/api/v1/plans/aldermoor-2023", body: #"{"government": "DE-hainbach"}"#, as: "officer", status: 403
        )
        let view = fixture.call("GET", Self.plan + "/assessments/peer-2025", as: "reviewer")
        #expect(view.status == 200, "a finalised round is open to its reviewers")
    }

    @Test func aBadSpreadsheetWritesNothingAndListsEveryBadRow() throws {
        let sheet = "indicator,date,value\n1.1.b,2026-06-30,410\nnope,2026-06-30,1\n1.1.b,not-a-date,2\n"
        let before = try fixture.auditRows()
        let response = fixture.call("POST", Self.plan + "/sheets/measurements", body: sheet, contentType: "text/csv")
        #expect(response.status == 400)
        let locations = response.json?["errors"]?.array?.compactMap { $0["location"]?.string } ?? []
        #expect(locations.count >= 2 && locations.allSatisfy { $0.hasPrefix("line ") }, "\(response.body.prefix(400))")
        #expect(try fixture.auditRows() == before)
        let good = fixture.call(
            "POST", Self.plan + "/sheets/measurements", body: "indicator,date,value\n1.1.b,2026-06-30,410\n",
            contentType: "text/csv")
        #expect(good.status == 200 && good.json?["inserted"] == .integer(1), "\(good.body)")
        try refused("POST", Self.plan + "/sheets/weather", body: "a\n1\n", contentType: "text/csv", status: 404)
    }
}
