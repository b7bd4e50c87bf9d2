import HRAPCore
import HRAPReports

/// How a form words its field problems in the reader's language: `web.problem.FIELD.CODE` for a field's own wording
/// (the hint's rule, in a sentence), else, outside English, `web.problem.CODE`; in English the service's own message
/// (which names the value found) when the field has no wording of its own.
struct FormWording: Sendable {
    let locale: ReportLocale

    /// A problem of the field `field` (a review form's `level-3` is worded as `level`).
    func problem(_ problem: ValidationProblem, field: String) -> String {
        let base = field.split(separator: "-").first.map(String.init) ?? field
        if let worded = label("web.problem.\(base).\(problem.code)") { return worded }
        guard locale.language != "en", let general = label("web.problem.\(problem.code)") else {
            return problem.message
        }
        return general
    }

    /// A text longer than the field takes.
    func tooLong(limit: Int, given: Int) -> String {
        (label("web.problem.too_long") ?? "at most {limit} characters ({given} given)")
            .replacing("{limit}", with: String(limit)).replacing("{given}", with: String(given))
    }

    private func label(_ key: String) -> String? {
        let text = locale.label(key)
        return text == key ? nil : text
    }
}
