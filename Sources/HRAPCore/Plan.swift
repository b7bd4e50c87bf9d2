/// A human rights action plan adopted by a government for a period.
public struct Plan: Record {
    /// Whether the plan covers human rights broadly or one theme.
    public enum Kind: String, CaseIterable, Sendable { case comprehensive, thematic }
    /// Where the plan is in its life cycle.
    public enum Status: String, CaseIterable, Sendable {
        case draft, adopted, inImplementation = "in_implementation", closed
    }
    /// Who adopted the plan.
    /// Who adopted the plan: the elected council, the executive (a mayor's office, a regional cabinet), a regional or
    /// national parliament, or a department.
    public enum Adopter: String, CaseIterable, Sendable { case council, executive, parliament, department }

    public var code = ""
    public var government = ""
    public var title = ""
    /// The title in other languages, by language tag (`{"eu": "…"}`): reports and pages in that language show it.
    public var titleTranslations: [String: String] = [:]
    public var kind = Kind.comprehensive
    public var theme: String?
    public var periodStart = CalendarDate(daysSince1970: 0)
    /// The last day of the plan period; nil for an open-ended plan (one that runs until it is reviewed or replaced).
    public var periodEnd: CalendarDate?
    /// When the council reviews an open-ended plan; open-ended actions of such a plan are due by then.
    public var reviewDate: CalendarDate?
    public var status = Status.draft
    public var adoptedBy: Adopter?
    public var adoptionDate: CalendarDate?
    public var legalBasis: String?
    public var legalBasisURL: String?
    /// The code of the plan this one follows.
    public var predecessor: String?
    /// The title of the plan this one follows, when that plan is not in the database.
    public var predecessorTitle: String?
    /// Where the plan this one follows is published, when it is not in the database.
    public var predecessorURL: String?
    /// The code of the body that coordinates the plan.
    public var coordinatingBody: String?
    /// Months between the progress reports the plan sets (24 for a biennial report); report criteria are scored
    /// against this rhythm instead of a year.
    public var reportingIntervalMonths: Int?
    public var documents: [Document] = []
    /// The language the plan's titles and texts are written in (BCP 47, e.g. `de`); nil for English. Pages and reports
    /// in other languages mark those texts with it.
    public var language: String?
    /// How the plan was recorded: the public sources its data comes from, what was estimated or left out.
    public var note: String?
    /// Whether public pages may show the plan.
    public var published = false
    /// Whether an officer's measurement or progress update on the published plan waits for a coordinator's approval
    /// (another officer of the government, or an admin) before it counts anywhere.
    public var requiresApproval = false

    public init() {}

    public static let schema = RecordSchema<Plan>(
        entity: "plan",
        fields: [
            .required("code", \.code, .identifier, help: "Short code users cite the plan by, e.g. 'rivertown-2023'."),
            .required("government", \.government, .code, help: "Code of the government that adopted the plan."),
            .required("title", \.title, .text, help: "Title of the plan."),
            .dictionary(
                "title_translations", \.titleTranslations,
                help: "The title in other languages, by language tag: {\"eu\": \"…\"}."),
            .required("kind", \.kind, .choice, help: "Comprehensive, or thematic with a theme."),
            .optional("theme", \.theme, .text, help: "Theme of a thematic plan."),
            .required("period_start", \.periodStart, .date, help: "First day of the plan period."),
            .optional(
                "period_end", \.periodEnd, .date, help: "Last day of the plan period; none for an open-ended plan."),
            .optional(
                "review_date", \.reviewDate, .date,
                help: "When an open-ended plan is reviewed (actions are due by then)."),
            .required("status", \.status, .choice, help: "Life-cycle status."),
            .optional("adopted_by", \.adoptedBy, .choice, help: "Who adopted the plan."),
            .optional("adoption_date", \.adoptionDate, .date, help: "Date of adoption."),
            .optional("legal_basis", \.legalBasis, .text, help: "Legal basis (resolution, statute)."),
            .optional("legal_basis_url", \.legalBasisURL, .url, help: "Link to the legal basis."),
            .optional("predecessor", \.predecessor, .code, help: "Code of the plan this one follows."),
            .optional(
                "predecessor_title", \.predecessorTitle, .text,
                help: "Title of the plan this one follows, when it is not in hrap."),
            .optional("predecessor_url", \.predecessorURL, .url, help: "Where the plan this one follows is published."),
            .optional("coordinating_body", \.coordinatingBody, .code, help: "Code of the coordinating body."),
            .optional(
                "reporting_interval_months", \.reportingIntervalMonths, .integer(1...60),
                help: "Months between progress reports the plan sets, e.g. 24 for biennial reports."),
            .records("documents", \.documents, help: "Published documents of the plan."),
            .optional(
                "language", \.language, .language, help: "Language of the plan's titles and texts, e.g. de (none: en)."),
            .optional(
                "note", \.note, .longText,
                help: "How the plan was recorded: the sources of its data, what was estimated."),
            .flag("published", \.published, default: false, help: "Show the plan on public pages."),
            .flag(
                "requires_approval", \.requiresApproval, default: false,
                help: "Officers' values and updates on the published plan wait for a coordinator's approval."),
        ]
    ) { plan in
        var problems: [ValidationProblem] = []
        for (name, date) in [("period_end", plan.periodEnd), ("review_date", plan.reviewDate)] {
            if let date, date <= plan.periodStart.first {
                problems.append(
                    .init(
                        path: name, code: .inconsistent, message: "must be after period_start (\(plan.periodStart))"))
            }
        }
        if plan.kind == .thematic, plan.theme == nil {
            problems.append(.init(path: "theme", code: .required, message: "is required for a thematic plan"))
        }
        if plan.status != .draft, plan.adoptionDate == nil {
            problems.append(
                .init(
                    path: "adoption_date", code: .required,
                    message: "is required once the plan is \(plan.status.rawValue)"))
        }
        return problems
    }
}

/// A published document of a plan (the plan text, an easy-read version, a translation).
public struct Document: Record {
    public var title = ""
    public var url = ""
    /// BCP 47 language tag, e.g. `en`, `de`, `fr-CA`.
    public var language = ""
    public var easyRead = false

    public init() {}

    public static let schema = RecordSchema<Document>(
        entity: "document",
        fields: [
            .required("title", \.title, .text, help: "Title."),
            .required("url", \.url, .url, help: "Link."),
            .required("language", \.language, .language, help: "Language tag, e.g. en, de."),
            .flag("easy_read", \.easyRead, default: false, help: "An easy-read version."),
        ])
}

extension FieldCodec where Value == String {
    /// A BCP 47 language tag such as `en`, `de` or `pt-BR`; a two-letter language must be an ISO 639-1 code (three-letter
    /// ISO 639-2/3 codes are accepted by their form).
    public static var language: FieldCodec {
        string(kind: .text) { text throws(FieldError) in
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard let first = parts.first, (2...3).contains(first.count),
                first.allSatisfy({ $0.isASCII && $0.isLetter }),
                parts.dropFirst().allSatisfy({
                    (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                })
            else { throw FieldError("'\(text)' is not a language tag such as en, de or pt-BR", code: .invalidValue) }
            guard first.count == 3 || ISOCodes.languages.contains(first.lowercased()) else {
                throw FieldError("'\(first)' is not an ISO 639-1 language code (e.g. en, de, fr)", code: .invalidValue)
            }
            return text
        }
    }

    /// The language a tag names, for counting languages: its primary subtag, lower-cased (`en-GB` and `EN` are `en`).
    public static func primaryLanguage(of tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }
}
