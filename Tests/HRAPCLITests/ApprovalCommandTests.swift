import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import Testing

/// `hrap approval`: the queue an officer's web or API entries wait in, approve and reject from the command line.
@Suite struct ApprovalCommandTests {
    /// A session with the Aldermoor plan requiring approval and two entries an officer submitted through the service.
    private func queue() throws -> Session {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        #expect(session.run("plan", "update", "--code", "aldermoor-2023", "--requires-approval", "true").code == 0)
        let service = try HRAPService.open(
            path: session.database, mode: .write, policy: RolePolicy(),
            catalogue: FrameworkCatalogue(directory: session.root + "/templates/frameworks"),
            clock: { Timestamp(secondsSince1970: 1_790_000_000) })
        let officer = Principal(name: "maria (officer)", role: .officer, government: "GB-aldermoor")
        var value = Measurement()
        (value.indicator, value.date, value.value) = ("1.1.b", CalendarDate.endOfYear(2025), 812)
        var update = ProgressUpdate()
        (update.action, update.date, update.status) = ("1.1.1", CalendarDate.endOfYear(2025), .delayed)
        for outcome in [
            try service.record(value, plan: "aldermoor-2023", as: officer),
            try service.record(update, plan: "aldermoor-2023", as: officer),
        ] {
            guard case .awaitingApproval = outcome else { Issue.record("\(outcome) instead of waiting"); continue }
        }
        return session
    }

    @Test func listApproveAndRejectWithAReason() throws {
        let session = try queue()
        let listed = session.run("approval", "list", "--plan", "aldermoor-2023")
        #expect(listed.code == 0)
        #expect(listed.out.contains("1.1.b") && listed.out.contains("812") && listed.out.contains("delayed"))
        #expect(listed.out.contains("waiting") && listed.out.contains("maria (officer)"))
        let approved = session.run("approval", "approve", "1", "--plan", "aldermoor-2023")
        #expect(approved.out.contains("Approved submission 1"))
        let noReason = session.run("approval", "reject", "2", "--plan", "aldermoor-2023")
        #expect(noReason.code == 64 && noReason.err.contains("--reason"))
        let blank = session.run("approval", "reject", "2", "--plan", "aldermoor-2023", "--reason", " ")
        #expect(blank.code == 65 && blank.err.contains("say why it is rejected"))
        #expect(session.run("approval", "reject", "2", "--plan", "aldermoor-2023", "--reason", "Not delayed").code == 0)
        let twice = session.run("approval", "approve", "2", "--plan", "aldermoor-2023")
        #expect(twice.code == 65 && twice.err.contains("was rejected already"))
        #expect(session.run("approval", "approve", "x", "--plan", "aldermoor-2023").code == 64)
        let unknown = session.run("approval", "approve", "99", "--plan", "aldermoor-2023")
        #expect(unknown.code == 64 && unknown.err.contains("no submission '99'"), "\(unknown.err)")
        #expect(session.run("approval", "list", "--plan", "aldermoor-2023").out.contains("waiting") == false)
        let all = session.run("approval", "list", "--plan", "aldermoor-2023", "--all", "--format", "json")
        #expect(all.out.contains("\"decision\": \"rejected\"") && all.out.contains("\"reason\": \"Not delayed\""))
        #expect(session.run("history", "1.1.b", "--plan", "aldermoor-2023").out.contains("812"))
        let audit = session.run("audit", "--plan", "aldermoor-2023", "--entity", "submission", "--format", "json")
        #expect(audit.out.components(separatedBy: "\"operation\": \"update\"").count - 1 == 2)
    }
}
