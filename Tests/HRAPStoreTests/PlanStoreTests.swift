import HRAPCore
@testable import HRAPStore
import SQLiteStore
import Testing

@Suite struct PlanStoreTests {
    @Test func anEmptyDatabaseIsMigratedToTheCurrentSchema() throws {
        let store = try PlanStore(path: temporaryDatabase())
        #expect(try store.schemaVersion() == PlanStore.currentSchemaVersion)
        #expect(try store.plans().isEmpty)
    }

    @Test func aDatabaseFromANewerHrapIsRefused() throws {
        let path = temporaryDatabase()
        let db = try Database(path: path)
        try db.execute("PRAGMA user_version = 99")
        #expect {
            _ = try PlanStore(path: path)
        } throws: { error in
            (error as? StoreError)?.description
                == "the database has schema version 99, but this hrap knows versions up to \(PlanStore.currentSchemaVersion); use a newer hrap"
        }
    }

    @Test func everySchemaFieldHasAColumn() throws {
        let store = try PlanStore(path: temporaryDatabase())
        func check<R: IdentifiedRecord>(_ type: R.Type) throws {
            let columns = try store.pool.read { db in
                try db.rows("SELECT name FROM pragma_table_info(?)", [.text(R.table.name)]).compactMap {
                    $0.first?.text
                }
            }
            for field in R.schema.fields {
                #expect(columns.contains(field.name), "\(R.table.name) lacks column \(field.name)")
            }
        }
        try check(Government.self); try check(Plan.self); try check(OrgUnit.self); try check(StandardReference.self)
        try check(FieldOfAction.self); try check(Objective.self); try check(Action.self); try check(Indicator.self)
        try check(BudgetLine.self); try check(ParticipationEvent.self); try check(Body.self);
        try check(ProgressReport.self)
        try check(Evaluation.self); try check(Measurement.self); try check(ProgressUpdate.self);
        try check(NotApplicable.self)
    }

    @Test func measurementsProgressUpdatesAndTheAuditLogAreAppendOnlyInTheDatabase() throws {
        let store = try storeWithExample()
        for sql in [
            "UPDATE measurements SET value = 0", "DELETE FROM progress_updates", "UPDATE audit_log SET actor = 'x'",
            "DELETE FROM audit_log",
        ] {
            #expect(throws: SQLiteError.self) { try store.pool.write { try $0.run(sql) } }
        }
    }

    @Test func createReadAndUpdateOfEachPlanRecord() throws {
        let store = try storeWithExample()
        let plan = "aldermoor-2023"
        var unit = OrgUnit()
        unit.code = "NEW"
        unit.name = "New unit"
        try store.put(unit, plan: plan, mode: .create, by: author())
        #expect(throws: StoreError.self) { try store.put(unit, plan: plan, mode: .create, by: author()) }
        unit.name = "Renamed unit"
        #expect(try store.put(unit, plan: plan, mode: .update, by: author()) == .updated)
        #expect(try store.put(unit, plan: plan, mode: .update, by: author()) == .unchanged)
        #expect(try store.list(OrgUnit.self, plan: plan).last?.name == "Renamed unit")
        var missing = unit
        missing.code = "GHOST"
        #expect(throws: StoreError.self) { try store.put(missing, plan: plan, mode: .update, by: author()) }

        var event = try #require(try store.list(ParticipationEvent.self, plan: plan).first)
        event.participants = 200
        #expect(try store.put(event, plan: plan, mode: .update, by: author()) == .updated)
        var body = try #require(try store.list(Body.self, plan: plan).first)
        var meeting = Meeting()
        meeting.date = try #require(CalendarDate("2026-02-10"))
        body.meetings.append(meeting)
        #expect(try store.put(body, plan: plan, mode: .update, by: author()) == .updated)
        #expect(try store.list(Body.self, plan: plan).first?.meetings.count == 13)
    }

    @Test func referencesAreCheckedOnEveryWrite() throws {
        let store = try storeWithExample()
        var action = try #require(try store.list(Action.self, plan: "aldermoor-2023").first)
        action.leadUnit = "NOWHERE"
        #expect {
            try store.put(action, plan: "aldermoor-2023", mode: .update, by: author())
        } throws: { error in
            guard case StoreError.invalid(let validation) = error else { return false }
            return validation.problems.map(\.message) == ["no org unit with code 'NOWHERE'"]
        }
        #expect(try store.list(Action.self, plan: "aldermoor-2023").first?.leadUnit == "HOU")
    }

    @Test func budgetLinesAreIdentifiedByActionYearSourceAndCode() throws {
        let store = try storeWithExample()
        var line = try #require(try store.list(BudgetLine.self, plan: "aldermoor-2023").first)
        line.spent = 1
        #expect(try store.put(line, plan: "aldermoor-2023", mode: .upsert, by: author()) == .updated)
        line.fundingSource = .eu
        #expect(try store.put(line, plan: "aldermoor-2023", mode: .upsert, by: author()) == .created)
    }

    @Test func recordingTheSameMeasurementTwiceWritesOnce() throws {
        let store = try storeWithExample()
        var measurement = Measurement()
        measurement.indicator = "3.1.e"
        measurement.date = try #require(CalendarDate("2026-06-30"))
        measurement.value = 41
        #expect(try store.record(measurement, plan: "aldermoor-2023", by: author()) == .appended)
        #expect(
            try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-02-01T00:00:00Z")) == .unchanged)
        measurement.value = 44
        #expect(
            try store.record(measurement, plan: "aldermoor-2023", by: author(at: "2026-03-01T00:00:00Z")) == .appended)
        let current = try store.current(Measurement.self, plan: "aldermoor-2023").filter { $0.indicator == "3.1.e" }
        #expect(current.map(\.value) == [44])
        #expect(try store.history(indicator: "3.1.e", plan: "aldermoor-2023").map(\.isCurrent) == [false, true])
    }

    @Test func measurementsAreCheckedAgainstTheirIndicator() throws {
        let store = try storeWithExample()
        var measurement = Measurement()
        measurement.indicator = "1.3.b"
        measurement.date = try #require(CalendarDate("2026-06-30"))
        measurement.value = 3
        measurement.disaggregation = ["sex": "female"]
        #expect {
            try store.record(measurement, plan: "aldermoor-2023", by: author())
        } throws: { error in
            guard case StoreError.invalid(let validation) = error else { return false }
            return validation.problems.count == 2
        }
        measurement.indicator = "9.9.z"
        #expect(throws: StoreError.self) { try store.record(measurement, plan: "aldermoor-2023", by: author()) }
    }

    @Test func progressUpdatesNeedAKnownAction() throws {
        let store = try storeWithExample()
        var update = ProgressUpdate()
        update.action = "9.9.9"
        update.date = try #require(CalendarDate("2026-06-30"))
        #expect(throws: StoreError.self) { try store.record(update, plan: "aldermoor-2023", by: author()) }
        update.action = "1.1.1"
        #expect(try store.record(update, plan: "aldermoor-2023", by: author()) == .appended)
    }

    @Test func theAuditLogFiltersByPlanEntityActorAndTime() throws {
        let store = try storeWithExample()
        var unit = OrgUnit()
        unit.code = "LATE"
        unit.name = "Late unit"
        try store.put(unit, plan: "aldermoor-2023", mode: .create, by: author("late", at: "2026-06-01T00:00:00Z"))
        let since = try #require(Timestamp("2026-05-01T00:00:00Z"))
        #expect(try store.audit(AuditFilter(since: since)).map(\.label) == ["LATE"])
        #expect(try store.audit(AuditFilter(entity: "org_unit", actor: "late")).count == 1)
        #expect(try store.audit(AuditFilter(plan: "aldermoor-2023", entity: "action", limit: 1000)).count == 40)
        #expect(try store.audit(AuditFilter(limit: 3)).count == 3)
    }
}

@Suite struct ScoreSnapshotTests {
    @Test func snapshotsCannotBeChangedOrDeleted() throws {
        let store = try storeWithExample()
        var framework = Framework()
        framework.id = "f"
        framework.version = "1"
        let card = Scorer.score(
            try store.facts(plan: "aldermoor-2023"), framework: framework,
            asOf: try #require(CalendarDate("2025-12-31")))
        let id = try store.saveSnapshot(card, by: author())
        for sql in ["UPDATE score_snapshots SET index_value = 4", "DELETE FROM score_snapshots"] {
            #expect(throws: SQLiteError.self) { try store.pool.write { try $0.run(sql) } }
        }
        #expect(try store.snapshots(plan: "aldermoor-2023").map(\.id) == [id])
    }
}
