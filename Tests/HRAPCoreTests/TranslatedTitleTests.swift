import HRAPCore
import Testing

/// Titles in other languages are keyed by language tags, none in the plan's own language.
@Suite struct TranslatedTitleTests {
    @Test func translationsNeedALanguageOtherThanThePlans() {
        var file = PlanFile()
        (file.plan.code, file.plan.language) = ("p", "es")
        file.plan.titleTranslations = ["eu": "Giza eskubideen plana", "es": "Plan", "basque": "x"]
        var field = FieldOfAction()
        (field.code, field.title, field.titleTranslations) = ("1", "Memoria", ["eu": "Memoria"])
        file.fields = [field]
        let problems = PlanValidator(file).translationProblems()
        #expect(
            problems.map(\.path) == ["$.plan.title_translations.basque", "$.plan.title_translations.es"],
            "\(problems)")
    }
}
