import HRAPCore
import JSONCoding
import Testing

/// Decodes a record from JSON text and returns the problems as "path: message" lines.
func problems<R: Record>(_ type: R.Type, _ json: String) throws -> [String] {
    R.schema.decode(try JSONParser.parse(json), path: "$").1.map(\.description)
}

@Suite struct RecordSchemaTests {
    @Test func reportsEveryProblemOfARecordAtOnce() throws {
        let found = try problems(
            Action.self,
            """
            {"code": "1.1.1", "title": "", "status": "running", "competence": "own", "start_date": "2024-02-30",
             "hrba": ["participation", "fun"], "colour": "red"}
            """)
        #expect(
            found == [
                "$.colour: unknown field 'colour'",
                "$.title: must not be empty",
                "$.start_date: expected a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY) that exists, found '2024-02-30'",
                "$.status: expected one of planned, ongoing, completed, delayed, cancelled, found 'running'",
                "$.hrba[1]: expected one of participation, accountability, non_discrimination, empowerment, legality, found 'fun'",
            ])
    }

    @Test func suggestsTheFieldMeantByAMisspelledKey() throws {
        #expect(
            try problems(FieldOfAction.self, #"{"code": "1", "title": "x", "Description": "y"}"#)
                == ["$.Description: unknown field 'Description'; did you mean 'description'?"])
    }

    @Test func encodesFieldsInDeclarationOrderAndLeavesOutAbsentOnes() throws {
        var unit = OrgUnit()
        unit.code = "SOC"
        unit.name = "Social services"
        #expect(
            JSONWriter.compact(OrgUnit.schema.encode(unit))
                == #"{"code":"SOC","name":"Social services","kind":"department"}"#)
        var report = ProgressReport()
        report.presentedToCouncil = true
        let json = ProgressReport.schema.encode(report)
        #expect(json["presented_to_council"] == .bool(true))
        #expect(json["easy_read"] == nil)
    }

    @Test func trimsTextAndRejectsWhitespaceOnlyValues() throws {
        let (unit, found) = OrgUnit.schema.decode(
            try JSONParser.parse(#"{"code": " SOC ", "name": "  ", "kind": "agency"}"#), path: "")
        #expect(unit.code == "SOC")
        #expect(found.map(\.description) == ["name: must not be empty"])
    }

    @Test(arguments: [
        (
            #"{"code":"x","name":"X","country":"XX","level":"municipality"}"#,
            "$.country: 'XX' is not an ISO 3166-1 alpha-2 country code (e.g. AT, DE, KE)"
        ),
        (
            #"{"code":"x","name":"X","country":"AT","level":"city"}"#,
            "$.level: expected one of municipality, district, region, found 'city'"
        ),
        (
            #"{"code":"x","name":"X","country":"AT","level":"region","population":12.5}"#,
            "$.population: expected a whole number, found 12.5"
        ),
        (#"{"code":"x,y","name":"X","country":"AT","level":"region"}"#, "$.code: a code cannot contain a comma"),
        (
            #"{"code":"x\u0004y","name":"X","country":"AT","level":"region"}"#,
            "$.code: a code cannot contain a control character"
        ),
        (
            #"{"code":"x","name":"X","country":"AT","level":"region","networks":"ECCAR"}"#,
            "$.networks: expected an array, found a string"
        ),
    ])
    func governmentRules(json: String, expected: String) throws {
        #expect(try problems(Government.self, json) == [expected])
    }
}
