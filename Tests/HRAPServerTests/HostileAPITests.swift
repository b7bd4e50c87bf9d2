import Foundation
import HRAPUseCases
import JSONCoding
import Testing

/// The API findings of a hostile test: rights before bodies, existence never told, and headers that keep private
/// answers out of caches and content sniffing.
@Suite(.serialized) struct HostileAPITests {
    let fixture: APIFixture

    init() throws { fixture = try APIFixture() }

    /// A response with plan codes replaced, for comparing what a caller learns about two plans.
    private func shape(_ response: APIResponse, _ codes: [String]) -> String {
        codes.reduce("\(response.status) \(response.body)") { $0.replacing($1, with: "PLAN") }
    }

    @Test func aWriteWithoutTheRightIsRefusedBeforeItsBodyIsRead() {
        let plan = "/api/v1/plans/aldermoor-2023"
        let cases: [(String, String, String, Int)] = [
            ("viewer", "POST", plan + "/measurements", 403),
            ("viewer", "POST", plan + "/units", 403),
            ("reviewer", "POST", plan + "/progress-updates", 403),
            ("otherOfficer", "POST", plan + "/evaluations", 403),
            ("officer", "POST", plan + "/assessments/peer-2025/ratings", 403),
            ("viewer", "POST", "/api/v1/plan-files", 403),
            ("viewer", "POST", "/api/v1/tokens", 403),
            ("otherOfficer", "POST", "/api/v1/plans/aldermoor-draft/units", 404),
        ]
        for (role, method, path, status) in cases {
            let response = fixture.call(method, path, as: role, body: #"{"not": "a valid body"#)
            #expect(response.status == status, "\(role) \(method) \(path): \(response.status) \(response.body)")
        }
    }

    @Test func anUploadWithoutATokenIsRefusedBeforeItsBodyArrives() {
        let head =
            "POST /api/v1/plans/aldermoor-2023/sheets/measurements HTTP/1.1\r\nHost: t\r\n"
            + "Content-Type: text/csv\r\nContent-Length: 62914560\r\n\r\n"
        let started = Date()
        let answer = RawConnection.exchange(port: fixture.port, Array(head.utf8))
        #expect(answer.hasPrefix("HTTP/1.1 401 "), "\(answer.prefix(200))")
        #expect(answer.contains("application/problem+json"))
        #expect(Date().timeIntervalSince(started) < 5, "answered at once, without waiting for 60 MiB")
        let viewer =
            "POST /api/v1/plans/aldermoor-2023/sheets/measurements HTTP/1.1\r\nHost: t\r\n"
            + "Authorization: Bearer \(fixture.tokens["viewer"] ?? "")\r\nContent-Type: text/csv\r\n"
            + "Content-Length: 62914560\r\n\r\n"
        #expect(RawConnection.exchange(port: fixture.port, Array(viewer.utf8)).hasPrefix("HTTP/1.1 403 "))
    }

    @Test func anUnreadablePlanAnswersAsAMissingOneOnEveryWrite() {
        let draft = "aldermoor-draft", missing = "nowhere-2030"
        let patch = { (code: String) in
            fixture.call(
                "PATCH", "/api/v1/plans/\(code)", as: "otherOfficer", body: #"{"title": "Taken over"}"#,
                headers: [("If-Match", "\"0000000000000000\"")])
        }
        #expect(patch(missing).status == 404)
        #expect(shape(patch(draft), [draft]) == shape(patch(missing), [missing]))
        let decide = { (code: String, verb: String) in
            fixture.call(
                "POST", "/api/v1/plans/\(code)/submissions/1/\(verb)", as: "otherOfficer",
                body: verb == "reject" ? #"{"reason": "no"}"# : nil)
        }
        #expect(decide(missing, "approve").status == 404)
        for verb in ["approve", "reject"] {
            #expect(shape(decide(draft, verb), [draft]) == shape(decide(missing, verb), [missing]), "\(verb)")
        }
        let file = { (code: String) in
            fixture.call(
                "POST", "/api/v1/plan-files", as: "otherOfficer",
                body: """
                    {"format": "hrap-plan/1", "government": {"code": "GB-aldermoor", "name": "Aldermoor", "country": "GB",
                     "level": "municipality"}, "plan": {"code": "\(code)", "government": "GB-aldermoor", "title": "T",
                     "kind": "comprehensive", "period_start": "2028-01-01", "status": "draft"}}
                    """)
        }
        #expect(file(missing).status == 403, "\(file(missing).body)")
        #expect(shape(file(draft), [draft]) == shape(file(missing), [missing]))
    }

    @Test func everyAnswerForbidsSniffingAndPrivateOnesAreNotStored() {
        let plan = "/api/v1/plans/aldermoor-2023"
        for path in [plan + "/file", plan + "/sheets/measurements", plan + "/score", "/api/v1/plans/none"] {
            let response = fixture.call("GET", path, as: "officer")
            #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
            #expect(response.header("Cache-Control") == "no-store", "\(path)")
        }
        let document = fixture.call("GET", "/api/v1/openapi.json", as: nil)
        #expect(document.header("X-Content-Type-Options") == "nosniff")
        #expect(document.header("Cache-Control") == "public, max-age=300" && document.header("ETag") != nil)
    }
}
