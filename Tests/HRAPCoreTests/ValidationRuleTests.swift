import HRAPCore
import JSONCoding
import Testing

/// Every validation rule of the plan data, one case each: the input and the one problem it must produce.
@Suite struct ValidationRuleTests {
    static let plan = #""code":"p","government":"g","title":"T","kind":"comprehensive","status":"draft""#
    static let indicator =
        #""code":"1.a","objective":"1","name":"N","type":"outcome","value_type":"number","direction":"increase""#
    static let budget = #""action":"1.1","fiscal_year":2025,"currency":"EUR","funding_source":"own""#

    @Test func planPeriodMustEndAfterItStarts() throws {
        #expect(
            try problems(Plan.self, "{\(Self.plan),\"period_start\":\"2024-01-01\",\"period_end\":\"2024-01-01\"}")
                == ["$.period_end: must be after period_start (2024-01-01)"])
    }

    @Test func thematicPlansNeedAThemeAndAdoptedPlansADate() throws {
        let json =
            #"{"code":"p","government":"g","title":"T","kind":"thematic","status":"adopted","period_start":"2024-01-01","period_end":"2025-01-01"}"#
        #expect(
            try problems(Plan.self, json) == [
                "$.theme: is required for a thematic plan", "$.adoption_date: is required once the plan is adopted",
            ])
    }

    @Test func urlsMustBeHTTP() throws {
        #expect(
            try problems(
                Plan.self,
                "{\(Self.plan),\"period_start\":\"2024-01-01\",\"period_end\":\"2025-01-01\",\"legal_basis_url\":\"ftp://x.org/a\"}"
            )
                == ["$.legal_basis_url: 'ftp://x.org/a' is not an http(s) URL"])
    }

    @Test func targetDateMustFollowBaselineDate() throws {
        let json =
            "{\(Self.indicator),\"baseline_value\":1,\"baseline_date\":\"2024-01-01\",\"target_value\":2,\"target_date\":\"2023-01-01\"}"
        #expect(try problems(Indicator.self, json) == ["$.target_date: must be after baseline_date (2024-01-01)"])
    }

    @Test func baselineValueAndDateGoTogether() throws {
        #expect(
            try problems(Indicator.self, "{\(Self.indicator),\"baseline_value\":1}") == [
                "$.baseline_date: baseline_value and baseline_date go together"
            ])
    }

    @Test func indicatorBelongsToAtMostOneParentAndWithNoneToThePlan() throws {
        let both =
            #"{"code":"1.a","objective":"1","action":"1.1","name":"N","type":"outcome","value_type":"number","direction":"increase"}"#
        #expect(try problems(Indicator.self, both) == ["$.objective: give objective or action, not both"])
        let plan =
            #"{"code":"P.a","name":"Measures implemented","type":"process","value_type":"number","direction":"increase"}"#
        #expect(try problems(Indicator.self, plan) == [])
    }

    @Test func aQualitativeIndicatorHasATargetInWordsAndNoNumbers() throws {
        let head =
            #""code":"1.q","objective":"1","name":"N","type":"structural","value_type":"qualitative","direction":"increase""#
        #expect(
            try problems(Indicator.self, "{\(head),\"target_text\":\"All districts\",\"target_date\":\"2026\"}") == [])
        #expect(
            try problems(Indicator.self, "{\(head),\"target_value\":3,\"target_date\":\"2026\"}") == [
                "$.target_text: is required for a qualitative indicator",
                "$.target_value: a qualitative indicator has no numbers: use target_text",
            ])
        #expect(
            try problems(Indicator.self, "{\(Self.indicator),\"target_text\":\"more\"}") == [
                "$.target_text: is for qualitative indicators; give target_value"
            ])
    }

    @Test func aMeasurementHasAValueOrAJudgedStatus() throws {
        let head = #""indicator":"1.a","date":"2025-05""#
        #expect(try problems(Measurement.self, "{\(head),\"value\":3}") == [])
        #expect(try problems(Measurement.self, "{\(head),\"judged_status\":\"at_risk\"}") == [])
        #expect(
            try problems(Measurement.self, "{\(head)}") == [
                "$.value: give a value, or a judged_status for a qualitative indicator (not both)"
            ])
        #expect(
            try problems(Measurement.self, "{\(head),\"value\":1,\"judged_status\":\"achieved\"}") == [
                "$.value: give a value, or a judged_status for a qualitative indicator (not both)"
            ])
        #expect(
            try problems(Measurement.self, "{\(head),\"judged_status\":\"fine\"}") == [
                "$.judged_status: expected one of achieved, on_track, at_risk, off_track, found 'fine'"
            ])
    }

    @Test func aPlanMayBeOpenEndedButItsDatesFollowItsStart() throws {
        let head =
            #""code":"p","government":"g","title":"T","kind":"comprehensive","period_start":"2021-05","status":"draft""#
        #expect(try problems(Plan.self, "{\(head)}") == [])
        #expect(try problems(Plan.self, "{\(head),\"review_date\":\"2026\"}") == [])
        #expect(try problems(Plan.self, "{\(head),\"period_end\":\"2021-05\"}") == [], "a plan within one month")
        #expect(
            try problems(Plan.self, "{\(head),\"period_end\":\"2021-04-30\",\"review_date\":\"2020\"}") == [
                "$.period_end: must be after period_start (2021-05)",
                "$.review_date: must be after period_start (2021-05)",
            ])
    }

    @Test func aBudgetLineFundsAnActionAFieldOrThePlan() throws {
        let head = #""fiscal_year":2025,"currency":"EUR","funding_source":"own","planned":1000"#
        #expect(try problems(BudgetLine.self, "{\(head),\"action\":\"1.1\"}") == [])
        #expect(try problems(BudgetLine.self, "{\(head),\"field\":\"2\"}") == [])
        #expect(try problems(BudgetLine.self, "{\(head)}") == [])
        #expect(
            try problems(BudgetLine.self, "{\(head),\"action\":\"1.1\",\"field\":\"2\"}") == [
                "$.field: give action or field, not both (a field's package names no action)"
            ])
    }

    @Test func yesNoIndicatorsTakeOneOrZero() throws {
        let json =
            #"{"code":"1.a","objective":"1","name":"N","type":"structural","value_type":"yes_no","direction":"increase","target_value":2,"target_date":"2025-01-01"}"#
        #expect(try problems(Indicator.self, json) == ["$.target_value: a yes/no indicator takes 1 (yes) or 0 (no)"])
    }

    @Test func milestonesLieBetweenBaselineAndTarget() throws {
        let json =
            "{\(Self.indicator),\"baseline_value\":1,\"baseline_date\":\"2024-01-01\",\"target_value\":2,\"target_date\":\"2026-01-01\",\"milestones\":[{\"date\":\"2027-01-01\",\"value\":1.5}]}"
        #expect(
            try problems(Indicator.self, json) == ["$.milestones[0].date: must not be after target_date (2026-01-01)"])
    }

    @Test func nestedRecordProblemsCarryTheirPath() throws {
        let json =
            "{\(Self.indicator),\"milestones\":[{\"date\":\"2025-01-01\",\"value\":1},{\"date\":\"soon\",\"value\":\"x\"}]}"
        #expect(
            try problems(Indicator.self, json) == [
                "$.milestones[1].date: expected a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY) that exists, found 'soon'",
                "$.milestones[1].value: expected a number, found 'x'",
            ])
    }

    @Test(arguments: [
        (#""currency":"EURO""#, "$.currency: 'EURO' is not an ISO 4217 currency code (e.g. EUR, USD, CHF)"),
        (#""planned":-1"#, "$.planned: must not be negative"),
        (#""fiscal_year":1800"#, "$.fiscal_year: 1800 is outside 1900–2200"),
        (
            #""funding_source":"lottery""#,
            "$.funding_source: expected one of own, national, eu, donor, other, found 'lottery'"
        ),
    ])
    func budgetLineRules(override: String, expected: String) throws {
        var members = try JSONParser.parse("{\(Self.budget)}").members ?? []
        let replacement = try JSONParser.parse("{\(override)}").members ?? []
        for (key, value) in replacement {
            members.removeAll { $0.0 == key }
            members.append((key, value))
        }
        #expect(BudgetLine.schema.decode(.object(members), path: "$").1.map(\.description) == [expected])
    }

    @Test(arguments: [
        (-1, "$.percent_complete: -1 is outside 0–100"), (101, "$.percent_complete: 101 is outside 0–100"),
    ])
    func percentCompleteIsAPercentage(value: Int, expected: String) throws {
        #expect(
            try problems(
                ProgressUpdate.self,
                "{\"action\":\"1.1\",\"date\":\"2024-01-01\",\"status\":\"ongoing\",\"percent_complete\":\(value)}")
                == [expected])
    }

    @Test func measurementPeriodMustNotEndBeforeItStarts() throws {
        #expect(
            try problems(
                Measurement.self, #"{"indicator":"1.a","period_start":"2024-07-01","date":"2024-06-30","value":3}"#)
                == ["$.date: the period ends before it starts (period_start 2024-07-01)"])
    }

    @Test func measurementValuesAreNumbersOrYesNo() throws {
        #expect(
            try problems(Measurement.self, #"{"indicator":"1.a","date":"2024-06-30","value":"many"}"#)
                == ["$.value: expected a number, found 'many'"])
        let (yes, none) = Measurement.schema.decode(
            try JSONParser.parse(#"{"indicator":"1.a","date":"2024-06-30","value":true}"#), path: "")
        #expect(none.isEmpty && yes.value == 1)
    }

    @Test func languageTagsAreChecked() throws {
        #expect(
            try problems(Document.self, #"{"title":"T","url":"https://x.org/a","language":"english"}"#)
                == ["$.language: 'english' is not a language tag such as en, de or pt-BR"])
    }
}
