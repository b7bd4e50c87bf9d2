import JSONCoding

/// A framework's title and encouragements in one language other than the framework's own, with who checked the
/// translation: a locale file's `frameworks` section.
public struct FrameworkWording: Sendable, Equatable {
    /// How far a translation can be trusted.
    public enum Review: String, Sendable {
        /// Suggested by a machine or a non-native writer; nobody who reads the language has checked it.
        case machineSuggested = "machine_suggested"
        /// Checked by a reader of the language (named in `checkedBy`).
        case checked
    }

    public let review: Review
    /// Who checked it, for a checked translation.
    public let checkedBy: String?
    public let title: String
    /// Short titles by encouragement number.
    public let shortTitles: [Int: String]
    /// Paraphrases by encouragement number.
    public let texts: [Int: String]

    /// The wordings of a locale's `frameworks` object (absent: none).
    static func all(_ json: JSONValue?, language: String) throws(ReportLocale.Problem) -> [String: FrameworkWording] {
        guard let json else { return [:] }
        guard case .object(let members) = json else {
            throw ReportLocale.Problem(language: language, message: "'frameworks' must be an object")
        }
        var wordings: [String: FrameworkWording] = [:]
        for (id, body) in members {
            guard let wording = FrameworkWording(body) else {
                throw ReportLocale.Problem(
                    language: language,
                    message: "framework '\(id)' needs a status (machine_suggested or checked, with checked_by), a "
                        + "title and encouragements with number, short_title and text")
            }
            wordings[id] = wording
        }
        return wordings
    }

    private init?(_ json: JSONValue) {
        guard let review = json["status"]?.string.flatMap(Review.init), let title = json["title"]?.string,
            case .array(let items)? = json["encouragements"]
        else { return nil }
        var shortTitles: [Int: String] = [:], texts: [Int: String] = [:]
        for item in items {
            guard let number = item["number"]?.double.map(Int.init), let short = item["short_title"]?.string,
                let text = item["text"]?.string
            else { return nil }
            (shortTitles[number], texts[number]) = (short, text)
        }
        let checkedBy = json["checked_by"]?.string
        guard (review == .checked) == (checkedBy != nil) else { return nil }
        (self.review, self.checkedBy, self.title) = (review, checkedBy, title)
        (self.shortTitles, self.texts) = (shortTitles, texts)
    }
}
