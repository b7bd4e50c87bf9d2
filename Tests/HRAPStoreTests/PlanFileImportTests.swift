import HRAPCore
@testable import HRAPStore
import JSONCoding
import Testing

@Suite struct PlanFileImportTests {
    @Test func exportAfterImportIsByteIdenticalToTheExample() throws {
        let store = try storeWithExample()
        #expect(JSONWriter.pretty(try store.exportPlan("aldermoor-2023").encode()) + "\n" == (try exampleText()))
    }

    @Test func roundTripThroughAnEmptyDatabaseIsLossless() throws {
        let first = try storeWithExample()
        let exported = JSONWriter.pretty(try first.exportPlan("aldermoor-2023").encode())
        let second = try PlanStore(path: temporaryDatabase())
        let (file, problems) = PlanFile.decode(try JSONParser.parse(exported))
        #expect(problems.isEmpty)
        _ = try second.importPlan(
            file, source: "export", frameworks: [try shippedFramework("hrgl-2024")],
            by: author("someone else", at: "2027-01-01T00:00:00Z"))
        #expect(JSONWriter.pretty(try second.exportPlan("aldermoor-2023").encode()) == exported)
    }

    @Test func reImportingTheSameFileChangesNothingAndWritesNoAuditRows() throws {
        let store = try storeWithExample()
        let auditRows = try store.count("audit_log")
        let summary = try store.importPlan(try examplePlan(), source: "example", by: author())
        #expect(summary.isUnchanged)
        #expect(summary["measurements"].unchanged == 287)
        #expect(try store.count("audit_log") == auditRows)
    }

    @Test func everyPlanRecordHasAnAuditRowAndEachProgressSectionOne() throws {
        let store = try storeWithExample()
        let records = try [
            "governments", "plans", "org_units", "standards", "fields", "objectives", "actions", "indicators",
            "budget_lines", "participation_events", "bodies", "reports", "evaluations", "not_applicable",
        ]
        .reduce(0) { $0 + (try store.count($1)) }
        #expect(
            try store.count("audit_log") == records + 2 + store.count("assessments")
                + store.count("recommendation_responses") + store.count("narratives") + store.count("commitments"))
        let imports = try store.audit(AuditFilter(entity: "measurement"))
        #expect(imports.map(\.operation) == [.import])
        #expect(imports.first?.after?["appended"] == .integer(287))
        #expect(imports.first?.after?["last_id"] == .integer(try store.count("measurements")))
    }

    @Test func assessmentRoundsAreImportedWholeOnceAndCheckedLikeRatings() throws {
        let store = try storeWithExample()
        var changed = try examplePlan()
        changed.assessments[0].title = "Another title"
        changed.recommendationResponses[0].reason = "Changed afterwards"
        do {
            _ = try store.importPlan(changed, source: "changed.json", by: author())
            Issue.record("a changed finalised round was imported")
        } catch StoreError.invalid(let error) {
            #expect(
                error.problems.map(\.description) == [
                    "$.assessments[0]: peer-2025 v1 is stored with other content; a round version is imported whole, once",
                    "$.recommendation_responses[0]: differs from the value recorded at 2026-03-20T09:00:00Z; history cannot be rewritten: "
                        + "omit recorded_at to record a correction",
                ])
        }
        var fresh = try examplePlan()
        fresh.assessments[1].sheets[0].ratings[0].encouragement = 15
        fresh.assessments[1].sheets[0].ratings[1].evidence = [Evidence(.report, "R1999")]
        fresh.assessments[0].reviewers[0].homeCity = "Aldermoor"
        let empty = try PlanStore(path: temporaryDatabase())
        do {
            _ = try empty.importPlan(
                fresh, source: "fresh.json", frameworks: [try shippedFramework("hrgl-2024")], by: author())
            Issue.record("a round with bad ratings was imported")
        } catch StoreError.invalid(let error) {
            #expect(
                error.problems.map(\.description) == [
                    "$.assessments[0].reviewers[0]: 'm.kovac' works for Aldermoor, whose plan this is: only a self-assessment may be rated by the city itself, this round is peer",
                    "$.assessments[1].sheets[0].ratings[0].encouragement: hrgl-2024 v1 has no encouragement 15; it has 1–14",
                    "$.assessments[1].sheets[0].ratings[1].evidence[0]: the plan has no report 'R1999'",
                    "$.recommendation_responses[0].recommendation: no recommendation 'peer-2025/R1' in the plan's rounds",
                    "$.recommendation_responses[1].recommendation: no recommendation 'peer-2025/R2' in the plan's rounds",
                    "$.recommendation_responses[2].recommendation: no recommendation 'peer-2025/R3' in the plan's rounds",
                ])
        }
        #expect(throws: StoreError.self) {
            _ = try PlanStore(path: temporaryDatabase()).importPlan(
                try examplePlan(), source: "no frameworks", by: author())
        }
        #expect(try empty.plans().isEmpty)
    }

    @Test func anEditedFileUpdatesByCodeAndNeverDuplicates() throws {
        let store = try storeWithExample()
        var file = try examplePlan()
        file.actions[0].title = "Housing First for 80 people"
        file.actions[0].status = .completed
        var added = file.objectives[0]
        added.code = "1.4"
        added.title = "A new objective"
        file.objectives.append(added)
        let summary = try store.importPlan(file, source: "edited", by: author("editor"))
        #expect(summary["actions"] == ImportSummary.Counts(created: 0, updated: 1, appended: 0, unchanged: 39))
        #expect(summary["objectives"].created == 1)
        #expect(try store.count("actions") == 40)
        let audit = try store.audit(AuditFilter(entity: "action", actor: "editor"))
        #expect(audit.count == 1)
        #expect(audit.first?.before?["title"] == .string("Housing First programme for 60 people with complex needs"))
        #expect(audit.first?.after?["status"] == .string("completed"))
    }

    @Test func aChangedMeasurementIsAppendedAsACorrectionAndBothAreKept() throws {
        let store = try storeWithExample()
        var file = try examplePlan()
        let index = try #require(
            file.measurements.firstIndex { $0.indicator == "1.1.c" && $0.date.description == "2025-12-31" })
        file.measurements[index].value? += 1
        file.measurements[index].recordedAt = nil
        file.measurements[index].recordedBy = nil
        let summary = try store.importPlan(file, source: "corrected", by: author("fixer", at: "2026-02-01T08:00:00Z"))
        #expect(summary["measurements"].appended == 1)
        let history = try store.history(indicator: "1.1.c", plan: "aldermoor-2023").filter {
            $0.measurement.date.description == "2025-12-31"
        }
        #expect(history.map(\.isCurrent) == [false, true])
        #expect(history.last?.measurement.recordedBy == "fixer")
        #expect(history.last?.measurement.value == (history.first?.measurement.value ?? 0) + 1)
        let audit = try #require(try store.audit(AuditFilter(entity: "measurement", actor: "fixer")).first)
        #expect(audit.operation == .import)
        #expect(audit.after?["appended"] == .integer(1))
        #expect(audit.after?["first_id"] == history.last.map { .integer($0.id) })
    }

    @Test func historyCannotBeRewrittenAndAFailedImportWritesNothing() throws {
        let store = try storeWithExample()
        let before = try store.count("audit_log")
        var file = try examplePlan()
        file.measurements[0].value? += 5
        file.actions[0].title = "A change that must not land"
        #expect {
            _ = try store.importPlan(file, source: "rewrite.json", by: author())
        } throws: { error in
            guard case StoreError.invalid(let validation) = error else { return false }
            return validation.source == "rewrite.json" && validation.problems.map(\.path) == ["$.measurements[0]"]
        }
        #expect(try store.count("audit_log") == before)
        #expect(
            try store.list(Action.self, plan: "aldermoor-2023").first?.title
                == "Housing First programme for 60 people with complex needs")
    }

    @Test func aPredecessorMustBeAnotherKnownPlan() throws {
        var file = try examplePlan()
        file.plan.predecessor = "aldermoor-2018"
        let store = try PlanStore(path: temporaryDatabase())
        #expect(throws: StoreError.self) { try store.importPlan(file, source: "f", by: author()) }
        #expect(try store.count("plans") == 0)
    }
}
