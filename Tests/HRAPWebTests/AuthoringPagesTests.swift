import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// Writing a plan in the browser: sections, generated forms, new records, stale edits, refusals that write nothing.
@Suite struct AuthoringPagesTests {
    static let plan = "/plans/aldermoor-2023"

    @Test func theHubListsEverySectionWithItsCount() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let hub = site.call("GET", Self.plan + "/edit")
        #expect(hub.status == 200)
        for section in ["Fields of action", "Measures", "Indicators", "Budget lines", "Not-applicable marks"] {
            #expect(hub.body.contains(section), "\(section)")
        }
        let fields = try site.service.records(FieldOfAction.self, plan: "aldermoor-2023", as: .commandLine("t"))
        #expect(hub.body.contains("Fields of action</a> <span class=\"hint-inline\">(\(fields.count))"))
    }

    @Test func aNewRecordIsCreatedFromItsGeneratedFormAndAudited() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let path = Self.plan + "/edit/objectives/new"
        let form = site.call("GET", path)
        #expect(form.status == 200)
        for field in Objective.schema.fields.map(\.name) {
            #expect(form.body.contains("name=\"\(field)\""), "the form has \(field)")
        }
        #expect(form.body.contains("<select id=\"field-field\""), "a field of action is chosen from the plan's")
        let before = try site.auditRows()
        let saved = site.call(
            "POST", path,
            form: [
                ("csrf", site.csrf(from: path)), ("code", "1.9"), ("field", "1"), ("title", "Shelter for every night"),
                ("rights_holder_groups", "people sleeping rough\nyoung people"),
            ])
        #expect(saved.status == 303)
        #expect(saved.header("Location") == Self.plan + "/edit/objectives/record?code=1.9")
        #expect(try site.auditRows() == before + 1)
        let stored = try site.service.records(Objective.self, plan: "aldermoor-2023", as: .commandLine("t"))
            .first { $0.code == "1.9" }
        #expect(stored?.title == "Shelter for every night" && stored?.field == "1")
        #expect(stored?.rightsHolderGroups == ["people sleeping rough", "young people"])
        let page = site.call("GET", saved.header("Location") ?? "")
        #expect(page.body.contains("readonly") && page.body.contains("History"))
        #expect(page.body.contains("title: — → Shelter for every night"), "the history says what changed")
    }

    /// Labels and hints are in the reader's language; English hints are the schema's own help.
    @Test func aFormIsLabelledAndExplainedInTheReadersLanguage() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let german = site.call("GET", Self.plan + "/edit/objectives/new?lang=de").body
        #expect(german.contains("Warum das Ziel wichtig ist."))
        let english = site.call("GET", Self.plan + "/edit/objectives/new").body
        let help = try #require(Objective.schema.field(named: "rationale")?.help)
        #expect(english.contains(help) && !english.contains("Warum das Ziel"))
    }

    @Test func invalidInputIsShownNextToItsFieldsAndNothingIsWritten() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let path = Self.plan + "/edit/actions/new"
        let before = try site.auditRows()
        let refused = site.call(
            "POST", path,
            form: [
                ("csrf", site.csrf(from: path)), ("code", "9.9.9"), ("objective", "nope"), ("title", ""),
                ("start_date", "someday"),
            ])
        #expect(refused.status == 422)
        #expect(refused.body.contains("class=\"error-summary\""))
        #expect(refused.body.contains("id=\"field-start_date-error\""))
        #expect(refused.body.contains("value=\"someday\""), "what was typed is kept")
        #expect(try site.auditRows() == before)
    }

    @Test func aStaleEditIsRefusedWithTheOtherChangeShownNextToYours() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let path = Self.plan + "/edit/fields/record?code=1"
        let opened = site.call("GET", path)
        let version = try #require(opened.hiddenValue("version"))
        let csrf = try #require(opened.hiddenValue("csrf"))
        try site.service.saveRecord(
            FieldOfAction.self, plan: "aldermoor-2023", mode: .update, identity: [.string("1")],
            changes: [("title", .string("Housing, changed by a colleague"))], as: .commandLine("colleague"))
        let before = try site.auditRows()
        let stale = site.call(
            "POST", path, form: [("csrf", csrf), ("version", version), ("code", "1"), ("title", "My own title")])
        #expect(stale.status == 409)
        #expect(stale.body.contains("<td>Housing, changed by a colleague</td><td>My own title</td>"))
        #expect(try site.auditRows() == before)
        let again = site.call(
            "POST", path,
            form: [
                ("csrf", csrf), ("version", stale.hiddenValue("version") ?? ""), ("code", "1"),
                ("title", "My own title"),
            ])
        #expect(again.status == 303, "saved once the person has seen the newer version")
    }

    /// A record no one names is retired from its form and listed as retired; one that others name is kept, the page
    /// listing what names it; narratives are superseded, never retired.
    @Test func aRecordIsRetiredOnlyWhenNothingNamesIt() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let field = site.call("GET", Self.plan + "/edit/fields/record?code=1")
        #expect(field.body.contains("action=\"\(Self.plan)/edit/fields/retire?code=1\""))
        let before = try site.auditRows()
        let refused = site.call(
            "POST", Self.plan + "/edit/fields/retire?code=1",
            form: [("csrf", field.hiddenValue("csrf") ?? ""), ("version", field.hiddenValue("version") ?? "")])
        #expect(refused.status == 409)
        #expect(refused.body.contains("objectives 1.1 (field) names it"))
        #expect(refused.body.contains("action=\"\(Self.plan)/edit/fields/record?code=1\""), "saving still saves")
        #expect(try site.auditRows() == before)
        let event = site.call("GET", Self.plan + "/edit/participation_events/record?code=P4")
        let retired = site.call(
            "POST", Self.plan + "/edit/participation_events/retire?code=P4",
            form: [("csrf", event.hiddenValue("csrf") ?? ""), ("version", event.hiddenValue("version") ?? "")])
        #expect(retired.status == 303)
        #expect(try site.auditRows() == before + 1)
        let list = site.call("GET", retired.header("Location") ?? "")
        #expect(list.body.contains("Retired: Participation events P4."))
        #expect(list.body.contains("Retired records") && list.body.contains("<li>P4 "))
        #expect(!list.body.contains("record?code=P4"), "no longer among the plan's records")
        let narrative = site.call(
            "POST", Self.plan + "/edit/narratives/retire?year=2025", form: [("csrf", event.hiddenValue("csrf") ?? "")])
        #expect(narrative.status == 404)
    }

    @Test func aRecordWithAnIdentityOfSeveralFieldsIsEdited() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let lines = try site.service.records(BudgetLine.self, plan: "aldermoor-2023", as: .commandLine("t"))
        let line = try #require(lines.first)
        let list = site.call("GET", Self.plan + "/edit/budget_lines")
        #expect(list.status == 200 && list.body.contains("Records: \(lines.count)"))
        let start = try #require(list.body.range(of: "/edit/budget_lines/record?"))
        let href = String(list.body[start.lowerBound...].prefix { $0 != "\"" }).replacing("&amp;", with: "&")
        let form = site.call("GET", Self.plan + href)
        #expect(form.status == 200)
        let saved = site.call(
            "POST", Self.plan + href,
            form: [
                ("csrf", form.hiddenValue("csrf") ?? ""), ("version", form.hiddenValue("version") ?? ""),
                ("planned", "123456"),
                ("currency", line.currency),
            ])
        #expect(saved.status == 303)
        let changed = try site.service.records(BudgetLine.self, plan: "aldermoor-2023", as: .commandLine("t"))
        #expect(changed.contains { $0.planned == 123_456 })
    }

    /// Every section's form, posted as shown, gives back the record it showed: the generated forms lose nothing.
    @Test(arguments: ["aldermoor-2023", "hainbach-inklusiv"])
    func everyFormPostedAsShownLeavesItsRecordUnchanged(plan: String) throws {
        let site = try WebFixture()
        site.signIn(plan == "aldermoor-2023" ? "officer" : "otherOfficer")
        let before = try site.service.exportPlan(plan, as: .commandLine("t")).encode()
        var posted = 0
        let sections =
            PlanFile.recordSections.filter { !$0.isAppendOnly }.map { $0.collection } + [
                "narratives", "commitments",
            ]
        for section in sections {
            let list = site.call("GET", "/plans/\(plan)/edit/\(section)")
            guard let start = list.body.range(of: "/edit/\(section)/record?") else { continue }
            let href = WebResponse.unescape(String(list.body[start.lowerBound...].prefix { $0 != "\"" }))
            let form = site.call("GET", "/plans/\(plan)" + href)
            let saved = site.call("POST", "/plans/\(plan)" + href, form: form.formValues())
            #expect(saved.status == 303, "\(section): \(saved.status)")
            posted += 1
        }
        #expect(posted >= 9)
        let after = try site.service.exportPlan(plan, as: .commandLine("t")).encode()
        #expect(JSONWriter.pretty(after) == JSONWriter.pretty(before))
    }

    @Test func aChangedNarrativeSupersedesTheEarlierOneWhichStaysInTheHistory() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let plan = "aldermoor-2023"
        let new = "/plans/\(plan)/edit/narratives/new"
        let created = site.call(
            "POST", new,
            form: [("csrf", site.csrf(from: new)), ("year", "2026"), ("part", "foreword"), ("text", "A first text.")])
        #expect(created.status == 303)
        let href = try #require(created.header("Location"))
        let form = site.call("GET", href)
        let changed = form.formValues().map { $0.0 == "text" ? ($0.0, "A better text.") : $0 }
        #expect(site.call("POST", href, form: changed).status == 303)
        let current = try site.service.narratives(plan: plan, as: .commandLine("t")).filter { $0.year == 2026 }
        #expect(current.map(\.text) == ["A better text."])
        let file = try site.service.exportPlan(plan, as: .commandLine("t"))
        #expect(file.narratives.filter { $0.year == 2026 }.map(\.text) == ["A first text.", "A better text."])
    }

    @Test func anotherGovernmentsOfficerCannotEditThePlan() throws {
        let site = try WebFixture()
        site.signIn("otherOfficer")
        #expect(site.call("GET", Self.plan + "/edit").status == 403)
        #expect(site.call("GET", "/plans/aldermoor-draft/edit").status == 404, "a draft it may not read is not found")
        site.cookies = [:]
        site.signIn("officer")
        #expect(site.call("GET", Self.plan + "/edit/nothing").status == 404)
    }
}

/// The workspace's to-do: what is due or overdue, each linked to the form that settles it, already chosen.
@Suite struct WorkspaceTodoTests {
    @Test func eachDueItemLinksToItsFormWithTheRecordChosen() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let workspace = site.call("GET", "/workspace")
        #expect(workspace.body.contains("To do"))
        let (due, _) = try site.service.due(
            plan: "aldermoor-2023", asOf: WebFixture.clock().date, horizonDays: 30, updateDays: nil,
            as: .commandLine("t"))
        let items = due.byUnit.flatMap(\.items)
        try #require(!items.isEmpty, "the example has something due")
        let start = try #require(workspace.body.range(of: "/plans/aldermoor-2023/measurements/new?indicator="))
        let href = WebResponse.unescape(String(workspace.body[start.lowerBound...].prefix { $0 != "\"" }))
        let code = String(href.split(separator: "=").last ?? "")
        #expect(items.contains { $0.code == code })
        let form = site.call("GET", href)
        #expect(form.body.contains("<option value=\"\(code)\" selected>"))
    }
}
