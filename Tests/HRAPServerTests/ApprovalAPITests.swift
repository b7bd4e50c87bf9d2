import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// Approval before publication through the API: 202 with the submission, the queue, approve and reject with the
/// four-eyes rule, and nothing public until approved.
@Suite(.serialized) struct ApprovalAPITests {
    static let base = "/api/v1/plans/aldermoor-2023"
    static let value = #"{"indicator": "1.1.b", "date": "2025-12-31", "value": 5555}"#

    private static func id(_ json: JSONValue?) -> Int64? {
        if case .integer(let id)? = json { return id }
        return nil
    }

    private func approvalAPI() throws -> APIFixture {
        let api = try APIFixture()
        try api.service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("requires_approval", .bool(true))], as: .commandLine("test"))
        return api
    }

    @Test func anOfficersValueWaitsUntilAnotherOfficerApprovesIt() throws {
        let api = try approvalAPI()
        let posted = api.call("POST", Self.base + "/measurements", as: "officer", body: Self.value)
        #expect(posted.status == 202)
        #expect(posted.json?["outcome"] == JSONValue.string("awaiting_approval"))
        let id = try #require(Self.id(posted.json?["submission"]?["id"]))
        #expect(!api.call("GET", Self.base + "/measurements?indicator=1.1.b", as: "viewer").body.contains("5555"))
        #expect(!api.call("GET", Self.base + "/measurements?indicator=1.1.b", as: "officer").body.contains("5555"))

        let queue = api.call("GET", Self.base + "/submissions", as: "coordinator")
        #expect(queue.status == 200)
        #expect(queue.json?["items"]?.array?.count == 1)
        #expect(api.call("GET", Self.base + "/submissions", as: "viewer").status == 403)
        #expect(api.call("GET", Self.base + "/submissions", as: "otherOfficer").status == 403)

        let own = api.call("POST", Self.base + "/submissions/\(id)/approve", as: "officer", body: "{}")
        #expect(own.status == 403 && own.json?["code"] == JSONValue.string("own_submission"))
        let approved = api.call("POST", Self.base + "/submissions/\(id)/approve", as: "coordinator", body: "{}")
        #expect(approved.status == 200 && approved.json?["decision"] == JSONValue.string("approved"))
        #expect(Self.id(approved.json?["entry_id"]) != nil)
        #expect(api.call("GET", Self.base + "/measurements?indicator=1.1.b", as: "viewer").body.contains("5555"))
        let again = api.call("POST", Self.base + "/submissions/\(id)/reject", as: "admin", body: #"{"reason": "x"}"#)
        #expect(again.status == 409 && again.json?["code"] == JSONValue.string("already_decided"))
    }

    @Test func aRejectionNeedsAReasonAndAnAdminsValueNeverWaits() throws {
        let api = try approvalAPI()
        let update = #"{"action": "1.1.1", "date": "2025-12-31", "status": "completed"}"#
        let posted = api.call("POST", Self.base + "/progress-updates", as: "officer", body: update)
        #expect(posted.status == 202)
        let id = try #require(Self.id(posted.json?["submission"]?["id"]))
        let before = try api.auditRows()
        for body in ["{}", #"{"reason": "   "}"#, #"{"reason": 7}"#, #"{"reason": "late", "resaon": "typo"}"#] {
            let refused = api.call("POST", Self.base + "/submissions/\(id)/reject", as: "coordinator", body: body)
            #expect(refused.status == 400 || refused.status == 422, "\(body) → \(refused.status)")
        }
        #expect(
            api.call(
                "POST", Self.base + "/submissions/999/reject", as: "coordinator",
                body: #"{"reason": "no"}"#
            ).status == 404)
        #expect(try api.auditRows() == before)
        let rejected = api.call(
            "POST", Self.base + "/submissions/\(id)/reject", as: "coordinator",
            body: #"{"reason": "Not completed: the works continue until March."}"#)
        #expect(rejected.status == 200 && rejected.json?["decision"] == JSONValue.string("rejected"))
        let all = api.call("GET", Self.base + "/submissions?state=all", as: "officer")
        let reason = JSONValue.string("Not completed: the works continue until March.")
        #expect(all.json?["items"]?.array?.first?["reason"] == reason)
        #expect(api.call("GET", Self.base + "/submissions?state=later", as: "officer").status == 400)
        #expect(api.call("POST", Self.base + "/measurements", as: "admin", body: Self.value).status == 201)
    }
}
