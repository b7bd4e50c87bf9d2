import HRAPCore
import JSONCoding
import Testing

/// What real plans record and the format now says: events over several days, notes on budget lines, a unit
/// hierarchy, and a predecessor that is not in the database.
@Suite struct RealPlanFieldsTests {
    private func decode(_ text: String) throws -> (PlanFile, [ValidationProblem]) {
        PlanFile.decode(
            try JSONParser.parse(
                """
                {"format": "hrap-plan/1",
                 "government": {"code": "DE-x", "name": "X", "country": "DE", "level": "municipality"},
                 "plan": {"code": "p", "government": "DE-x", "title": "T", "kind": "thematic", "theme": "UN CRPD",
                          "period_start": "2021-01-01", "period_end": "2025-12-31", "status": "draft",
                          "predecessor_title": "Aktionsplan 2015–2020", "predecessor_url": "https://example.org/plan-2015.pdf"},
                 \(text)}
                """))
    }

    @Test func theNewFieldsReadBack() throws {
        let (file, problems) = try decode(
            """
            "org_units": [{"code": "SOZ", "name": "Sozialamt", "kind": "department"},
                          {"code": "SOZ-B", "name": "Behindertenbeauftragte", "kind": "department", "parent": "SOZ"}],
            "participation_events": [{"code": "P1", "title": "Online consultation", "date": "2021-03-01",
                                      "end_date": "2021-04-15", "phase": "drafting", "format": "online_platform"}]
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(file.plan.predecessorTitle == "Aktionsplan 2015–2020")
        #expect(file.orgUnits.last?.parent == "SOZ")
        #expect(file.participationEvents.first?.endDate == CalendarDate("2021-04-15"))
    }

    @Test func badHierarchiesAndDatesAreProblemsWithTheirPath() throws {
        let (_, problems) = try decode(
            """
            "org_units": [{"code": "A", "name": "A", "kind": "department", "parent": "B"},
                          {"code": "B", "name": "B", "kind": "department", "parent": "A"},
                          {"code": "C", "name": "C", "kind": "department", "parent": "Z"}],
            "participation_events": [{"code": "P1", "title": "T", "date": "2021-03-01", "end_date": "2021-02-01",
                                      "phase": "drafting", "format": "online_platform"}]
            """)
        let byPath = Dictionary(problems.map { ($0.path, $0.code) }, uniquingKeysWith: { first, _ in first })
        #expect(byPath["$.org_units[0].parent"] == .inconsistent)
        #expect(byPath["$.org_units[2].parent"] == .unknownReference)
        #expect(byPath["$.participation_events[0].end_date"] == .inconsistent)
    }
}

@Suite struct OneMessageTests {
    @Test func aMissingObjectiveIsOneProblem() throws {
        let json = try JSONParser.parse(
            """
            {"format": "hrap-plan/1",
             "government": {"code": "DE-x", "name": "X", "country": "DE", "level": "municipality"},
             "plan": {"code": "p", "government": "DE-x", "title": "T", "kind": "comprehensive",
                      "period_start": "2021-01-01", "period_end": "2025-12-31", "status": "draft"},
             "actions": [{"code": "1.1.1", "title": "A", "status": "ongoing", "competence": "own"}]}
            """)
        let problems = PlanFile.decode(json).1
        #expect(
            problems.map(\.description) == [
                "$.actions[0].objective: give the objective or, in a plan without objectives, the field of action (not both)"
            ])
    }

    /// A plan of axes and initiatives: a measure directly under a field of action, which must exist.
    @Test func aMeasureUnderAFieldNamesAFieldOfThePlan() throws {
        let json = try JSONParser.parse(
            """
            {"format": "hrap-plan/3",
             "government": {"code": "ES-x", "name": "X", "country": "ES", "level": "region"},
             "plan": {"code": "p", "government": "ES-x", "title": "T", "kind": "comprehensive",
                      "period_start": "2021-01-01", "period_end": "2025-12-31", "status": "draft"},
             "fields": [{"code": "1", "title": "Memory"}],
             "actions": [{"code": "1.1", "field": "1", "title": "A", "status": "ongoing", "competence": "own"},
                         {"code": "1.2", "field": "9", "title": "B", "status": "ongoing", "competence": "own"},
                         {"code": "1.3", "field": "1", "objective": "1.1", "title": "C", "status": "ongoing",
                          "competence": "own"}]}
            """)
        #expect(
            PlanFile.decode(json).1.map(\.description) == [
                "$.actions[2].objective: give the objective or, in a plan without objectives, the field of action (not both)",
                "$.actions[1].field: no field of action with code '9'",
                "$.actions[2].objective: no objective with code '1.1'",
            ])
    }
}
