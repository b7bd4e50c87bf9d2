import Foundation
import HRAPCore
import HRAPUseCases
import HRAPStore
import JSONCoding
import Testing

/// Records every request it is asked about, and permits only reads.
final class RecordingPolicy: AccessPolicy, @unchecked Sendable {
    // Tests call the service from one thread; the lock keeps the log consistent anyway.
    private let lock = NSLock()
    private var log: [AccessRequest] = []

    var requests: [AccessRequest] { lock.withLock { log } }

    func permits(_ principal: Principal, _ request: AccessRequest) -> Bool {
        lock.withLock { log.append(request) }
        return request.verb == .read
    }
}

@Suite struct AccessPolicyTests {
    /// Every write use case, called with plausible input on the example plan.
    static let writes: [(String, @Sendable (HRAPService) throws -> Void)] = [
        (
            "retire record",
            {
                try $0.retireRecord(
                    ParticipationEvent.self, plan: "aldermoor-2023", identity: [.string("P1")], expecting: "x",
                    as: officer)
            }
        ),
        (
            "save record",
            { service in
                try service.saveRecord(
                    Objective.self, plan: "aldermoor-2023", mode: .update, identity: [.string("1.1")],
                    changes: [("title", .string("Changed"))], as: officer)
            }
        ),
        (
            "link standard",
            { service in
                try service.linkStandard(
                    "SDG 11.1", to: try StandardCitation("action:1.1.1"), plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "record measurement",
            { service in
                var measurement = Measurement()
                (measurement.indicator, measurement.date, measurement.value) = ("1.1.b", try day("2026-03-31"), 400)
                _ = try service.record(measurement, plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "record update",
            { service in
                var update = ProgressUpdate()
                (update.action, update.date, update.status) = ("1.1.1", try day("2026-01-02"), .ongoing)
                _ = try service.record(update, plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "import sheet",
            { service in
                let bytes = Array("indicator,date,value\n1.1.b,2026-06-30,410\n".utf8)
                _ = try service.importSheet(
                    .measurements, bytes: bytes, source: "t.csv", plan: "aldermoor-2023", delimiter: nil, as: officer)
            }
        ),
        ("import plan", { service in _ = try service.importPlan(try examplePlan(), source: "example", as: officer) }),
        (
            "save snapshot",
            { service in
                let card = try service.score(
                    plan: "aldermoor-2023", framework: "hrgl-2024",
                    asOf: try day("2026-01-01"), as: officer)
                _ = try service.saveSnapshot(card, as: officer)
            }
        ),
        (
            "open round",
            { service in
                let opening = RoundOpening(
                    code: "peer-2027", title: "t", kind: "peer", framework: "hrgl-2024", asOf: try day("2026-12-31"),
                    automaticWeight: .number(0.5), blind: true, selfAssessment: nil)
                _ = try service.openAssessment(opening, plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "close round",
            { service in _ = try service.closeAssessment("peer-2025", plan: "aldermoor-2023", as: officer) }
        ),
        (
            "reopen round",
            { service in _ = try service.reopenAssessment("peer-2025", plan: "aldermoor-2023", as: officer) }
        ),
        (
            "invite",
            { service in
                var reviewer = Reviewer()
                (reviewer.code, reviewer.name, reviewer.homeCity, reviewer.conflictOfInterest) = (
                    "r", "R", "Rivertown", "none"
                )
                try service.invite(reviewer, to: "peer-2025", plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "rate",
            { service in
                _ = try service.rate(
                    RatingSheetFile(), readProblems: [], reviewer: "m.kovac", round: "peer-2025",
                    plan: "aldermoor-2023",
                    supersede: false, source: "t", as: officer)
            }
        ),
        (
            "submit",
            { service in
                _ = try service.submitSheet(
                    reviewer: "m.kovac", round: "peer-2025", plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "recommend",
            { service in
                var recommendation = Recommendation()
                (recommendation.code, recommendation.encouragement, recommendation.text) = ("R9", 1, "t")
                try service.recommend(recommendation, round: "peer-2025", plan: "aldermoor-2023", as: officer)
            }
        ),
        (
            "import framework",
            { service in
                let framework = try service.framework("hrgl-2024", as: Principal.commandLine("reader"))
                _ = try service.importFramework(framework, as: officer)
            }
        ),
        (
            "respond",
            { service in
                var response = RecommendationResponse()
                (response.recommendation, response.decision, response.reason) = ("peer-2025/R1", .accepted, "ok")
                try service.respond(response, plan: "aldermoor-2023", as: officer)
            }
        ),
    ]

    @Test(arguments: writes.map(\.0))
    func aPolicyThatRefusesWritesStopsEveryWriteBeforeItTouchesData(name: String) throws {
        let policy = RecordingPolicy()
        let (service, _) = try exampleService(policy: policy)
        let before = JSONWriter.pretty(try service.exportPlan("aldermoor-2023", as: officer).encode())
        let auditBefore = try service.audit(AuditFilter(limit: 100_000), as: officer).count
        let write = try #require(Self.writes.first { $0.0 == name }).1
        #expect(throws: ServiceError.self) { try write(service) }
        #expect(policy.requests.contains { $0.verb == .write }, "the write was put to the policy")
        #expect(JSONWriter.pretty(try service.exportPlan("aldermoor-2023", as: officer).encode()) == before)
        #expect(try service.audit(AuditFilter(limit: 100_000), as: officer).count == auditBefore)
    }

    @Test func denyAllRefusesReadsToo() throws {
        let (service, _) = try exampleService(policy: DenyAll())
        #expect(throws: ServiceError.forbidden(principal: "tester", request: AccessRequest(.read, .plan))) {
            try service.plans(as: officer)
        }
        #expect(throws: ServiceError.self) {
            try service.history(indicator: "1.1.b", plan: "aldermoor-2023", as: officer)
        }
        #expect(throws: ServiceError.self) { try service.frameworks(as: officer) }
        #expect(throws: ServiceError.self) { try service.roundView("peer-2025", plan: "aldermoor-2023", as: officer) }
    }

    @Test func requestsNameTheirPlan() throws {
        let policy = RecordingPolicy()
        let (service, _) = try exampleService(policy: policy)
        _ = try service.measurements(plan: "aldermoor-2023", as: officer)
        let read = policy.requests.first { $0.resource == .progress }
        #expect(read?.verb == .read && read?.plan == "aldermoor-2023")
        #expect(
            read?.context?.government == "GB-aldermoor" && read?.context?.published == true, "whose plan, published")
        #expect(
            policy.requests.contains { $0.resource == .privateValues && $0.plan == "aldermoor-2023" },
            "the policy decides whether private values are shown")
    }
}
