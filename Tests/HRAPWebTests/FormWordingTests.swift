import Foundation
import HRAPCore
import HRAPReports
@testable import HRAPWeb
import Testing

/// Field problems in the reader's language: a German officer reads German errors next to each field.
@Suite struct FormWordingTests {
    static let plan = "/plans/aldermoor-2023"

    @Test(arguments: [
        ("de", "ein Datum wie 2025-12-31", "eine ganze Zahl von 0 bis 100"),
        ("fr", "une date comme 2025-12-31", "un nombre entier de 0 à 100"),
        ("es", "una fecha como 2025-12-31", "un número entero de 0 a 100"),
        ("en", "a date like 2025-12-31", "a whole number from 0 to 100"),
    ])
    func anInvalidUpdateSaysWhyInTheReadersLanguage(language: String, date: String, percent: String) throws {
        let site = try WebFixture()
        site.signIn("officer")
        let path = Self.plan + "/updates/new?lang=" + language
        let posted = site.call(
            "POST", path,
            form: [
                ("csrf", site.csrf(from: path)), ("action", "1.1.1"), ("date", "31/12/2025"), ("status", "ongoing"),
                ("percent_complete", "140"),
            ])
        #expect(posted.status == 422)
        #expect(posted.body.contains(date) && posted.body.contains(percent))
    }

    @Test func aTooLongTextAndAProblemWithoutItsOwnWordingAreWordedToo() throws {
        let locales = try WebFixture.locales()
        let german = FormWording(locale: try #require(locales["de"]))
        #expect(german.tooLong(limit: 10, given: 12) == "höchstens 10 Zeichen (12 eingegeben)")
        let problem = ValidationProblem(path: "source", code: .required, message: "is required")
        #expect(german.problem(problem, field: "source") == "Pflichtfeld: bitte ausfüllen")
        let english = FormWording(locale: try #require(locales["en"]))
        #expect(english.problem(problem, field: "source") == "is required", "English keeps the service's own words")
        let level = ValidationProblem(path: "level-3", code: .invalidValue, message: "expected a whole number")
        #expect(
            german.problem(level, field: "level-3") == "dieser Wert ist nicht lesbar; siehe den Hinweis über dem Feld")
    }

    @Test func aGeneratedFormIsLabelledInTheReadersLanguage() throws {
        let site = try WebFixture()
        site.signIn("officer")
        let german = site.call("GET", Self.plan + "/edit/actions/new?lang=de")
        #expect(german.body.contains("Federführende Stelle") && german.body.contains("Haushaltsjahr") == false)
        let budget = site.call("GET", Self.plan + "/edit/budget_lines/new?lang=fr")
        #expect(budget.body.contains("Exercice") && budget.body.contains("Dépensé"))
        let settings = site.call("GET", Self.plan + "/settings?lang=de")
        #expect(settings.body.contains("Beginn der Planlaufzeit") && settings.body.contains("Rechtsgrundlage"))
        let events = site.call("GET", Self.plan + "/edit/participation_events/new?lang=es")
        #expect(events.body.contains("Fase del ciclo"))
    }
}
