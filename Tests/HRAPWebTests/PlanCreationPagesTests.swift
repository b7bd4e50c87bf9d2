import Foundation
import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// Starting a plan in the browser, changing its own record, and the check before publishing.
@Suite struct PlanCreationPagesTests {
    @Test func anOfficerStartsAnEmptyPlanOfTheirGovernmentOnly() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let page = site.call("GET", "/plans/new")
        #expect(page.status == 200)
        #expect(
            page.body.contains("<option value=\"GB-aldermoor\"") && !page.body.contains("<option value=\"DE-hainbach\"")
        )
        #expect(!page.body.contains("name=\"published\""), "a new plan is published from its management page")
        let fields: [(String, String)] = [
            ("code", "aldermoor-2027"), ("government", "GB-aldermoor"), ("title", "Human rights action plan 2027"),
            ("kind", "comprehensive"), ("period_start", "2027"), ("status", "draft"),
        ]
        let created = site.call("POST", "/plans/new", form: [("csrf", site.csrf(from: "/plans/new"))] + fields)
        #expect(created.status == 303 && created.header("Location") == "/plans/aldermoor-2027/edit")
        #expect(try site.service.plan("aldermoor-2027", as: .commandLine("t")).title == "Human rights action plan 2027")
        let before = try site.auditRows()
        let foreign = site.call(
            "POST", "/plans/new",
            form: [("csrf", site.csrf(from: "/plans/new"))]
                + fields.map { $0.0 == "government" ? ($0.0, "DE-hainbach") : $0.0 == "code" ? ($0.0, "x-1") : $0 })
        #expect(foreign.status == 403)
        #expect(try site.auditRows() == before)
    }

    @Test func aCopyTakesTheStructureButNoProgress() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let copied = site.call(
            "POST", "/plans/new/copy",
            form: [
                ("csrf", site.csrf(from: "/plans/new")), ("source", "aldermoor-2023"), ("code", "aldermoor-next"),
                ("title", "The next plan"),
            ])
        #expect(copied.status == 303)
        let admin = Principal.commandLine("t")
        let original = try site.service.exportPlan("aldermoor-2023", as: admin)
        let copy = try site.service.exportPlan("aldermoor-next", as: admin)
        #expect(copy.actions.map(\.code) == original.actions.map(\.code))
        #expect(copy.indicators.count == original.indicators.count && copy.measurements.isEmpty)
        #expect(copy.actions.allSatisfy { $0.status == .planned && $0.continues == $0.code })
        #expect(copy.plan.predecessor == "aldermoor-2023" && !copy.plan.published && copy.plan.status == .draft)
        let again = site.call(
            "POST", "/plans/new/copy",
            form: [
                ("csrf", site.csrf(from: "/plans/new")), ("source", "aldermoor-2023"), ("code", ""), ("title", ""),
            ])
        #expect(again.status == 422 && again.body.contains("href=\"#copy-code\""))
    }

    @Test func aPlanFileWithProblemsIsRefusedWholeWithEveryProblemListed() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let original = try site.service.exportPlan("aldermoor-2023", as: .commandLine("t"))
        var file = original
        file.plan.code = "aldermoor-uploaded"
        file.objectives[0].field = "no-such-field"
        file.actions[0].objective = "no-such-objective"
        let before = try site.auditRows()
        let refused = upload(site, JSONWriter.pretty(file.encode()))
        #expect(refused.status == 422)
        #expect(refused.body.contains("no-such-field") && refused.body.contains("no-such-objective"))
        #expect(try site.auditRows() == before)
        #expect(upload(site, "{ not json").status == 422)
        (file.objectives[0].field, file.actions[0].objective) = (
            original.objectives[0].field, original.actions[0].objective
        )
        #expect(upload(site, JSONWriter.pretty(file.encode())).status == 303)
        #expect(try site.service.plan("aldermoor-uploaded", as: .commandLine("t")).code == "aldermoor-uploaded")
    }

    func upload(_ site: WebFixture, _ text: String) -> WebResponse {
        let boundary = "hrap-boundary"
        var body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(site.csrf(from: "/plans/new"))\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.json\"\r\n"
        body += "Content-Type: application/json\r\n\r\n\(text)\r\n--\(boundary)--\r\n"
        return site.call(
            "POST", "/plans/new/upload", body: Array(body.utf8),
            contentType: "multipart/form-data; boundary=\(boundary)")
    }

    @Test func thePlansOwnRecordIsChangedWithItsVersion() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let path = "/plans/aldermoor-2023/settings"
        let page = site.call("GET", path)
        #expect(page.status == 200 && page.body.contains("readonly"))
        #expect(!page.body.contains("name=\"requires_approval\""), "only an admin changes approval")
        let shown = page.formValues()
        let before = try site.service.plan("aldermoor-2023", as: .commandLine("t"))
        let unchanged = site.call("POST", path, form: shown)
        #expect(unchanged.status == 303, "the form as shown saves the plan as it was")
        var after = try site.service.plan("aldermoor-2023", as: .commandLine("t"))
        #expect(after == before)
        let renamed = site.call(
            "POST", path,
            form: site.call("GET", path).formValues().map { $0.0 == "title" ? ($0.0, "Renamed plan") : $0 })
        #expect(renamed.status == 303)
        after = try site.service.plan("aldermoor-2023", as: .commandLine("t"))
        #expect(after.title == "Renamed plan")
        let stale = site.call("POST", path, form: shown.map { $0.0 == "title" ? ($0.0, "Again") : $0 })
        #expect(stale.status == 409)
    }

    @Test func theCheckListsWhatTheReportWouldFlagWithLinksToFixIt() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let check = site.call("GET", "/plans/aldermoor-2023/check")
        #expect(check.status == 200)
        #expect(check.body.contains("Indicators without a baseline") && check.body.contains("Overdue measures"))
        #expect(check.body.contains("/plans/aldermoor-2023/edit/"))
        let before = try site.service.snapshots(plan: "aldermoor-2023", as: .commandLine("t")).count
        let saved = site.call(
            "POST", "/plans/aldermoor-2023/snapshots", form: [("csrf", check.hiddenValue("csrf") ?? "")])
        #expect(saved.status == 303)
        let snapshots = try site.service.snapshots(plan: "aldermoor-2023", as: .commandLine("t"))
        #expect(snapshots.count == before + 1 && snapshots.last?.asOf == WebFixture.clock().date)
        site.cookies = [:]
        site.signIn("otherOfficer")
        #expect(site.call("GET", "/plans/aldermoor-2023/check").status == 403)
    }
}

/// A government's own record in the browser: an administrator adds one, its officers change it, no one else may.
@Suite struct GovernmentPagesTests {
    @Test func anAdministratorAddsAGovernmentAndItsOfficerChangesIt() throws {
        let site = try WebFixture()
        site.signIn("admin")
        #expect(site.call("GET", "/plans/new").body.contains("href=\"/governments/new\""))
        let path = "/governments/new"
        let invalid = site.call(
            "POST", path, form: [("csrf", site.csrf(from: path)), ("code", "AT-graz"), ("name", ""), ("level", "city")])
        #expect(invalid.status == 422 && invalid.body.contains("class=\"error-summary\""))
        let before = try site.auditRows()
        let created = site.call(
            "POST", path,
            form: [
                ("csrf", site.csrf(from: path)), ("code", "AT-graz"), ("name", "Stadt Graz"), ("country", "AT"),
                ("level", "municipality"), ("population", "300000"),
            ])
        #expect(created.status == 303 && created.header("Location") == "/governments/AT-graz")
        #expect(try site.auditRows() == before + 1)
        let stored = try site.service.governments(as: .commandLine("t")).first { $0.code == "AT-graz" }
        #expect(stored?.name == "Stadt Graz" && stored?.population == 300_000)

        site.cookies = [:]
        site.signIn("officer")
        #expect(site.call("GET", "/governments/new").status == 403, "only an administrator adds a government")
        #expect(site.call("GET", "/governments/DE-hainbach").status == 403, "not another government's")
        let own = site.call("GET", "/governments/GB-aldermoor")
        #expect(own.status == 200 && own.body.contains("readonly"), "the code is shown, not changed")
        var values = own.formValues()
        values.removeAll { $0.0 == "population" }
        values.append(("population", "216000"))
        let saved = site.call("POST", "/governments/GB-aldermoor", form: values)
        #expect(saved.status == 303)
        let stale = site.call("POST", "/governments/GB-aldermoor", form: values)
        #expect(stale.status == 409, "the version the form was read at is no longer the stored one")
        #expect(
            try site.service.governments(as: .commandLine("t")).first { $0.code == "GB-aldermoor" }?.population
                == 216_000)
    }
}
