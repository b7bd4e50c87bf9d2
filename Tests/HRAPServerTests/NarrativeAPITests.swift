import Foundation
import JSONCoding
import Testing

/// The city's own words: recorded through the API, superseded and kept, checked against the plan, and escaped wherever
/// they are shown.
@Suite(.serialized) struct NarrativeAPITests {
    static let plan = "/api/v1/plans/aldermoor-2023"

    @Test func newWordsSupersedeTheOldOnesWhichAreKept() throws {
        let fixture = try APIFixture()
        let body = #"{"year": 2026, "part": "foreword", "text": "A first draft."}"#
        #expect(fixture.call("POST", Self.plan + "/narratives", body: body).status == 201)
        #expect(fixture.call("POST", Self.plan + "/narratives", body: body).json?["outcome"] == .string("unchanged"))
        let revised = #"{"year": 2026, "part": "foreword", "text": "The final words."}"#
        #expect(fixture.call("POST", Self.plan + "/narratives", body: revised).status == 201)
        let current = fixture.call("GET", Self.plan + "/narratives?part=foreword").json?.array ?? []
        #expect(current.filter { $0["year"] == .integer(2026) }.map { $0["text"] } == [.string("The final words.")])
        let file = try #require(fixture.call("GET", Self.plan + "/file").json)
        let kept = (file["narratives"]?.array ?? []).filter { $0["year"] == .integer(2026) }.compactMap {
            $0["text"]?.string
        }
        #expect(kept == ["A first draft.", "The final words."], "both versions stay in the plan file")
        let audit = fixture.call("GET", "/api/v1/audit?entity=report_narrative").json?.array ?? []
        #expect(audit.count == 5 + 2, "an audit row for each version (five came with the example)")
    }

    @Test func wordsAreCheckedAgainstThePlanAndNotStampedByTheClient() throws {
        let fixture = try APIFixture()
        let before = try fixture.auditRows()
        for body in [
            #"{"year": 2026, "part": "explanation", "text": "Why."}"#,
            #"{"year": 2026, "part": "explanation", "subject": "9.9.9", "text": "Why."}"#,
            #"{"year": 2026, "part": "preface", "text": "Hello."}"#,
            #"{"year": 2026, "part": "foreword", "text": "Hi.", "recorded_at": "2020-01-01T00:00:00Z"}"#,
        ] {
            let refused = fixture.call("POST", Self.plan + "/narratives", body: body)
            #expect(refused.status == 400, "\(body) → \(refused.status) \(refused.body)")
        }
        let foreign = fixture.call(
            "POST", Self.plan + "/narratives", as: "otherOfficer",
            body: #"{"year": 2026, "part": "foreword", "text": "x"}"#)
        #expect(foreign.status == 403)
        #expect(try fixture.auditRows() == before)
    }
}
