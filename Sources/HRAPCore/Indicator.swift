/// A human rights indicator attached to an objective, an action, or (with neither) to the whole plan.
public struct Indicator: Record {
    /// The OHCHR typology: commitment, effort, result.
    public enum Kind: String, CaseIterable, Sendable { case structural, process, outcome }
    /// Whether values are numbers, yes/no answers (1 = yes, 0 = no), or, for a qualitative target, the status the
    /// responsible officer judges it to be in (``Measurement/judgedStatus``).
    public enum ValueType: String, CaseIterable, Sendable { case number, yesNo = "yes_no", qualitative }
    /// Which way is better; `none` for a descriptive count with no better or worse (documented cases of torture):
    /// it has no status and never goes backwards, and is shown with its values.
    public enum Direction: String, CaseIterable, Sendable {
        case increase, decrease, maintain
        case descriptive = "none"
    }
    /// What a derived indicator counts.
    public enum Derivation: String, CaseIterable, Sendable {
        /// The plan's measures implemented (completed), as the report counts them, at each date a measure's progress
        /// was reported.
        case measuresImplemented = "measures_implemented"
        /// The continuing measures that met all of a year's commitments (100 %), dated to that year, for each year
        /// with a commitment recorded.
        case measuresOnCalendar = "measures_on_calendar"
    }
    /// Grounds of discrimination data can be broken down by.
    public enum Ground: String, CaseIterable, Sendable {
        case sex, age, disability, ethnicOrNationalOrigin = "ethnic_or_national_origin"
        case migrationStatus = "migration_status", religion, sogi = "sexual_orientation_gender_identity"
        case socioEconomicStatus = "socio_economic_status", area
    }

    public var code = ""
    /// The code of its objective, when attached to an objective.
    public var objective: String?
    /// The code of its action, when attached to an action.
    public var action: String?
    public var name = ""
    /// The name in other languages, by language tag (`{"eu": "…"}`): reports and pages in that language show it.
    public var nameTranslations: [String: String] = [:]
    public var type = Kind.outcome
    public var valueType = ValueType.number
    public var unit: String?
    public var direction = Direction.increase
    /// A value hrap computes from the plan's own data, instead of values someone types.
    public var derived: Derivation?
    public var baselineValue: Double?
    public var baselineDate: CalendarDate?
    public var targetValue: Double?
    public var targetDate: CalendarDate?
    /// The target in words, for a qualitative indicator (e.g. "every district has a barrier-free polling station").
    public var targetText: String?
    public var milestones: [Milestone] = []
    public var dataSource: String?
    public var frequencyMonths: Int?
    /// Measured once (a study, a one-off count): once it has a value, it is neither stale nor due again.
    public var isOneOff = false
    public var disaggregation: [Ground] = []
    public var note: String?
    public var standards: [String] = []
    public var externalID: String?

    public init() {}

    public static let schema = RecordSchema<Indicator>(
        entity: "indicator",
        fields: [
            .required("code", \.code, .identifier, help: "Code, e.g. '2.1.a'."),
            .optional(
                "objective", \.objective, .code, help: "Code of the objective (or the action; neither: the plan)."),
            .optional("action", \.action, .code, help: "Code of the action (or the objective; neither: the plan)."),
            .required("name", \.name, .text, help: "What is measured."),
            .dictionary(
                "name_translations", \.nameTranslations,
                help: "The name in other languages, by language tag: {\"eu\": \"…\"}."),
            .required("type", \.type, .choice, help: "Structural, process or outcome (OHCHR)."),
            .required("value_type", \.valueType, .choice, help: "Numbers, or yes/no answers."),
            .optional("unit", \.unit, .text, help: "Unit, e.g. '%', 'households', 'percentage points'."),
            .required(
                "direction", \.direction, .choice,
                help: "Which way is better: increase, decrease, maintain, or none for a descriptive count."),
            .optional(
                "derived", \.derived, .choice,
                help:
                    "A value hrap computes from the plan's data instead of typed values: measures_implemented or measures_on_calendar."
            ),
            .optional(
                "baseline_value", \.baselineValue, .number(acceptsYesNo: true), help: "Value at the baseline date."),
            .optional("baseline_date", \.baselineDate, .date, help: "Date of the baseline value."),
            .optional(
                "target_value", \.targetValue, .number(acceptsYesNo: true), help: "Value aimed for by the target date."),
            .optional("target_date", \.targetDate, .date, help: "Date the target should be reached."),
            .optional(
                "target_text", \.targetText, .longText, help: "The target in words, for a qualitative indicator."),
            .records("milestones", \.milestones, help: "Intermediate targets."),
            .optional("data_source", \.dataSource, .text, help: "Where values come from."),
            .optional("frequency_months", \.frequencyMonths, .integer(1...120), help: "Months between values."),
            .flag(
                "one_off", \.isOneOff, default: false,
                help: "Measured once (a study, a one-off count): once it has a value it is neither stale nor due."),
            .list("disaggregation", \.disaggregation, .choice, help: "Grounds the data is broken down by."),
            .optional("note", \.note, .longText, help: "How to read the values."),
            .list("standards", \.standards, .code, help: "Codes of the standards it measures."),
            .optional("external_id", \.externalID, .code, help: "Identifier in an external system."),
        ], rules: rules)

    static func rules(_ indicator: Indicator) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if indicator.objective != nil, indicator.action != nil {
            problems.append(
                .init(path: "objective", code: .inconsistent, message: "give objective or action, not both"))
        }
        problems += qualitativeRules(indicator)
        if (indicator.baselineValue == nil) != (indicator.baselineDate == nil) {
            problems.append(
                .init(path: "baseline_date", code: .required, message: "baseline_value and baseline_date go together"))
        }
        if indicator.valueType != .qualitative, (indicator.targetValue == nil) != (indicator.targetDate == nil) {
            problems.append(
                .init(path: "target_date", code: .required, message: "target_value and target_date go together"))
        }
        if let baseline = indicator.baselineDate, let target = indicator.targetDate, target <= baseline {
            problems.append(
                .init(path: "target_date", code: .inconsistent, message: "must be after baseline_date (\(baseline))"))
        }
        if indicator.valueType == .yesNo {
            for (name, value) in [("baseline_value", indicator.baselineValue), ("target_value", indicator.targetValue)]
            {
                if let value, value != 0, value != 1 {
                    problems.append(
                        .init(path: name, code: .invalidValue, message: "a yes/no indicator takes 1 (yes) or 0 (no)"))
                }
            }
        }
        for (index, milestone) in indicator.milestones.enumerated() {
            if let baseline = indicator.baselineDate, milestone.date <= baseline {
                problems.append(
                    .init(
                        path: "milestones[\(index)].date", code: .inconsistent,
                        message: "must be after baseline_date (\(baseline))"))
            }
            if let target = indicator.targetDate, milestone.date > target {
                problems.append(
                    .init(
                        path: "milestones[\(index)].date", code: .inconsistent,
                        message: "must not be after target_date (\(target))"))
            }
        }
        return problems
    }

    /// A qualitative indicator has a target in words and no numbers; the others have no target in words.
    static func qualitativeRules(_ indicator: Indicator) -> [ValidationProblem] {
        guard indicator.valueType == .qualitative else {
            guard indicator.targetText == nil else {
                return [
                    .init(
                        path: "target_text", code: .inconsistent,
                        message: "is for qualitative indicators; give target_value")
                ]
            }
            return []
        }
        var problems: [ValidationProblem] = []
        if indicator.targetText == nil {
            problems.append(
                .init(path: "target_text", code: .required, message: "is required for a qualitative indicator"))
        }
        let numbers = [("baseline_value", indicator.baselineValue), ("target_value", indicator.targetValue)]
        for (name, value) in numbers where value != nil {
            problems.append(
                .init(
                    path: name, code: .inconsistent, message: "a qualitative indicator has no numbers: use target_text")
            )
        }
        if !indicator.milestones.isEmpty {
            problems.append(
                .init(
                    path: "milestones", code: .inconsistent,
                    message: "a qualitative indicator has no numeric milestones"))
        }
        return problems
    }
}

/// An intermediate target of an indicator.
public struct Milestone: Record {
    public var date = CalendarDate(daysSince1970: 0)
    public var value = 0.0

    public init() {}

    public static let schema = RecordSchema<Milestone>(
        entity: "milestone",
        fields: [
            .required("date", \.date, .date, help: "When."),
            .required("value", \.value, .number(acceptsYesNo: true), help: "Value aimed for."),
        ])
}
