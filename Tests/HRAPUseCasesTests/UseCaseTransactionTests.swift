import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import JSONCoding
import Testing

/// Every use case of the service is one transaction: its authorization, its checks, its writes and its audit rows
/// are taken on one snapshot (a write's on the write lock), so no decision rests on data that changed before it wrote.
@Suite struct UseCaseTransactionTests {
    static let plan = "aldermoor-2023"

    /// Every read use case, called with plausible input on the example plan.
    static let reads: [(String, @Sendable (HRAPService) throws -> Void)] = [
        ("governments", { _ = try $0.governments(as: officer) }),
        ("plans", { _ = try $0.plans(as: officer) }),
        ("plan", { _ = try $0.plan(plan, as: officer) }),
        ("plan to write", { _ = try $0.planToWrite(plan, .progress, as: officer) }),
        ("record", { _ = try $0.record(Objective.self, plan: plan, code: "1.1", as: officer) }),
        ("records", { _ = try $0.records(Indicator.self, plan: plan, as: officer) }),
        ("records page", { _ = try $0.records(Plan.self, plan: nil, after: 0, limit: 1, as: officer) }),
        ("measurements", { _ = try $0.measurements(plan: plan, indicator: "1.1.b", as: officer) }),
        ("measurements page", { _ = try $0.measurements(plan: plan, indicator: nil, after: 0, limit: 5, as: officer) }),
        ("progress updates", { _ = try $0.progressUpdates(plan: plan, as: officer) }),
        (
            "progress updates page",
            { _ = try $0.progressUpdates(plan: plan, action: nil, after: 0, limit: 5, as: officer) }
        ),
        ("history", { _ = try $0.history(indicator: "1.1.b", plan: plan, as: officer) }),
        ("narratives", { _ = try $0.narratives(plan: plan, as: officer) }),
        ("commitments", { _ = try $0.commitments(plan: plan, as: officer) }),
        ("export sheet", { _ = try $0.exportSheet(.measurements, plan: plan, since: nil, delimiter: 44, as: officer) }),
        ("export plan", { _ = try $0.exportPlan(plan, as: officer) }),
        ("export plan, streamed", { try $0.exportPlan(plan, as: officer) { _ in } }),
        (
            "export sheet, streamed",
            { try $0.exportSheet(.measurements, plan: plan, since: nil, delimiter: 44, as: officer) { _ in } }
        ),
        ("audit", { _ = try $0.audit(AuditFilter(plan: plan, limit: 50), as: officer) }),
        ("submissions", { _ = try $0.submissions(plan: plan, pendingOnly: false, as: officer) }),
        (
            "submissions page",
            { _ = try $0.submissions(plan: plan, pendingOnly: true, after: nil, limit: 5, as: officer) }
        ),
        ("frameworks", { _ = try $0.frameworks(as: officer) }),
        ("framework", { _ = try $0.framework("hrgl-2024", as: officer) }),
        ("round statuses", { _ = try $0.roundStatuses(plan: plan, as: officer) }),
        ("round status", { _ = try $0.roundStatus("peer-2025", plan: plan, as: officer) }),
        ("assessment", { _ = try $0.assessment("peer-2025", plan: plan, as: officer) }),
        ("round view", { _ = try $0.roundView("peer-2025", plan: plan, as: officer) }),
        ("score", { _ = try $0.score(plan: plan, framework: "hrgl-2024", asOf: try day("2026-01-01"), as: officer) }),
        (
            "scores against every framework",
            { _ = try $0.scoresAgainstEveryFramework(plan: plan, asOf: try day("2026-01-01"), as: officer) }
        ),
        ("score version", { _ = try $0.scoreVersion(plan: plan, as: officer) }),
        ("data version", { _ = try $0.dataVersion(as: officer) }),
        ("snapshots", { _ = try $0.snapshots(plan: plan, as: officer) }),
        ("facts", { _ = try $0.facts(plan: plan, as: officer) }),
        ("progress", { _ = try $0.progress(plan: plan, asOf: try day("2026-01-01"), as: officer) }),
        ("action statuses", { _ = try $0.actionStatuses(plan: plan, asOf: try day("2026-01-01"), as: officer) }),
        ("active actions", { _ = try $0.activeActions(plan: plan, asOf: try day("2026-01-01"), as: officer) }),
        (
            "due",
            { _ = try $0.due(plan: plan, asOf: try day("2026-01-01"), horizonDays: 30, updateDays: 90, as: officer) }
        ),
        (
            "annual report data",
            {
                _ = try $0.annualReportData(
                    plan: plan, year: 2025, asOf: try day("2025-12-31"), framework: "hrgl-2024", as: officer)
            }
        ),
        ("tokens", { _ = try $0.tokens(as: officer) }),
        ("accounts", { _ = try $0.accounts(as: officer) }),
        ("account", { _ = try $0.account("nobody", as: officer) }),
        ("sessions", { _ = try $0.sessions(of: "nobody", at: fixedClock(), limits: limits, as: officer) }),
        ("live sessions", { _ = try $0.liveSessions(at: fixedClock(), limits: limits, as: officer) }),
        ("link holder", { _ = try $0.linkHolder(String(repeating: "0", count: 64)) }),
        ("own tokens", { _ = try $0.ownTokens(as: officer) }),
        ("report publications", { _ = try $0.reportPublications(plan: plan, as: officer) }),
        ("published file", { _ = try $0.publishedFile(plan: plan, year: 2025, path: "en/report.html", as: officer) }),
        ("authenticate", { _ = try $0.authenticate("hrap_" + String(repeating: "0", count: 64)) }),
        ("may write", { try $0.mayWrite(.progress, plan: plan, as: officer) }),
        ("allows", { _ = try $0.allows(officer, .write, .progress, plan: plan) }),
        ("schema version", { _ = try $0.schemaVersion(as: officer) }),
        ("check", { _ = try $0.check(as: officer) }),
        ("backup", { try $0.backup(to: temporaryDatabase(), as: officer) }),
    ]

    static let limits = SessionLimits(idle: 60, lifetime: 60)

    /// The write use cases beyond those the access-policy tests call.
    static let moreWrites: [(String, @Sendable (HRAPService) throws -> Void)] = [
        (
            "invite account",
            {
                _ = try $0.inviteAccount(
                    AccountRequest(username: "ana", displayName: "Ana", grants: [AccessGrant(.viewer)]), as: officer)
            }
        ),
        ("reset link", { _ = try $0.resetLink(for: "nobody", as: officer) }),
        (
            "change account",
            {
                _ = try $0.changeAccount(
                    "nobody", to: AccountRequest(username: "nobody", displayName: "N", grants: [AccessGrant(.viewer)]),
                    as: officer)
            }
        ),
        ("disable account", { _ = try $0.setDisabled(true, username: "nobody", as: officer) }),
        (
            "begin session",
            { _ = try $0.beginSession(tokenHash: "x", principal: officer, client: "c", at: fixedClock()) }
        ),
        ("end session", { try $0.endSession(cookie: String(repeating: "0", count: 64), as: officer) }),
        ("end sessions", { _ = try $0.endSessions(of: "nobody", as: officer) }),
        (
            "proxy sign-in",
            { _ = try $0.signIn(proxiedUser: "ana", newcomers: AccessGrant(.viewer), client: "c", at: fixedClock()) }
        ),
        (
            "create own token",
            { _ = try $0.createOwnToken(name: "t", grant: AccessGrant(.viewer), expires: nil, as: officer) }
        ),
        ("revoke own token", { _ = try $0.revokeOwnToken("t", as: officer) }),
        (
            "retire record",
            {
                _ = try $0.retireRecord(
                    FieldOfAction.self, plan: plan, identity: [.string("9")], expecting: "x", as: officer)
            }
        ),
        (
            "publish report",
            { service in
                let file = ReportPublication.File(
                    path: "en/report.html", contentType: "text/html", body: Array("<p>".utf8))
                _ = try service.publishReport(
                    plan: plan, year: 2025, asOf: try day("2025-12-31"), files: [file], as: officer)
            }
        ),
        (
            "withdraw report",
            { _ = try $0.withdrawReport(plan: plan, year: 2025, reason: "A wrong figure", as: officer) }
        ),
        (
            "copy plan structure",
            { _ = try $0.copyPlanStructure(from: plan, to: "copy-1", title: "A copy", as: officer) }
        ),
        (
            "create and revoke token",
            { service in
                _ = try service.createToken(TokenRequest(name: "t", role: .viewer), as: officer)
            }
        ),
        (
            "decide",
            { service in
                #expect(throws: ServiceError.self) {
                    _ = try service.decide(1, plan: plan, approve: true, reason: nil, as: officer)
                }
            }
        ),
        ("reopen after close", { _ = try $0.closeAssessment("peer-2025", plan: plan, as: officer) }),
        (
            "record narrative",
            { service in
                var words = ReportNarrative()
                (words.year, words.part, words.text) = (2025, .foreword, "A year of steady work.")
                _ = try service.record(words, plan: plan, as: officer)
            }
        ),
        (
            "record commitment",
            { service in
                var commitment = YearlyCommitment()
                (commitment.action, commitment.year, commitment.commitments) = ("4.1.3", 2026, "24 days of activities")
                _ = try service.record(commitment, plan: plan, as: officer)
            }
        ),
    ]

    static var all: [(String, @Sendable (HRAPService) throws -> Void)] {
        reads + AccessPolicyTests.writes + moreWrites
    }

    @Test(arguments: all.map(\.0))
    func everyUseCaseIsOneTransaction(name: String) throws {
        let (service, _) = try exampleService()
        let useCase = try #require(Self.all.first { $0.0 == name }).1
        let before = service.transactionsBegun
        try? useCase(service)
        // These two rows read their input (a score card, a framework) with a use case of its own first.
        let expected = ["save snapshot": 2, "import framework": 2][name] ?? 1
        #expect(service.transactionsBegun - before == expected, "\(name) began \(service.transactionsBegun - before)")
    }

    /// A use case added to the service without a row above fails here: the names of the service's public and package
    /// methods are read from its source.
    @Test func everyUseCaseOfTheServiceIsCounted() throws {
        let directory = repositoryRoot + "/Sources/HRAPUseCases"
        var declared: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasPrefix("HRAPService") {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count >= 3, ["public", "package"].contains(words[0]), words[1] == "func" else { continue }
                declared.insert(String(words[2].prefix { $0.isLetter || $0.isNumber }))
            }
        }
        // `publicFile` is a method of a use case's result (AnnualReportData), declared beside the use case.
        let notUseCases: Set = ["close", "signIn", "publicFile"]
        // Read, then hash or check a password outside any transaction, then write: AccountTests counts them.
        let provedInAccountTests: Set = ["setPassword", "changePassword", "session"]
        let covered: Set = [
            "governments", "plans", "plan", "planToWrite", "record", "records", "measurements", "progressUpdates",
            "history",
            "exportSheet", "exportPlan", "audit", "submissions", "submission", "frameworks", "framework",
            "roundStatuses", "roundStatus", "assessment", "roundView", "score", "scoreVersion", "dataVersion",
            "snapshots", "facts", "progress", "actionStatuses", "activeActions", "due", "annualReportData", "tokens",
            "authenticate", "principal", "mayWrite", "allows", "schemaVersion", "check", "backup", "saveRecord",
            "linkStandard", "importSheet", "importPlan", "saveSnapshot", "openAssessment", "closeAssessment",
            "reopenAssessment", "invite", "rate", "submitSheet", "recommend", "importFramework", "respond",
            "createToken", "revokeToken", "decide", "narratives", "commitments", "scoresAgainstEveryFramework",
            "accounts", "account", "sessions", "liveSessions", "linkHolder", "ownTokens", "inviteAccount", "resetLink",
            "changeAccount", "setDisabled", "beginSession", "endSession", "endSessions", "createOwnToken",
            "revokeOwnToken", "copyPlanStructure", "publishReport", "withdrawReport", "reportPublications",
            "publishedFile", "retireRecord",
        ]
        #expect(
            declared.subtracting(notUseCases).subtracting(provedInAccountTests).subtracting(covered).isEmpty,
            "use cases without a row")
        #expect(covered.subtracting(declared).isEmpty, "rows without a use case")
    }

    /// A store operation joins the transaction its use case opened; a write cannot join a read.
    @Test func operationsJoinTheOpenTransactionAndAWriteCannotJoinARead() throws {
        let store = try PlanStore(path: temporaryDatabase())
        let before = store.transactionsBegun
        _ = try store.write { (try store.plans(), try store.governments(), try store.dataVersion()) }
        #expect(store.transactionsBegun - before == 1)
        #expect {
            try store.read { try store.write { () } }
        } throws: { ($0 as? StoreError)?.code == "write_in_read_transaction" }
    }

    /// An officer's entry made while an admin switches on approval either comes first and is recorded, or comes
    /// after and waits for approval: never recorded directly once the switch committed. The switch starts on another
    /// thread when the officer's use case reads the clock to stamp its write (after it decided whether the entry
    /// waits), and is given time to commit if nothing holds it.
    @Test func anEntryMadeWhileApprovalIsSwitchedOnIsOrderedWithTheSwitch() throws {
        let path = temporaryDatabase()
        let setup = try HRAPService.open(path: path, mode: .write, catalogue: shippedCatalogue, clock: fixedClock)
        _ = try setup.importPlan(try examplePlan(), source: "example", as: officer)
        let race = ApprovalSwitchRace(path: path)
        let service = try HRAPService.open(
            path: path, mode: .write, policy: RolePolicy(), catalogue: shippedCatalogue,
            busyTimeoutMilliseconds: 5_000, clock: { race.now() })
        let cityOfficer = Principal(name: "officer", role: .officer, government: "GB-aldermoor")
        var measurement = Measurement()
        (measurement.indicator, measurement.date, measurement.value) = ("1.1.b", try day("2026-03-31"), 401)
        let outcome = try service.record(measurement, plan: Self.plan, as: cityOfficer)
        #expect(race.waitForSwitch(), "the switch committed")
        let entries = try setup.audit(AuditFilter(limit: 5), as: officer)
        let switchRow = try #require(entries.first { $0.entity == "plan" })
        let entryRow = try #require(entries.first { $0.entity == "measurement" || $0.entity == "submission" })
        if case .awaitingApproval = outcome {
            #expect(entryRow.id > switchRow.id, "a waiting entry came after the switch")
        } else {
            #expect(entryRow.id < switchRow.id, "an entry recorded directly committed before the switch")
        }
    }
}

/// A clock that, the first time it is read, starts an admin's switch of the plan's approval setting on another thread
/// and waits a moment, as a concurrent request would race the officer's.
final class ApprovalSwitchRace: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var started = false
    private var switched = false
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        self.path = path
    }

    func now() -> Timestamp {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        if first {
            Thread.detachNewThread { [self] in
                let succeeded = switchApprovalOn()
                lock.withLock { switched = succeeded }
                done.signal()
            }
            Thread.sleep(forTimeInterval: 0.3)
        }
        return fixedClock()
    }

    private func switchApprovalOn() -> Bool {
        let admin = try? HRAPService.open(
            path: path, mode: .write, catalogue: shippedCatalogue, busyTimeoutMilliseconds: 5_000, clock: fixedClock)
        let changed = try? admin?.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string(UseCaseTransactionTests.plan)],
            changes: [("requires_approval", .bool(true))], as: Principal(name: "admin", role: .admin))
        return changed != nil
    }

    /// Waits for the switch to end and says whether it committed.
    func waitForSwitch() -> Bool {
        done.wait()
        return lock.withLock { switched }
    }
}
