import Foundation
import HRAPCore
import HRAPUseCases
import Testing

/// Publishing a year's annual report: frozen files in every language and the open-data bundle, served exactly as
/// published even after the data changes; a withdrawal with its reason stays visible; refusals write nothing.
@Suite struct PublicationPagesTests {
    static let plan = "/plans/aldermoor-2023"

    @Test func aPublishedReportIsFrozenAndAWithdrawalStaysVisible() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let check = site.call("GET", Self.plan + "/check")
        let csrf = check.hiddenValue("csrf") ?? ""
        #expect(check.body.contains("Publish the report"))
        let published = site.call("POST", Self.plan + "/publications", form: [("csrf", csrf), ("year", "2025")])
        #expect(published.status == 303)
        #expect(site.call("GET", Self.plan + "/check").body.contains("The report for 2025 is published."))
        let frozenPath = Self.plan + "/published/2025/en/report.html"
        let frozen = site.anonymous(frozenPath)
        #expect(frozen.status == 200 && frozen.body.contains("<html"))
        #expect(site.anonymous(Self.plan + "/published/2025/de/summary.html").status == 200)
        #expect(site.anonymous(Self.plan + "/published/2025/open-data/datapackage.json").status == 200)
        let live = site.anonymous(Self.plan + "/reports/2025/en/report.html").body
        #expect(frozen.body == live, "published as a visitor sees it")

        try site.service.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string("aldermoor-2023")],
            changes: [("title", .string("A title changed after publication"))], as: .commandLine("t"))
        #expect(site.anonymous(frozenPath).body == frozen.body, "the published file does not change with the data")
        #expect(site.anonymous(Self.plan + "/reports/2025/en/report.html").body.contains("A title changed after"))

        let again = site.call("POST", Self.plan + "/publications", form: [("csrf", csrf), ("year", "2025")])
        #expect(again.status == 303)
        #expect(site.call("GET", Self.plan + "/check").body.contains("is published already"))
        let before = try site.auditRows()
        site.call(
            "POST", Self.plan + "/publications/withdraw", form: [("csrf", csrf), ("year", "2025"), ("reason", " ")])
        #expect(try site.auditRows() == before, "a withdrawal without a reason writes nothing")
        let withdrawn = site.call(
            "POST", Self.plan + "/publications/withdraw",
            form: [("csrf", csrf), ("year", "2025"), ("reason", "A figure for 2025 was wrong.")])
        #expect(withdrawn.status == 303)
        #expect(site.anonymous(frozenPath).status == 404)
        let reports = site.anonymous(Self.plan + "/reports")
        #expect(reports.body.contains("withdrawn") && reports.body.contains("A figure for 2025 was wrong."))
        #expect(!reports.body.contains("{year}"), "every label is the one meant")
    }

    @Test func anotherGovernmentsOfficerCannotPublishAndADraftHasNoPublicFiles() throws {
        let site = try WebFixture()
        site.signIn("otherOfficer")
        let csrf = site.csrf(from: "/workspace")
        let before = try site.auditRows()
        #expect(site.call("POST", Self.plan + "/publications", form: [("csrf", csrf), ("year", "2025")]).status == 403)
        #expect(try site.auditRows() == before)
        #expect(site.anonymous("/plans/aldermoor-draft/published/2025/en/report.html").status == 404)
    }
}

/// The data catalogue portals harvest: every live published report's open data, with absolute addresses, in
/// JSON-LD and Turtle; each published bundle as one ZIP file; a withdrawn report leaves the catalogue.
@Suite struct CataloguePagesTests {
    @Test func theCatalogueListsEveryLivePublicationWithAbsoluteAddresses() throws {
        let site = try WebFixture()
        let empty = site.anonymous("/catalogue.jsonld")
        #expect(empty.status == 200 && empty.header("Content-Type") == "application/ld+json")
        #expect(empty.body.contains("\"dcat:Catalog\"") && !empty.body.contains("dcat:Dataset"))
        site.signIn("officer")
        let csrf = site.csrf(from: "/plans/aldermoor-2023/check")
        site.call("POST", "/plans/aldermoor-2023/publications", form: [("csrf", csrf), ("year", "2025")])
        let catalogue = site.anonymous("/catalogue.jsonld").body
        let base = "http://test/plans/aldermoor-2023/published/2025/"
        #expect(catalogue.contains("\"@id\": \"\(base)open-data/dcat.jsonld#dataset\""))
        #expect(catalogue.contains("\"@id\": \"\(base)open-data/indicators.csv\""))
        #expect(catalogue.contains("\"@id\": \"\(base)open-data.zip\""))
        #expect(catalogue.contains("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"))
        let turtle = site.anonymous("/catalogue.ttl")
        #expect(turtle.header("Content-Type") == "text/turtle; charset=utf-8")
        #expect(turtle.body.contains("a dcat:Catalog") && turtle.body.contains("<\(base)open-data.zip>"))
        let zip = site.anonymous("/plans/aldermoor-2023/published/2025/open-data.zip")
        #expect(zip.status == 200 && zip.header("Content-Type") == "application/zip")
        #expect(zip.body.hasPrefix("PK\u{03}\u{04}") && zip.body.contains("aldermoor-2023-2025/indicators.csv"))
        site.call(
            "POST", "/plans/aldermoor-2023/publications/withdraw",
            form: [("csrf", csrf), ("year", "2025"), ("reason", "A wrong figure.")])
        #expect(!site.anonymous("/catalogue.jsonld").body.contains("dcat:Dataset"), "withdrawn: not harvested")
        #expect(site.anonymous("/plans/aldermoor-2023/published/2025/open-data.zip").status == 404)
    }
}
