import JSONCoding

/// Everything recorded about one plan: the content of a plan file (`hrap import` / `hrap export`).
///
/// Records cite each other by code. Sections appear in files in the order of ``sectionNames``.
public struct PlanFile: Equatable, Sendable {
    /// The format identifier written at the top of every plan file. Version 2 added the fields real plans record
    /// (reporting rhythm, event end dates, budget notes, unit parents, field standards, a predecessor by title and URL,
    /// bodies' further roles and co-decision); version 3 open-ended plans (review date), the plan's language and note,
    /// plan indicators and qualitative targets (judged statuses), budget packages, and dates to the month or year.
    /// Every field they added is optional.
    public static let format = "hrap-plan/3"
    /// The formats this hrap reads: older files are newer files without the added fields.
    public static let readableFormats = ["hrap-plan/1", "hrap-plan/2", "hrap-plan/3"]

    public var government = Government()
    public var plan = Plan()
    public var orgUnits: [OrgUnit] = []
    public var standards: [StandardReference] = []
    public var fields: [FieldOfAction] = []
    public var objectives: [Objective] = []
    public var actions: [Action] = []
    public var indicators: [Indicator] = []
    public var budgetLines: [BudgetLine] = []
    public var participationEvents: [ParticipationEvent] = []
    public var bodies: [Body] = []
    public var reports: [ProgressReport] = []
    public var evaluations: [Evaluation] = []
    /// Encouragements and criteria of frameworks that lie outside the government's competence.
    public var notApplicable: [NotApplicable] = []
    public var measurements: [Measurement] = []
    public var progressUpdates: [ProgressUpdate] = []
    /// Every version of every assessment round, with reviewers, sheets and recommendations.
    public var assessments: [Assessment] = []
    /// The city's responses to recommendations, oldest first.
    public var recommendationResponses: [RecommendationResponse] = []

    /// The city's own words for its reports, every version (the newest of a year, part and subject counts).
    public var narratives: [ReportNarrative] = []
    /// The yearly commitments of continuing measures, every version (the newest of a measure and year counts).
    public var commitments: [YearlyCommitment] = []

    /// An empty plan file.
    public init() {}

    /// The languages the plan's texts are written in: its own `language`, then those its title is translated into.
    public var languages: [String] {
        ([plan.language].compactMap { $0 } + plan.titleTranslations.keys.sorted()).reduce(into: []) { list, tag in
            if !list.contains(tag) { list.append(tag) }
        }
    }

    /// The field of action a measure belongs to: its own, or its objective's.
    public func fieldCode(of action: Action) -> String? {
        action.field ?? objectives.first { $0.code == action.objective }?.field
    }

    /// The plan's measures: its actions but those marked as not a measure (``Action/notAMeasure``), which no roll-up
    /// or criterion counts.
    public var measures: [Action] { actions.filter { $0.notAMeasure == nil } }

    /// The sections of a plan's records, in file order: the one list from which the file's keys, its reading and
    /// writing, its JSON Schema and the store's import and export are derived (and against which the API's routes
    /// and the command line's entity commands are checked).
    public static let recordSections: [any PlanRecord.Type] = [
        OrgUnit.self, StandardReference.self, FieldOfAction.self, Objective.self, Action.self, Indicator.self,
        BudgetLine.self, ParticipationEvent.self, Body.self, ProgressReport.self, Evaluation.self, NotApplicable.self,
        Measurement.self, ProgressUpdate.self, ReportNarrative.self, YearlyCommitment.self,
    ]

    /// The top-level keys, in file order.
    public static let sectionNames =
        ["format", "government", "plan"] + recordSections.map { $0.collection }
        + ["assessments", "recommendation_responses"]

    /// Reads a plan file, reporting every problem with its JSON path: syntax, fields, and cross-references.
    public static func decode(_ json: JSONValue) -> (PlanFile, [ValidationProblem]) {
        var file = PlanFile()
        guard case .object(let members) = json else {
            return (
                file,
                [ValidationProblem(path: "$", code: .malformed, message: "expected an object, found \(json.kindName)")]
            )
        }
        var problems: [ValidationProblem] = []
        for (key, _) in members where !sectionNames.contains(key) {
            problems.append(
                ValidationProblem(path: "$.\(key)", code: .unknownName, message: "unknown section '\(key)'"))
        }
        if !readableFormats.contains(where: { json["format"] == .string($0) }) {
            let known = readableFormats.map { "\"\($0)\"" }.joined(separator: " or ")
            problems.append(ValidationProblem(path: "$.format", code: .invalidValue, message: "must be \(known)"))
        }
        func one<R: Record>(_ key: String) -> R {
            guard let value = json[key] else {
                problems.append(ValidationProblem(path: "$.\(key)", code: .required, message: "is required"))
                return R()
            }
            let (record, found) = R.schema.decode(value, path: "$.\(key)")
            problems += found
            return record
        }
        func list<R: Record>(_ key: String) -> [R] {
            guard let value = json[key], value != .null else { return [] }
            guard case .array(let elements) = value else {
                problems.append(
                    ValidationProblem(
                        path: "$.\(key)", code: .malformed, message: "expected an array, found \(value.kindName)"))
                return []
            }
            return elements.enumerated().map { index, element in
                let (record, found) = R.schema.decode(element, path: "$.\(key)[\(index)]")
                problems += found
                return record
            }
        }
        func section<R: PlanRecord>(_ type: R.Type) {
            file[keyPath: R.section] = list(R.collection)
        }
        file.government = one("government")
        file.plan = one("plan")
        for type in recordSections { section(type) }
        file.assessments = list("assessments")
        file.recommendationResponses = list("recommendation_responses")
        problems += PlanValidator(file).problems()
        return (file, problems)
    }

    /// The plan file as JSON, sections in file order; empty sections are written as empty arrays.
    public func encode() -> JSONValue {
        func list<R: Record>(_ records: [R]) -> JSONValue { .array(records.map(R.schema.encode)) }
        func section<R: PlanRecord>(_ type: R.Type) -> (String, JSONValue) {
            (R.collection, list(self[keyPath: R.section]))
        }
        return .object(
            [
                ("format", .string(Self.format)), ("government", Government.schema.encode(government)),
                ("plan", Plan.schema.encode(plan)),
            ] + Self.recordSections.map { section($0) }
                + [("assessments", list(assessments)), ("recommendation_responses", list(recommendationResponses))])
    }
}
