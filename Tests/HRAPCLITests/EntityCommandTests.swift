import Testing

/// Update and read back one field of every record type through the CLI.
@Suite struct EntityCommandTests {
    @Test(arguments: [
        (
            ["government", "update", "--code", "GB-aldermoor", "--population", "215000"],
            ["government", "show", "GB-aldermoor"], "\"population\": 215000"
        ),
        (
            ["plan", "update", "--code", "aldermoor-2023", "--theme", "Housing"], ["plan", "show", "aldermoor-2023"],
            "\"theme\": \"Housing\""
        ),
        (["unit", "update", "--code", "HOU", "--name", "Housing"], ["unit", "show", "HOU"], "\"name\": \"Housing\""),
        (
            ["standard", "update", "--code", "SDG 1.2", "--url", "https://sdgs.un.org/goals/goal1"],
            ["standard", "show", "SDG 1.2"], "\"url\": \"https://sdgs.un.org/goals/goal1\""
        ),
        (["field", "update", "--code", "1", "--title", "Housing"], ["field", "show", "1"], "\"title\": \"Housing\""),
        (
            ["objective", "update", "--code", "1.3", "--rationale", "Few homes are adapted."],
            ["objective", "show", "1.3"], "\"rationale\": \"Few homes are adapted.\""
        ),
        (
            ["action", "update", "--code", "1.1.3", "--end-date", "2027-06-30"], ["action", "show", "1.1.3"],
            "\"end_date\": \"2027-06-30\""
        ),
        (
            ["indicator", "update", "--code", "3.1.e", "--baseline-value", "38", "--baseline-date", "2024-06-30"],
            ["indicator", "show", "3.1.e"], "\"baseline_value\": 38"
        ),
        (
            [
                "budget", "set", "--action", "3.1.3", "--fiscal-year", "2026", "--planned", "50000", "--currency",
                "GBP", "--funding-source", "own",
            ],
            ["budget", "show", "--action", "3.1.3", "--fiscal-year", "2026", "--funding-source", "own"],
            "\"planned\": 50000"
        ),
        (
            ["event", "update", "--code", "P4", "--participants", "33"], ["event", "show", "P4"], "\"participants\": 33"
        ),
        (
            ["body", "update", "--code", "YAB", "--meetings", "[{\"date\": \"2025-06-11\"}]"], ["body", "show", "YAB"],
            "\"date\": \"2025-06-11\""
        ),
        (
            ["report", "update", "--code", "R2023", "--easy-read", "true"], ["report", "show", "R2023"],
            "\"easy_read\": true"
        ),
        (
            ["evaluation", "update", "--code", "EV1", "--evaluator", "internal"], ["evaluation", "show", "EV1"],
            "\"evaluator\": \"internal\""
        ),
    ])
    func updatesAndReadsBackEveryRecordType(update: [String], show: [String], expected: String) {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        let before = session.run(show + ["--format", "json"], environment: plan)
        #expect(!before.out.contains(expected), "the value is new")
        let written = session.run(update, environment: plan)
        #expect(written.code == 0, "\(written.err)")
        let shown = session.run(show + ["--format", "json"], environment: plan)
        #expect(shown.out.contains(expected))
        let audit = session.run("audit", "--limit", "1", "--format", "json").out
        #expect(audit.contains("\"operation\": \"\(update[1] == "update" ? "update" : "create")\""))
        #expect(audit.contains(expected), "the audit row's after holds the change")
    }

    @Test func clearingAnOptionalFieldRemovesIt() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(session.run("evaluation", "update", "--code", "EV1", "--url", "", environment: plan).code == 0)
        #expect(!session.run("evaluation", "show", "EV1", "-f", "json", environment: plan).out.contains("\"url\""))
    }

    /// `retire` removes a record no one names and says so; a field its objectives name is kept, with every objective
    /// listed and exit 65; the audit keeps the retired record's last version.
    @Test func retiringRemovesOnlyWhatNoOneNames() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        let refused = session.run("field", "retire", "1", environment: plan)
        #expect(refused.code == 65)
        #expect(refused.err.contains("objectives 1.1 (field) names it") && refused.err.contains("objectives 1.2"))
        #expect(session.run("field", "show", "1", environment: plan).code == 0, "the field is kept")
        let retired = session.run("event", "retire", "P4", environment: plan)
        #expect(retired.code == 0 && retired.out.contains("Retired participation event P4."), "\(retired.err)")
        #expect(session.run("event", "show", "P4", environment: plan).code != 0, "it left the plan")
        let audit = session.run("audit", "--limit", "1", "--format", "json").out
        #expect(audit.contains("\"operation\": \"retire\"") && audit.contains("\"label\": \"P4\""))
        #expect(session.run("event", "retire", "P4", environment: plan).code != 0, "not twice")
    }

    @Test func linkingAStandardAddsItOnce() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(session.run("standard", "link", "SDG 10.3", "--to", "action:3.2.1", environment: plan).code == 0)
        #expect(session.run("standard", "link", "SDG 10.3", "--to", "action:3.2.1", environment: plan).code == 0)
        #expect(
            session.run("action", "show", "3.2.1", "-f", "json", environment: plan).out.contains(
                "\"standards\": [\"SDG 10.3\"]"))
        #expect(session.run("standard", "link", "SDG 99", "--to", "action:3.2.1", environment: plan).code == 65)
        #expect(session.run("standard", "link", "SDG 10.3", "--to", "target:3.2.1", environment: plan).code == 64)
    }
}

@Suite struct CurrentActionStatusTests {
    /// An update that completes an action: `action show`, `action list` and `progress` all say completed, and say why.
    @Test func everyCommandShowsTheStatusTheLatestUpdateGives() {
        let session = imported()
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(session.run("action", "update", "--code", "2.1.1", "--status", "planned", environment: plan).code == 0)
        #expect(
            session.run(
                "progress-update", "record", "--action", "2.1.1", "--date", "2026-02-01", "--status", "completed",
                environment: plan
            ).code == 0)
        let shown = session.run("action", "show", "2.1.1", "--format", "json", environment: plan).out
        #expect(shown.contains("\"status\": \"completed\""))
        #expect(shown.contains("\"recorded_status\": \"planned\""))
        #expect(shown.contains("\"status_source\": \"update 2026-02-01\""))
        let listed = session.run("action", "list", "--format", "csv", environment: plan).out
        #expect(listed.split(separator: "\r\n").first { $0.hasPrefix("2.1.1,") }?.contains(",completed,") == true)
        let progress = session.run("progress", "aldermoor-2023", "--format", "json").out
        #expect(progress.contains("\"code\": \"2.1.1\",\n      \"status\": \"completed\""))
    }
}

@Suite struct FieldStandardTests {
    @Test func aStandardCanBeLinkedToAWholeField() {
        let session = imported()
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(session.run("standard", "link", "SDG 10.3", "--to", "field:3", environment: plan).code == 0)
        #expect(
            session.run("field", "show", "3", "--format", "json", environment: plan).out.contains(
                "\"standards\": [\"SDG 10.3\"]"))
        #expect(session.run("standard", "link", "SDG 10.3", "--to", "field:99", environment: plan).code == 64)
    }
}
