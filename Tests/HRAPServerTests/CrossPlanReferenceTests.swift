import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// Naming a plan as predecessor changes that plan's figures (a successor ends an open-ended predecessor), so it is a
/// write on that plan too: refused as if the plan did not exist unless the caller may write it, and audited there.
@Suite(.serialized) struct CrossPlanReferenceTests {
    let fixture: APIFixture

    init() throws { fixture = try APIFixture() }

    private func patchDraft(predecessor: String?, as role: String) -> APIResponse {
        let path = "/api/v1/plans/aldermoor-draft"
        let etag = fixture.call("GET", path).header("ETag") ?? ""
        return fixture.call(
            "PATCH", path, as: role, body: #"{"predecessor": \#(predecessor.map { "\"\($0)\"" } ?? "null")}"#,
            headers: [("If-Match", etag)])
    }

    /// The problem list of a response, with the plan code taken out: what a caller learns beyond its own input.
    private func shape(_ response: APIResponse, naming code: String) -> String {
        "\(response.status) " + response.body.replacing(code, with: "CODE")
    }

    @Test func anOfficerCannotNameAnotherGovernmentsPlanAsPredecessor() throws {
        let hainbachAudit = try fixture.service.audit(
            .init(plan: "hainbach-inklusiv", limit: 1000), as: .commandLine("t"))
        let foreign = patchDraft(predecessor: "hainbach-inklusiv", as: "officer")
        let missing = patchDraft(predecessor: "nowhere-2019", as: "officer")
        #expect(foreign.status == 400)
        #expect(shape(foreign, naming: "hainbach-inklusiv") == shape(missing, naming: "nowhere-2019"))
        let created = fixture.call(
            "POST", "/api/v1/plans", as: "officer",
            body: """
                {"code": "aldermoor-next", "government": "GB-aldermoor", "title": "Next", "kind": "comprehensive",
                 "period_start": "2029-01-01", "status": "draft", "predecessor": "hainbach-inklusiv"}
                """)
        #expect(created.status == 400, "\(created.body)")
        let after = try fixture.service.audit(.init(plan: "hainbach-inklusiv", limit: 1000), as: .commandLine("t"))
        #expect(after == hainbachAudit)
    }

    @Test func aPlanFileCannotNameAnotherGovernmentsPlanEither() throws {
        var text = try String(contentsOfFile: repositoryRoot + "/examples/aldermoor-plan.json", encoding: .utf8)
        text = text.replacing(
            "\"published\": true", with: "\"published\": true, \"predecessor\": \"hainbach-inklusiv\"")
        let foreign = fixture.call("POST", "/api/v1/plan-files", as: "officer", body: text)
        let missing = fixture.call(
            "POST", "/api/v1/plan-files", as: "officer",
            body: text.replacing("\"hainbach-inklusiv\"", with: "\"nowhere-2019\""))
        #expect(foreign.status == 400)
        #expect(shape(foreign, naming: "hainbach-inklusiv") == shape(missing, naming: "nowhere-2019"))
    }

    @Test func whoMayWriteBothPlansNamesItAndBothLogsSaySo() throws {
        let named = patchDraft(predecessor: "aldermoor-2023", as: "officer")
        #expect(named.status == 200, "\(named.body)")
        let rows = try fixture.service.audit(.init(plan: "aldermoor-2023", limit: 5), as: .commandLine("t"))
        let row = try #require(rows.first)
        #expect(row.actor == "maria (officer)")
        #expect(row.after == .object([("successor", .string("aldermoor-draft"))]))
        let unnamed = patchDraft(predecessor: nil, as: "officer")
        #expect(unnamed.status == 200, "\(unnamed.body)")
        let last = try #require(
            try fixture.service.audit(.init(plan: "aldermoor-2023", limit: 1), as: .commandLine("t")).first)
        #expect(last.before == .object([("successor", .string("aldermoor-draft"))]) && last.after == nil)
        let admin = patchDraft(predecessor: "hainbach-inklusiv", as: "admin")
        #expect(admin.status == 200, "\(admin.body)")
        let hainbach = try fixture.service.audit(.init(plan: "hainbach-inklusiv", limit: 1), as: .commandLine("t"))
        #expect(hainbach.first?.actor == "admin (admin)")
    }
}
