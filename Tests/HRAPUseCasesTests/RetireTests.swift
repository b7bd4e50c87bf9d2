import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// Retiring a record of a plan's structure: refused while anything names it, on a stale version and for a role that
/// may not write, with nothing written; otherwise the record leaves the plan and its last version stays in the audit.
@Suite struct RetireTests {
    let plan = "aldermoor-2023"

    private func etag<R: PlanRecord>(_ type: R.Type, _ code: String, _ service: HRAPService) throws -> String {
        let record = try #require(
            try service.records(R.self, plan: plan, as: officer).first { R.label(of: $0) == code })
        return HRAPService.etag(R.schema.encode(record))
    }

    private func state(_ service: HRAPService) throws -> (String, Int) {
        (
            JSONWriter.pretty(try service.exportPlan(plan, as: officer).encode()),
            try service.audit(AuditFilter(limit: 100_000), as: officer).count
        )
    }

    @Test func aRecordNoOneNamesLeavesThePlanAndItsLastVersionStaysInTheAudit() throws {
        let (service, _) = try exampleService()
        let stored = try #require(try service.records(ParticipationEvent.self, plan: plan, as: officer).first)
        let retired = try service.retireRecord(
            ParticipationEvent.self, plan: plan, identity: [.string(stored.code)],
            expecting: try etag(ParticipationEvent.self, stored.code, service), as: officer)
        #expect(retired.code == stored.code)
        #expect(
            !(try service.records(ParticipationEvent.self, plan: plan, as: officer)).contains { $0.code == stored.code }
        )
        let row = try #require(
            try service.audit(AuditFilter(plan: plan, operation: .retire), as: officer).first)
        #expect(row.label == stored.code && row.entity == "participation_event" && row.actor == "tester")
        #expect(row.before == ParticipationEvent.schema.encode(stored) && row.after == nil)
        #expect(try service.check(as: officer).isEmpty, "the store is consistent after the retirement")
        let again = try service.saveRecord(
            ParticipationEvent.self, plan: plan, mode: .create, identity: [.string(stored.code)],
            changes: ParticipationEvent.schema.encode(stored).members ?? [], as: officer)
        #expect(again.record.code == stored.code, "the same code can be used again")
    }

    @Test func aFieldObjectivesNameIsKeptAndEveryObjectiveIsListed() throws {
        let (service, _) = try exampleService()
        let before = try state(service)
        let objectives = try service.records(Objective.self, plan: plan, as: officer).filter { $0.field == "1" }
        #expect {
            try service.retireRecord(
                FieldOfAction.self, plan: plan, identity: [.string("1")],
                expecting: try etag(FieldOfAction.self, "1", service), as: officer)
        } throws: { error in
            guard case ServiceError.invalid(let invalid) = error else { return false }
            let messages = invalid.problems.map(\.message)
            return objectives.allSatisfy { objective in
                messages.contains("objectives \(objective.code) (field) names it")
            }
                && invalid.problems.allSatisfy { $0.code == .notAllowed }
        }
        #expect(try state(service) == before, "nothing written, no audit row")
    }

    @Test func anIndicatorWithValuesAndAMeasureWithUpdatesAreKept() throws {
        let (service, _) = try exampleService()
        let indicator = try #require(try service.measurements(plan: plan, as: officer).first?.indicator)
        #expect {
            try service.retireRecord(
                Indicator.self, plan: plan, identity: [.string(indicator)],
                expecting: try etag(Indicator.self, indicator, service), as: officer)
        } throws: { error in
            guard case ServiceError.invalid(let invalid) = error else { return false }
            return invalid.problems.contains { $0.message.hasSuffix(" measurements names it") }
        }
        let action = try #require(try service.progressUpdates(plan: plan, as: officer).first?.action)
        #expect {
            try service.retireRecord(
                Action.self, plan: plan, identity: [.string(action)], expecting: try etag(Action.self, action, service),
                as: officer)
        } throws: { error in
            guard case ServiceError.invalid(let invalid) = error else { return false }
            return invalid.problems.contains { $0.message.contains("progress_updates") }
        }
    }

    @Test func aStaleOrMissingVersionAndAnUnknownRecordAreRefused() throws {
        let (service, _) = try exampleService()
        let before = try state(service)
        let event = try #require(try service.records(ParticipationEvent.self, plan: plan, as: officer).first).code
        #expect(throws: ServiceError.changedSinceRead(entity: "participation_event", label: event)) {
            try service.retireRecord(
                ParticipationEvent.self, plan: plan, identity: [.string(event)], expecting: "stale", as: officer)
        }
        #expect(throws: ServiceError.versionRequired(entity: "participation_event")) {
            try service.retireRecord(
                ParticipationEvent.self, plan: plan, identity: [.string(event)], expecting: nil, as: officer)
        }
        #expect {
            try service.retireRecord(
                ParticipationEvent.self, plan: plan, identity: [.string("no-such-event")], expecting: "x", as: officer)
        } throws: { error in
            if case ServiceError.notFound = error { return true }
            return false
        }
        #expect(try state(service) == before)
    }
}
