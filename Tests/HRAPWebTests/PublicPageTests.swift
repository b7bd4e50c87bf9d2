import Foundation
import HRAPCore
import HRAPUseCases
import Testing

/// The public pages against a live server: status, structure, no private data, escaping, languages.
@Suite(.serialized) struct PublicPageTests {
    let site: WebFixture

    init() throws { site = try WebFixture() }

    /// What every page must have: one h1, a skip link to main, a lang, landmarks.
    static func checkStructure(_ page: WebResponse, language: String = "en", _ comment: Comment? = nil) {
        #expect(page.count("<h1") == 1, comment)
        #expect(page.body.contains("<html lang=\"\(language)\">"), comment)
        #expect(page.body.contains("<main id=\"main\">"), comment)
        #expect(page.body.contains("href=\"#main\"") || page.body.contains("<header class=\"site\">"), comment)
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true, comment)
        var level = 1
        for match in page.body.matches(of: /<h([1-6])[ >]/) {
            let next = Int(match.output.1) ?? 0
            #expect(next <= level + 1, "heading h\(next) after h\(level) \(comment?.description ?? "")")
            level = next
        }
    }

    @Test func theListShowsPublishedPlansWithHeadlineFiguresAndNotTheDraft() {
        let page = site.call("GET", "/")
        #expect(page.status == 200)
        Self.checkStructure(page)
        #expect(page.body.contains("Aldermoor Human Rights Action Plan 2023–2027"))
        #expect(page.body.contains("/plans/hainbach-inklusiv"))
        #expect(page.body.contains("measures implemented"))
        #expect(!page.body.contains("Secret draft"))
    }

    @Test func everyPublicPageHasTheStructureAPersonNeeds() {
        for path in [
            "/", "/plans/aldermoor-2023", "/plans/aldermoor-2023/indicators/1.1.a",
            "/plans/aldermoor-2023/actions/1.1.1", "/plans/aldermoor-2023/reports", "/accessibility",
            "/sign-in", "/plans/nope",
        ] {
            let page = site.call("GET", path)
            #expect(page.status == (path == "/plans/nope" ? 404 : 200), "\(path)")
            Self.checkStructure(page, "\(path)")
        }
    }

    @Test func anUnpublishedPlanIsNotFoundNotForbidden() {
        for path in [
            "/plans/aldermoor-draft", "/plans/aldermoor-draft/reports", "/plans/aldermoor-draft/indicators/x",
            "/plans/aldermoor-draft/reports/2025/en/report.html", "/plans/aldermoor-draft/open-data/2025/plan.json",
        ] {
            let page = site.call("GET", path)
            #expect(page.status == 404, "\(path)")
            #expect(!page.body.contains("Secret draft"), "\(path)")
        }
    }

    @Test func unknownCodesAreNotFoundInTheVisitorsLanguage() {
        let german = site.call(
            "GET", "/plans/aldermoor-2023/indicators/9.9.z", headers: [("Accept-Language", "fr;q=0.5, de")])
        #expect(german.status == 404)
        #expect(german.body.contains("<html lang=\"de\">"))
        #expect(german.body.contains("Seite nicht gefunden"))
        let spanish = site.call("GET", "/plans/aldermoor-2023/actions/nope?lang=es")
        #expect(spanish.status == 404)
        #expect(spanish.body.contains("Página no encontrada"))
    }

    @Test func aChosenLanguageIsKeptInEveryLink() {
        let page = site.call("GET", "/plans/aldermoor-2023?lang=fr")
        #expect(page.body.contains("<html lang=\"fr\">"))
        let links = page.body.matches(of: /href="(\/plans\/aldermoor-2023\/indicators\/[^"]+)"/).map {
            String($0.output.1)
        }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasSuffix("lang=fr") })
        // Content in the plan's language is marked as English on a French page.
        #expect(page.body.contains("<span lang=\"en\">"))
    }

    @Test func theWithheldValueLeavesThroughNoPublicPage() {
        let marker = "a count this small could identify"
        for path in [
            "/plans/aldermoor-2023", "/plans/aldermoor-2023/indicators/1.1.a",
            "/plans/aldermoor-2023/indicators/1.1.a/values.csv",
            "/plans/aldermoor-2023/open-data/2025/measurements.csv",
            "/plans/aldermoor-2023/open-data/2025/plan.json",
            "/plans/aldermoor-2023/reports/2025/en/report.html",
        ] {
            let page = site.call("GET", path)
            #expect(page.status == 200, "\(path)")
            #expect(!page.body.contains(marker), "\(path)")
        }
        let csv = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a/values.csv").body
        #expect(!csv.contains("2025-11-15,,age: 0-17"))
        #expect(csv.contains("2024-11-15,,age: 0-17"), "earlier public values of the group stay")
        #expect(csv.hasPrefix("indicator,date,period_start,group,value"))
    }

    @Test func filtersAreLinksThatNarrowTheMeasuresAndSayHowMany() {
        let all = site.call("GET", "/plans/aldermoor-2023").body
        let total = all.matches(of: /href="\/plans\/aldermoor-2023\/actions\//).count
        let field = site.call("GET", "/plans/aldermoor-2023?field=1").body
        let inField = field.matches(of: /href="\/plans\/aldermoor-2023\/actions\//).count
        #expect(inField > 0 && inField < total)
        #expect(field.contains("Showing \(inField) of \(total) measures"))
        #expect(field.contains("aria-current=\"true\">✔ 1. "))
        let none = site.call("GET", "/plans/aldermoor-2023?field=1&status=cancelled").body
        #expect(none.contains("Showing 0 of \(total) measures"))
    }

    @Test func reportsAreOfferedInEveryFormatAndLanguage() {
        let list = site.call("GET", "/plans/aldermoor-2023/reports").body
        for language in ["en", "fr", "de", "es"] {
            #expect(list.contains("/plans/aldermoor-2023/reports/2025/\(language)/report.html"))
        }
        let german = site.call("GET", "/plans/aldermoor-2023/reports/2025/de/report.html")
        #expect(german.status == 200)
        #expect(german.body.contains("<html lang=\"de\">"))
        let json = site.call("GET", "/plans/aldermoor-2023/reports/2025/en/report.json")
        #expect(json.header("Content-Type") == "application/json")
        #expect(site.call("GET", "/plans/aldermoor-2023/reports/2025/xx/report.html").status == 404)
        #expect(site.call("GET", "/plans/aldermoor-2023/open-data/2025/secret.txt").status == 404)
        #expect(site.call("GET", "/plans/aldermoor-2023/open-data/2025/datapackage.json").status == 200)
    }

    @Test func anIndicatorPageShowsChartTableDefinitionAndCorrections() throws {
        let page = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a")
        #expect(page.body.contains("<figure>"))
        #expect(page.body.contains("values.csv"))
        #expect(page.body.contains("Values and history"))
        let before = page.count("superseded by a correction")
        var correction = Measurement()
        (correction.indicator, correction.date, correction.value) = (
            "1.1.a", try #require(CalendarDate(year: 2023, month: 11, day: 15)), 36
        )
        correction.source = "Corrected count"
        _ = try site.service.record(correction, plan: "aldermoor-2023", as: .commandLine("test"))
        let after = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a")
        #expect(after.count("superseded by a correction") == before + 1)
        #expect(after.body.contains("corrects an earlier value"))
    }

    /// A derived indicator says where its values come from instead of "no data" under its chart; a value by a new
    /// method says so beside it, in the page and in its CSV.
    @Test func derivedAndRedefinedValuesSayWhatTheyAre() {
        let derived = site.call("GET", "/plans/hainbach-inklusiv/indicators/P.a?lang=en")
        #expect(derived.body.contains("hrap computes this indicator&#39;s values from the plan&#39;s own data"))
        #expect(derived.body.contains("the measures completed, counted at each date"))
        #expect(!derived.body.contains("Every public value with its date"))
        let redefined = site.call("GET", "/plans/hainbach-inklusiv/indicators/2.1.a?lang=en")
        #expect(redefined.body.contains("19 (new method, not compared)"))
        #expect(redefined.body.contains("new method, not compared (earlier method: 21, 2022)"))
        let csv = site.call("GET", "/plans/hainbach-inklusiv/indicators/2.1.a/values.csv").body
        #expect(csv.contains(",new_method,") && csv.contains("nicht mit 2022 vergleichbar.,true,"))
    }

    @Test func anActionPageShowsItsTimelineLeadAndBudget() {
        let page = site.call("GET", "/plans/aldermoor-2023/actions/1.1.1")
        #expect(page.status == 200)
        #expect(page.body.contains("Status history"))
        #expect(page.body.contains("<time datetime=\""))
        #expect(page.body.contains("Lead"))
    }

    @Test func textThatLooksLikeMarkupOrAFormulaIsShownAsText() throws {
        var value = Measurement()
        (value.indicator, value.date, value.value) = (
            "1.1.a", try #require(CalendarDate(year: 2025, month: 12, day: 1)), 7
        )
        value.note = "<script>alert('x')</script>"
        value.source = "=HYPERLINK(\"http://evil\")"
        _ = try site.service.record(value, plan: "aldermoor-2023", as: .commandLine("test"))
        let page = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a").body
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let csv = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a/values.csv").body
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
        #expect(!csv.contains(",=HYPERLINK"))
    }

    @Test func aPageIsCachedUntilTheDataChanges() throws {
        let first = site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a").body
        #expect(site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a").body == first)
        var value = Measurement()
        (value.indicator, value.date, value.value) = (
            "1.1.a", try #require(CalendarDate(year: 2025, month: 12, day: 2)), 5
        )
        value.note = "a fresh value"
        _ = try site.service.record(value, plan: "aldermoor-2023", as: .commandLine("test"))
        #expect(site.call("GET", "/plans/aldermoor-2023/indicators/1.1.a").body.contains("a fresh value"))
    }

    @Test func wrongMethodsAndMalformedPathsAreRefusedWithAPage() {
        let post = site.call("POST", "/plans/aldermoor-2023", form: [])
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET")
        #expect(site.call("GET", "/plans/%2e%2e/secret").status == 404)
        #expect(site.call("GET", "/plans/aldermoor-2023?field=%zz").status == 400)
    }
}
