import Foundation
import JSONCoding
import Testing

@Suite struct ScoreCommandTests {
    @Test func scoresTheExampleAndShowsTheTextStatusFirst() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let result = session.run("score", "aldermoor-2023", "--as-of", "2025-12-31")
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        #expect(
            lines.first
                == "aldermoor-2023 against Accountability in Action: Human Rights Action Plans of Local Governments (hrgl-2024 v1), as of 2025-12-31"
        )
        #expect(lines.dropFirst().first?.hasPrefix("Text of the encouragements: PARAPHRASE — ") == true)
        #expect(result.out.contains("Index: 3.5 of 4 (86 %)"))
        #expect(
            result.out.contains(
                "   budgeted: 94 % (34/36) → level 4 — active actions with a budget line for 2025\n      to fix: 3.1.3, 5.2.3\n"
            ))
    }

    @Test func theSameDataAndDateGiveByteIdenticalJSON() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let first = session.run(
            "score", "aldermoor-2023", "--as-of", "2025-12-31", "--format", "json", "--framework", "hrgl-2023")
        let second = session.run(
            "score", "aldermoor-2023", "--as-of", "2025-12-31", "--format", "json", "--framework", "hrgl-2023")
        #expect(first.code == 0 && first.out == second.out)
        #expect(first.out.contains("\"text_status\": \"paraphrase\""))
    }

    @Test func unknownFrameworksPlansAndDatesAreUsageErrors() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let framework = session.run("score", "aldermoor-2023", "--framework", "hrgl-2099")
        #expect(framework.code == 64)
        #expect(
            framework.err.hasPrefix(
                "Error: Unknown framework 'hrgl-2099'. Known frameworks: hrgl-2021@1, hrgl-2022@1, hrgl-2023@1, hrgl-2024@1.\n"
            ))
        #expect(session.run("score", "nowhere-2020").code == 64)
        #expect(session.run("score", "aldermoor-2023", "--as-of", "31.12.2025").code == 64)
    }

    /// Four Outcome Documents are frameworks; the plan scores against each, and the comparison shows each card's own
    /// index.
    @Test func fourFrameworksScoreTheExamplesSideBySide() throws {
        let session = imported()
        let list = session.run("framework", "list").out
        for id in ["hrgl-2021", "hrgl-2022", "hrgl-2023", "hrgl-2024"] { #expect(list.contains(id), "\(id)") }
        let all = session.run(
            "score", "aldermoor-2023", "--framework", "all", "--as-of", "2025-12-31", "--format", "json")
        #expect(all.code == 0, "\(all.err)")
        let cards = try JSONParser.parse(Array(all.out.utf8)).array ?? []
        #expect(
            cards.compactMap { $0["framework"]?["id"]?.string } == ["hrgl-2021", "hrgl-2022", "hrgl-2023", "hrgl-2024"])
        for card in cards {
            let id = card["framework"]?["id"]?.string ?? ""
            let one = session.run(
                "score", "aldermoor-2023", "--framework", id, "--as-of", "2025-12-31", "--format", "json")
            #expect(try JSONParser.parse(Array(one.out.utf8))["index"] == card["index"], "\(id)")
            #expect(card["index"]?.double != nil, "\(id) scores the example")
        }
        #expect(session.run("score", "aldermoor-2023", "--framework", "all", "--save").code == 64)
    }

    @Test func frameworkCommandsListShowAndValidate() throws {
        let session = Session()
        #expect(session.run("framework", "list").out.contains("hrgl-2024  1        2024  paraphrase  14"))
        let shown = session.run("framework", "show", "hrgl-2024")
        #expect(shown.out.contains("Text: PARAPHRASE — "))
        #expect(shown.out.contains("\n8. Anchoring in the budget\n"))
        #expect(session.run("framework", "metrics").out.contains("budget_execution_rate"))
        #expect(
            session.run("framework", "validate", "templates/frameworks/hrgl-2023.json").out
                == "hrgl-2023 v1 is valid: 12 encouragements, 13 criteria (text: paraphrase).\n")
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("framework-\(UUID().uuidString).json")
        try Data(
            #"{"id": "x", "version": "1", "title": "T", "year": 2024, "source_title": "S", "text_status": "unofficial", "text_note": "N", "on_track_share": 0.9, "at_risk_share": 0.7}"#
                .utf8
        ).write(to: bad)
        let result = session.run("framework", "validate", bad.path)
        #expect(result.code == 65)
        #expect(result.err.contains("$.text_status: expected one of official, paraphrase, found 'unofficial'"))
        #expect(session.run("framework", "validate", "missing.json").code == 66)
    }
}

@Suite struct ProgressTreeCommandTests {
    @Test func printsTheTreeWithOverdueActionsAndJSON() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let tree = session.run("progress", "aldermoor-2023", "--as-of", "2025-12-31")
        #expect(tree.code == 0)
        #expect(
            tree.out.contains(
                "    1.1.3 delayed, OVERDUE since 2024-06-30, last update 2025-12-31 — Move families out of bed-and-breakfast hotels within six weeks\n"
            ))
        #expect(tree.out.contains("      3.1.e no data — "))
        let json = session.run("progress", "aldermoor-2023", "--as-of", "2025-12-31", "-f", "json")
        #expect(json.out.contains("\"no_data\": 1"))
        #expect(json.out == session.run("progress", "aldermoor-2023", "--as-of", "2025-12-31", "-f", "json").out)
    }
}

@Suite struct DueCommandTests {
    @Test func listsWhatToChaseByUnit() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let due = session.run("due", "aldermoor-2023", "--as-of", "2026-04-15")
        #expect(due.code == 0)
        #expect(due.out.hasPrefix("EQU Equality and Inclusion Unit\n  value of indicator 3.1.e: never reported — "))
        #expect(due.out.contains("  update of action 3.2.3: no update yet — Accessible council buildings audit\n"))
        #expect(due.out.contains("  value of indicator 2.2.a: overdue since 2025-12-31 (105 days); last 2024-12-31 — "))
        #expect(session.run("due", "aldermoor-2023", "--horizon", "soon").code == 64)
    }
}

@Suite struct SnapshotCommandTests {
    @Test func savedScoresAreListedAndKeptAsSaved() {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        #expect(session.run("snapshots", "aldermoor-2023").out.hasPrefix("No saved snapshots"))
        let saved = session.run("score", "aldermoor-2023", "--as-of", "2025-12-31", "--save", "-f", "json")
        #expect(saved.err == "Saved score snapshot #1 (hrgl-2024 v1 as of 2025-12-31).\n")
        session.run(
            "measurement", "record", "--plan", "aldermoor-2023", "--indicator", "3.1.e", "--date", "2025-12-31",
            "--value", "40")
        let listed = session.run("snapshots", "aldermoor-2023")
        #expect(listed.out.contains("#1  hrgl-2024 v1  2025-12-31  3.45"))
        #expect(
            session.run("snapshots", "aldermoor-2023", "-f", "json").out == "[\n"
                + saved.out.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n]\n")
        #expect(session.run("audit", "--entity", "score_snapshot").out.contains("score_snapshot"))
    }
}

@Suite struct FrameworkImportTests {
    /// The shipped hrgl-2024 rewritten as a new version, as a city with the official text would import it.
    func officialVersion(_ session: Session, title: String = "Official wording") throws -> String {
        var text = try String(contentsOfFile: session.root + "/templates/frameworks/hrgl-2024.json", encoding: .utf8)
        text = text.replacing("\"version\": \"1\"", with: "\"version\": \"2-official\"")
            .replacing("\"text_status\": \"paraphrase\"", with: "\"text_status\": \"official\"")
            .replacing("\"short_title\": \"Formal and durable commitment\"", with: "\"short_title\": \"\(title)\"")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("framework-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func anImportedVersionIsUsedByDefaultAndTheOldOneStaysSelectable() throws {
        let session = Session()
        session.run("import", "examples/aldermoor-plan.json")
        let file = try officialVersion(session)
        #expect(session.run("framework", "import", file).out == "Imported hrgl-2024 v2-official (text: official).\n")
        #expect(session.run("framework", "import", file).out.hasSuffix("was imported already; nothing changed.\n"))
        let latest = session.run("score", "aldermoor-2023", "--as-of", "2025-12-31")
        #expect(latest.out.contains("(hrgl-2024 v2-official)"))
        #expect(latest.out.contains("Text of the encouragements: OFFICIAL"))
        #expect(latest.out.contains("\n1. Official wording — level 4.0\n"))
        #expect(
            session.run("score", "aldermoor-2023", "--as-of", "2025-12-31", "--framework", "hrgl-2024@1").out.contains(
                "(hrgl-2024 v1)"))
        #expect(session.run("framework", "list").out.contains("hrgl-2024  2-official"))
        #expect(session.run("audit", "--entity", "framework").out.contains("hrgl-2024 v2-official"))
    }

    @Test func aVersionNeverChangesAndShippedVersionsCannotBeReplaced() throws {
        let session = Session()
        session.run("init")
        #expect(session.run("framework", "import", try officialVersion(session)).code == 0)
        let changed = session.run("framework", "import", try officialVersion(session, title: "Edited"))
        #expect(changed.code == 65)
        #expect(changed.err.contains("was imported before with other content; give this file a new version"))
        let shipped = session.run("framework", "import", "templates/frameworks/hrgl-2023.json")
        #expect(shipped.code == 65)
        #expect(shipped.err == "Error: hrgl-2023 v1 ships with hrap; give your file a new version\n")
    }
}

@Suite struct ProgressMeasuresCommandTests {
    @Test func progressLeadsWithMeasuresAndComparesWithAnEarlierDate() {
        let session = imported()
        let result = session.run("progress", "aldermoor-2023", "--as-of", "2025-12-31", "--compare", "2024-12-31")
        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.out.hasPrefix(
                "aldermoor-2023 as of 2025-12-31: 2 of 40 measures implemented (5 %, 1 of them late); 31 ongoing, 1 planned, 5 overdue, 1 continuing\n"
            ))
        #expect(result.out.contains("\n  continuing measures fully on calendar in 2025: 0 of 1 (80–99 %: 1)\n"))
        #expect(result.out.contains("4.1.3 ongoing, continuing: 90 % of 2025's commitments met, last update"))
        #expect(
            result.out.contains(
                "\nSince 2024-12-31: 2 → 2 measures implemented\n  became completed: none\n  became overdue: 2.1.2, 3.2.3, 4.1.1, 4.1.2\n"
            ))
        let json = session.run(
            "progress", "aldermoor-2023", "--as-of", "2025-12-31", "--compare", "2024-12-31", "--format", "json"
        ).out
        #expect(json.contains("\"measures\": {\n    \"total\": 40,\n    \"completed\": 1,\n    \"completed_late\": 1,"))
        #expect(json.contains("\"became_overdue\": [\"2.1.2\", \"3.2.3\", \"4.1.1\", \"4.1.2\"]"))
        #expect(
            session.run("progress", "aldermoor-2023", "--as-of", "2025-12-31", "--compare", "2026-01-01").code == 64)
    }
}

@Suite struct SmallTruthTests {
    @Test func actionsWithoutALeadUnitHaveTheirOwnHeadingInDue() {
        let session = imported()
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(
            session.run(
                "action", "create", "--code", "1.1.9", "--objective", "1.1", "--title", "Unowned measure", "--status",
                "ongoing",
                "--competence", "own", "--start-date", "2024-01-01", environment: plan
            ).code == 0)
        let due = session.run("due", "aldermoor-2023", "--as-of", "2025-12-31").out
        let heading = due.components(separatedBy: "Actions without a lead unit\n").dropFirst().first ?? ""
        #expect(heading.hasPrefix("  update of action 1.1.9"), "\(due)")
        #expect(!due.contains("objective-level indicators"))
    }

    @Test func reportShapedCommandsDoNotOfferCSV() {
        let session = imported()
        for command in [
            ["score", "aldermoor-2023"], ["progress", "aldermoor-2023"], ["due", "aldermoor-2023"],
            ["framework", "list"],
        ] {
            let result = session.run(command + ["--format", "csv"])
            #expect(result.code == 64, "\(command)")
            #expect(result.err.contains("Expected one of: table, json."))
        }
        #expect(
            session.run("action", "list", "--plan", "aldermoor-2023", "--format", "csv").out.hasPrefix(
                "code,objective,"))
    }
}

@Suite struct YesNoPrintingTests {
    @Test func yesNoValuesPrintAsWordsInTablesAndCSVButStayNumbersInJSON() {
        let session = imported()
        let plan = ["--plan", "aldermoor-2023"]
        let table = session.run(["measurement", "list", "--indicator", "1.3.b"] + plan).out
        #expect(table.contains("2024-12-31                  yes"))
        #expect(
            session.run(["measurement", "list", "--indicator", "1.3.b", "--format", "csv"] + plan).out.contains(",yes,")
        )
        #expect(
            session.run(["measurement", "list", "--indicator", "1.3.b", "--format", "json"] + plan).out.contains(
                "\"value\": 1"))
        #expect(session.run(["history", "1.3.b"] + plan).out.contains(" yes "))
        #expect(
            !session.run(["measurement", "list", "--indicator", "1.1.b"] + plan).out.contains(" yes "),
            "numbers stay numbers")
    }
}

@Suite struct ClosingPlanTests {
    @Test func closingAPlanWithActiveMeasuresWarns() {
        let session = imported()
        let closed = session.run("plan", "update", "--code", "aldermoor-2023", "--status", "closed")
        #expect(closed.code == 0)
        #expect(closed.err.hasPrefix("Warning: plan aldermoor-2023 is closed with "))
        #expect(closed.err.contains("measures still active (1.1.1, 1.1.2,"))
        #expect(
            session.run("plan", "update", "--code", "aldermoor-2023", "--title", "Renamed").err.contains("Warning"),
            "the warning stays while the plan is closed with active measures")
    }
}

@Suite struct DueHierarchyTests {
    @Test func dueIsReadUpTheUnitHierarchy() {
        let session = imported()
        let plan = ["HRAP_PLAN": "aldermoor-2023"]
        #expect(
            session.run(
                "unit", "create", "--code", "HOU-RS", "--name", "Rough sleeping team", "--kind", "department",
                "--parent", "HOU", environment: plan
            ).code == 0)
        #expect(
            session.run("action", "update", "--code", "1.1.1", "--lead-unit", "HOU-RS", environment: plan).code == 0)
        let due = session.run("due", "aldermoor-2023", "--as-of", "2026-09-30").out
        #expect(due.contains("HOU-RS Rough sleeping team — in HOU Housing Services\n"), "\(due)")
        let housing = due.range(of: "\nHOU Housing Services\n").map(\.lowerBound) ?? due.startIndex
        let team = due.range(of: "HOU-RS Rough sleeping team").map(\.lowerBound) ?? due.startIndex
        #expect(housing < team, "a department comes before the units below it")
        let cycle = session.run("unit", "update", "--code", "HOU", "--parent", "HOU-RS", environment: plan)
        #expect(cycle.code == 65)
        #expect(cycle.err.contains("go round in a circle"))
    }
}
