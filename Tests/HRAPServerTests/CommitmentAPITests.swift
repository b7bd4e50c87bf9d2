import Foundation
import JSONCoding
import Testing

/// A continuing measure's yearly commitments through the API: recorded, superseded and kept, refused for a finite or
/// unknown measure, and shown in the plan's progress.
@Suite(.serialized) struct CommitmentAPITests {
    static let plan = "/api/v1/plans/aldermoor-2023"

    @Test func aNewShareSupersedesTheOldWhichIsKept() throws {
        let fixture = try APIFixture()
        let body = #"{"action": "4.1.3", "year": 2026, "commitments": "24 days", "percent_met": 70}"#
        #expect(fixture.call("POST", Self.plan + "/commitments", body: body).status == 201)
        #expect(fixture.call("POST", Self.plan + "/commitments", body: body).json?["outcome"] == .string("unchanged"))
        let revised = #"{"action": "4.1.3", "year": 2026, "commitments": "24 days", "percent_met": 100}"#
        #expect(fixture.call("POST", Self.plan + "/commitments", body: revised).status == 201)
        let current = fixture.call("GET", Self.plan + "/commitments?action=4.1.3").json?.array ?? []
        #expect(current.map { $0["year"] } == [.integer(2024), .integer(2025), .integer(2026)])
        #expect(current.last?["percent_met"] == .integer(100))
        let file = try #require(fixture.call("GET", Self.plan + "/file").json)
        let kept = (file["commitments"]?.array ?? []).filter { $0["year"] == .integer(2026) }
        #expect(kept.map { $0["percent_met"] } == [.integer(70), .integer(100)], "both versions stay in the file")
        let audit = fixture.call("GET", "/api/v1/audit?entity=yearly_commitment").json?.array ?? []
        #expect(audit.count == 6 + 2, "an audit row for each version (six came with the two examples)")
        let progress = try #require(fixture.call("GET", Self.plan + "/progress?as_of=2025-12-31").json)
        #expect(progress["commitments"]?["year"] == .integer(2025))
        #expect(progress["commitments"]?["mostly"] == .integer(1))
    }

    @Test func onlyAContinuingMeasureOfThePlanTakesCommitments() throws {
        let fixture = try APIFixture()
        let before = try fixture.auditRows()
        for body in [
            #"{"action": "1.1.1", "year": 2026, "commitments": "x"}"#,
            #"{"action": "9.9.9", "year": 2026, "commitments": "x"}"#,
            #"{"action": "4.1.3", "year": 2026, "commitments": "x", "percent_met": 140}"#,
            #"{"action": "4.1.3", "year": 2026}"#,
        ] {
            let refused = fixture.call("POST", Self.plan + "/commitments", body: body)
            #expect(refused.status == 400, "\(body) → \(refused.status) \(refused.body)")
            #expect(refused.header("Content-Type") == "application/problem+json")
        }
        #expect(try fixture.auditRows() == before)
    }
}
