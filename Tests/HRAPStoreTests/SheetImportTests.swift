import HRAPCore
@testable import HRAPStore
import Testing

@Suite struct SheetImportTests {
    let plan = "aldermoor-2023"

    func importing(_ kind: SheetKind, _ text: String, into store: PlanStore, at time: String = "2026-03-01T00:00:00Z")
        throws -> SheetImportSummary
    {
        try store.importSheet(
            kind, bytes: Array(text.utf8), source: "sheet.csv", plan: plan, by: author("officer", at: time))
    }

    /// The problems an import reports, as "path: message" lines.
    func problems(_ kind: SheetKind, _ text: String, into store: PlanStore) -> [String] {
        do {
            _ = try importing(kind, text, into: store)
            return []
        } catch let error as ValidationError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test(arguments: SheetKind.allCases)
    func anExportedSheetImportsBackUnchanged(kind: SheetKind) throws {
        let store = try storeWithExample()
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";")] {
            let text = try store.exportSheet(kind, plan: plan, delimiter: delimiter)
            let summary = try store.importSheet(
                kind, bytes: Array(text.utf8), source: "x.csv", plan: plan, by: author())
            #expect(
                summary.inserted == 0 && summary.corrected == 0 && summary.unchanged == summary.rows && summary.rows > 0
            )
            #expect(try store.exportSheet(kind, plan: plan, delimiter: delimiter) == text)
        }
    }

    /// A sheet's correction of a value recorded later than the import's time (a clock set wrong) is refused with its
    /// line, with every other problem of the file, and nothing is written — also when the plan holds many values, each
    /// key looked up on the index as the rows come.
    @Test func aCorrectionOlderThanTheCurrentValueIsRefusedWithItsLine() throws {
        let store = try storeWithExample()
        let before = try store.exportSheet(.measurements, plan: plan)
        _ = try importing(
            .measurements, "indicator,period_start,date,value\n1.1.b,2026-01-01,2026-03-31,430\n", into: store,
            at: "2026-05-01T00:00:00Z")
        let text =
            "indicator,period_start,date,value\n1.1.b,2026-01-01,2026-03-31,431\n1.1.b,2026-04-01,2026-06-30,12\n"
            + "1.1.b,2026-04-01,2026-06-30,13\n"
        let found = problems(.measurements, text, into: store)
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("line 2: the current value was recorded at 2026-05-01T00:00:00Z") == true)
        #expect(found.last?.hasPrefix("line 4: repeats the row of line 3") == true)
        let after = try store.exportSheet(.measurements, plan: plan)
        #expect(after.contains(",430,") && !after.contains(",431,") && !after.contains("2026-06-30"))
        #expect(after.count > before.count)
    }

    /// Into a plan that holds no values yet, repeated rows are found after writing, on the key index: the same
    /// problems, lines and order as in a plan with values, with the file's other problems, and nothing written.
    @Test func repeatedRowsAreFoundAlikeInAPlanWithoutValues() throws {
        var structure = try examplePlan()
        (structure.measurements, structure.assessments, structure.recommendationResponses) = ([], [], [])
        let empty = try PlanStore(path: temporaryDatabase()), full = try storeWithExample()
        _ = try empty.importPlan(structure, source: "structure", by: author())
        let text =
            "indicator,period_start,date,disaggregation,value\n"
            + "1.1.b,2027-01-01,2027-03-31,,1\n1.1.a,,2027-03-31,sex=female,2\n1.1.b,2027-01-01,2027-03-31,,3\n"
            + "1.1.b,2027-04-01,2027-06-30,,x\n1.1.a,,2027-03-31,sex=female,2\n1.1.b,2027-01-01,2027-03-31,,1\n"
            + "1.1.a,,2027-03-31,sex=male,2\n"
        let found = problems(.measurements, text, into: empty)
        #expect(found == problems(.measurements, text, into: full))
        #expect(found.count == 4 && found[0].hasPrefix("line 4: repeats the row of line 2"))
        #expect(
            found[2].hasPrefix("line 6: repeats the row of line 3")
                && found[3].hasPrefix("line 7: repeats the row of line 2"))
        #expect(try empty.exportSheet(.measurements, plan: plan).split(whereSeparator: \.isNewline).count == 1)
        let clean = text.split(separator: "\n").enumerated().filter { [0, 1, 2, 7].contains($0.offset) }.map {
            $0.element
        }
        let summary = try importing(.measurements, clean.joined(separator: "\n") + "\n", into: empty)
        #expect(summary.inserted == 3 && summary.rows == 3)
    }

    @Test func exportsKeepOnlyTheNewestVersionEvenWhenHistoryArrivesLate() throws {
        let store = try storeWithExample()
        let corrected = try store.exportSheet(.measurements, plan: plan).split(separator: "\r\n").filter {
            $0.hasPrefix("1.1.b,2024-04-01,2024-06-30,,")
        }
        #expect(
            corrected == [
                "1.1.b,2024-04-01,2024-06-30,,536,,\"Housing register, quarterly return\",Corrected: duplicate cases removed,,yes,no"
            ])
        var file = try examplePlan()
        var late = try #require(
            file.measurements.first { $0.indicator == "3.1.b" && $0.date.description == "2025-12-31" })
        late.value = 1
        late.recordedAt = Timestamp("2020-01-01T00:00:00Z")
        file.measurements.append(late)
        _ = try store.importPlan(file, source: "late history", by: author())
        let rows = try store.exportSheet(.measurements, plan: plan).split(separator: "\r\n").filter {
            $0.hasPrefix("3.1.b,2025-10-01,2025-12-31,")
        }
        #expect(rows.count == 1)
        #expect(rows.first?.contains(",1,") == false)
        #expect(
            try store.current(Measurement.self, plan: plan).filter { $0.indicator == "3.1.b" && $0.date == late.date }
                .map(\.value) != [1])
    }

    @Test func newValuesAreInsertedAndAReSentFileDoesNotDuplicate() throws {
        let store = try storeWithExample()
        let file = """
            indicator,period_start,date,disaggregation,value,source
            1.1.b,2026-01-01,2026-03-31,,431,Housing register
            1.1.b,2026-01-01,2026-03-31,area=North wards,250,Housing register
            3.1.e,,2026-03-31,,44,Residents' survey
            """
        #expect(
            try importing(.measurements, file, into: store)
                == SheetImportSummary(rows: 3, inserted: 3, corrected: 0, unchanged: 0))
        let measurements = try store.count("measurements")
        #expect(
            try importing(.measurements, file, into: store)
                == SheetImportSummary(rows: 3, inserted: 0, corrected: 0, unchanged: 3))
        #expect(try store.count("measurements") == measurements)
    }

    @Test func aChangedValueIsACorrectionAndTheOldOneIsKept() throws {
        let store = try storeWithExample()
        let header = "indicator,date,value\n"
        _ = try importing(.measurements, header + "3.1.e,2026-03-31,44\n", into: store)
        let summary = try importing(
            .measurements, header + "3.1.e,2026-03-31,45\n", into: store, at: "2026-04-01T00:00:00Z")
        #expect(summary == SheetImportSummary(rows: 1, inserted: 0, corrected: 1, unchanged: 0))
        let history = try store.history(indicator: "3.1.e", plan: plan)
        #expect(history.map(\.measurement.value) == [44, 45])
        #expect(history.map(\.isCurrent) == [false, true])
        #expect(history.last?.measurement.recordedAt?.description == "2026-04-01T00:00:00Z")
    }

    @Test func aCorrectionOlderThanTheValueItWouldSupersedeIsRefused() throws {
        let store = try storeWithExample()
        let file = "indicator,period_start,date,value\n1.1.b,2025-10-01,2025-12-31,400\n"
        #expect {
            _ = try importing(.measurements, file, into: store, at: "2026-01-10T00:00:00Z")
        } throws: { error in
            (error as? ValidationError)?.problems.first?.message.hasPrefix(
                "the current value was recorded at 2026-01-20T09:30:00Z, after") == true
        }
        #expect(try importing(.measurements, file, into: store, at: "2026-02-10T00:00:00Z").corrected == 1)
    }

    @Test func semicolonFilesTakeDecimalCommas() throws {
        let store = try storeWithExample()
        _ = try importing(
            .measurements, "\u{FEFF}indicator;date;value;note\r\n1.2.b;2026-06-30;41,5;\"rents; again up\"\r\n",
            into: store)
        let value = try store.current(Measurement.self, plan: plan).last
        #expect(value?.value == 41.5)
        #expect(value?.note == "rents; again up")
        #expect(
            try store.exportSheet(
                .measurements, plan: plan, since: CalendarDate("2026-06-01"), delimiter: UInt8(ascii: ";"))
                == "\u{FEFF}indicator;period_start;date;disaggregation;value;judged_status;source;note;evidence_url;public;new_method\r\n"
                + "1.2.b;;2026-06-30;;41,5;;;\"rents; again up\";;yes;no\r\n")
    }

    @Test func aFileWithBadRowsWritesNothingAndListsEveryBadRow() throws {
        let store = try storeWithExample()
        let rows = try store.count("measurements"), audit = try store.count("audit_log")
        let found = problems(
            .measurements,
            """
            indicator,date,value,disaggregation
            1.1.b,2026-03-31,431,
            1.1.b,2026-02-30,abc,
            9.9.z,2026-03-31,1,
            1.3.b,2026-03-31,2,
            1.1.b,2026-03-31,433,
            1.1.a,2026-03-31,3,religion=none
            1.1.b,2026-06-30,-
            """, into: store)
        #expect(
            found == [
                "line 3, date: expected a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY) that exists, found '2026-02-30'",
                "line 3, value: expected a number, found 'abc'",
                "line 4, indicator: no indicator with code '9.9.z'",
                "line 5, value: indicator 1.3.b is yes/no: give 1 (yes) or 0 (no)",
                "line 6: repeats the row of line 2 (same indicator, period_start, date, disaggregation)",
                "line 7, disaggregation.religion: indicator 1.1.a is not disaggregated by 'religion' (it declares age, sex)",
                "line 8: has 3 cells, the header has 4",
            ])
        #expect(try store.count("measurements") == rows)
        #expect(try store.count("audit_log") == audit)
    }

    @Test func headerProblemsNameTheColumn() throws {
        let store = try storeWithExample()
        #expect(
            problems(.progress, "action,Date,date,colour\n", into: store) == [
                "line 1, column 3: column 'date' appears twice",
                "line 1, column 4: unknown column 'colour'; the columns are action, date, status, percent_complete, narrative, evidence_urls, public",
                "line 1: the required column 'status' is missing",
            ])
        #expect(problems(.budget, "", into: store) == ["line 1: the file is empty; it needs a header row"])
        #expect(
            problems(.budget, "action,\"fiscal_year\n", into: store) == [
                "line 1: a quoted field is not closed before the end of the file"
            ])
    }

    @Test func progressUpdatesAndBudgetLinesCheckTheirAction() throws {
        let store = try storeWithExample()
        #expect(
            problems(.progress, "action,date,status\n7.7.7,2026-03-31,ongoing\n", into: store) == [
                "line 2, action: no action with code '7.7.7' in the plan"
            ])
        #expect(
            problems(.budget, "action,fiscal_year,currency,funding_source\n7.7.7,2026,GBP,own\n", into: store) == [
                "line 2, action: no action with code '7.7.7' in the plan"
            ])
    }

    @Test func budgetRowsUpdateTheLineWithTheSameIdentityAndKeepOtherColumns() throws {
        let store = try storeWithExample()
        let summary = try importing(
            .budget,
            "action,fiscal_year,funding_source,budget_code,currency,spent\n1.1.1,2023,own,HR-111,GBP,220000\n3.1.3,2026,eu,,EUR,\n",
            into: store)
        #expect(summary == SheetImportSummary(rows: 2, inserted: 1, corrected: 1, unchanged: 0))
        let line = try store.list(BudgetLine.self, plan: plan).first { $0.action == "1.1.1" && $0.fiscalYear == 2023 }
        #expect(line?.spent == 220_000)
        #expect(line?.planned == 250_000)
        #expect(
            try store.audit(AuditFilter(entity: "budget_line", actor: "officer")).map(\.operation) == [
                .create, .update,
            ])
    }

    @Test func indicatorRowsCreateOrUpdateByCode() throws {
        let store = try storeWithExample()
        let summary = try importing(
            .indicators,
            """
            code,objective,action,name,type,value_type,direction,unit,standards
            3.1.e,,3.1.3,Residents aware of how to report hate crime,outcome,number,increase,%,UPR 4th cycle rec. 43.112
            3.1.f,3.1,,Hate crime cases reaching court,outcome,number,increase,cases,
            """, into: store)
        #expect(summary == SheetImportSummary(rows: 2, inserted: 1, corrected: 1, unchanged: 0))
        let indicators = try store.list(Indicator.self, plan: plan)
        #expect(indicators.first { $0.code == "3.1.e" }?.standards == ["UPR 4th cycle rec. 43.112"])
        #expect(indicators.first { $0.code == "3.1.e" }?.frequencyMonths == 12)
        #expect(
            problems(.indicators, "code,name\n4.9.z,New without parent\n", into: store)
                == ["line 2, type: is required", "line 2, value_type: is required", "line 2, direction: is required"])
        #expect(
            problems(
                .indicators,
                "code,objective,action,name,type,value_type,direction\n4.9.z,3.1,3.1.3,Two,outcome,number,increase\n",
                into: store)
                == ["line 2, objective: give objective or action, not both"])
        let planLevel = try importing(
            .indicators, "code,name,type,value_type,direction\nP.a,Measures implemented,process,number,increase\n",
            into: store)
        #expect(planLevel.inserted == 1, "an indicator with neither objective nor action belongs to the plan")
    }
}
