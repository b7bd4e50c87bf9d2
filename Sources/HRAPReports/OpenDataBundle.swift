import CSVParsing
import HRAPCore
import JSONCoding
import LinkedData

/// The open data of a plan's annual report: locale-neutral CSV files (UTF-8, comma, ISO 8601 dates — a month
/// `2022-05` or a year `2021` where recorded so —, decimal point, snake_case headers, an empty cell for an unknown
/// value, a leading apostrophe on a text cell a spreadsheet would run as a formula), the plan file with public records
/// only, a Frictionless `datapackage.json` describing every CSV, a DCAT-AP `dcat.jsonld` catalogue record and a
/// README. Files by name; the caller writes them.
public struct OpenDataBundle: Sendable {
    /// A CSV file with its described columns, its key and the keys it names in other files.
    struct Table {
        /// One column: its name, Frictionless type, what it holds and, for a closed list, its allowed values.
        struct Column {
            let name: String
            let type: String
            let description: String
            var values: [String]? = nil
        }

        let name: String
        let title: String
        let columns: [Column]
        var primaryKey: [String] = []
        /// Columns that name a row of another file: (column, file without `.csv`, its column).
        var foreignKeys: [(String, String, String)] = []
        let rows: [[String]]
    }

    let file: PlanFile
    let progress: PlanProgress
    /// The latest finalised peer review by the reference date, whose recommendations the register holds too.
    let peer: AssessmentSummary?
    let year: Int
    let asOf: CalendarDate
    let licence: String
    /// The language of the bundle's reports, in which its catalogue record is written.
    let locale: ReportLocale
    /// Where the files will be served (ending in `/`), or empty: the catalogue record's IRIs are then relative.
    let location: String

    /// The bundle of a plan: `publicFile` holds public records only (``PlanFile/publicRecords()``).
    public init(
        publicFile: PlanFile, facts: PlanFacts, year: Int, asOf: CalendarDate, locale: ReportLocale,
        peer: AssessmentSummary? = nil, licence: String = "CC-BY-4.0", location: String = ""
    ) {
        file = publicFile
        self.peer = peer
        progress = PlanProgress(facts, asOf: asOf)
        self.year = year
        self.asOf = asOf
        self.licence = licence
        self.locale = locale
        self.location = location
    }

    /// Every file of the bundle, by name.
    public func files(reports: [String: String]) -> [String: String] {
        var files = reports
        let tables = tables()
        let writer = CSVWriter()
        for table in tables {
            let rows = table.rows.map { row in
                zip(row, table.columns).map { cell, column in
                    column.type == "string" ? SpreadsheetCell.neutralized(cell) : cell
                }
            }
            files[table.name] = writer.text([table.columns.map(\.name)] + rows)
        }
        files["plan.json"] = JSONWriter.pretty(file.encode()) + "\n"
        files["datapackage.json"] = JSONWriter.pretty(dataPackage(tables)) + "\n"
        let names = Array(files.keys) + ["dcat.jsonld", "README.md"]
        var graph = RDFGraph(prefixes: DCATDataset.prefixes)
        dataset(names).add(to: &graph)
        files["dcat.jsonld"] = JSONWriter.pretty(graph.jsonLD()) + "\n"
        files["README.md"] = readme(tables, reports: reports.keys.sorted())
        return files
    }

    func tables() -> [Table] {
        [fields(), objectives(), indicators(), measurements(), actions(), budget(), recommendations()]
    }

    /// A column of a record field: its schema's help describes it, and a choice lists its values.
    static func column<R: Record>(
        _ type: R.Type, _ name: String, _ frictionless: String = "string", as shown: String? = nil
    )
        -> Table.Column
    {
        let field = R.schema.field(named: name)
        var values: [String]?
        if case .choice(let allowed)? = field?.kind { values = allowed }
        return Table.Column(name: shown ?? name, type: frictionless, description: field?.help ?? "", values: values)
    }

    private func fields() -> Table {
        Table(
            name: "fields.csv", title: "Fields of action",
            columns: [Self.column(FieldOfAction.self, "code"), Self.column(FieldOfAction.self, "title")],
            primaryKey: ["code"], rows: file.fields.map { [$0.code, $0.title] })
    }

    private func objectives() -> Table {
        Table(
            name: "objectives.csv", title: "Objectives",
            columns: [
                Self.column(Objective.self, "code"), Self.column(Objective.self, "field"),
                Self.column(Objective.self, "title"),
            ],
            primaryKey: ["code"], foreignKeys: [("field", "fields", "code")],
            rows: file.objectives.map { [$0.code, $0.field, $0.title] })
    }

    private func indicators() -> Table {
        let c = { (name: String, type: String) in Self.column(Indicator.self, name, type) }
        return Table(
            name: "indicators.csv", title: "Indicators",
            columns: [
                c("code", "string"), c("objective", "string"), c("action", "string"), c("name", "string"),
                c("type", "string"), c("value_type", "string"), c("unit", "string"), c("direction", "string"),
                c("baseline_value", "number"), c("baseline_date", "string"), c("target_value", "number"),
                c("target_date", "string"), c("target_text", "string"),
                Table.Column(
                    name: "status", type: "string", description: "The indicator's status at the reference date.",
                    values: IndicatorProgress.Status.allCases.map(\.rawValue)),
            ],
            primaryKey: ["code"], foreignKeys: [("objective", "objectives", "code"), ("action", "actions", "code")],
            rows: file.indicators.map { indicator in
                [
                    indicator.code, indicator.objective ?? "", indicator.action ?? "", indicator.name,
                    indicator.type.rawValue, indicator.valueType.rawValue, indicator.unit ?? "",
                    indicator.direction.rawValue, Self.number(indicator.baselineValue),
                    indicator.baselineDate?.description ?? "", Self.number(indicator.targetValue),
                    indicator.targetDate?.description ?? "", indicator.targetText ?? "",
                    progress.indicators[indicator.code]?.status.rawValue ?? "",
                ]
            })
    }

    private func measurements() -> Table {
        let current = Supersession.current(file.measurements, key: \.key, recordedAt: \.recordedAt)
            .filter { $0.date <= progress.asOf }
        let c = { (name: String, type: String) in Self.column(Measurement.self, name, type) }
        return Table(
            name: "measurements.csv", title: "Indicator values (public, current versions, up to the reference date)",
            columns: [
                c("indicator", "string"), c("period_start", "string"), c("date", "string"),
                Table.Column(
                    name: "group", type: "string",
                    description: "The group the value is for, as ground=group pairs separated by ';'; empty: the total."
                ),
                c("value", "number"), c("judged_status", "string"), c("source", "string"), c("note", "string"),
                c("new_method", "boolean"),
            ],
            foreignKeys: [("indicator", "indicators", "code")],
            rows: current.map { value in
                [
                    value.indicator, value.periodStart?.description ?? "", value.date.description,
                    value.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                        separator: ";"),
                    Self.number(value.value), value.judgedStatus?.rawValue ?? "", value.source ?? "", value.note ?? "",
                    value.isNewMethod ? "true" : "false",
                ]
            })
    }

    private func actions() -> Table {
        let c = { (name: String) in Self.column(Action.self, name) }
        let computed = { (name: String, description: String, values: [String]?) in
            Table.Column(name: name, type: "string", description: description, values: values)
        }
        return Table(
            name: "actions.csv", title: "Measures",
            columns: [
                c("code"), c("objective"), c("field"), c("title"), c("lead_unit"), c("start_date"), c("end_date"),
                computed("deadline", "The date the measure is due by: its end, else the plan's end or review.", nil),
                computed(
                    "status", "The measure's status at the reference date, from its latest update.",
                    Action.Status.allCases.map(\.rawValue)),
                computed(
                    "standing", "How the measure stands at the reference date (overdue, on track, …).",
                    MeasureRollUp.Standing.allCases.map(\.rawValue)),
                computed("last_update", "The date of its latest progress update.", nil),
            ],
            primaryKey: ["code"], foreignKeys: [("objective", "objectives", "code"), ("field", "fields", "code")],
            rows: file.actions.map { action in
                let state = progress.actions[action.code]
                return [
                    action.code, action.objective ?? "", file.fieldCode(of: action) ?? "", action.title,
                    action.leadUnit ?? "",
                    action.startDate?.description ?? "", action.endDate?.description ?? "",
                    state?.deadline?.description ?? "", state?.status.rawValue ?? "",
                    state.map { MeasureRollUp.standing(of: $0).rawValue } ?? "",
                    state?.lastUpdate?.description ?? "",
                ]
            })
    }

    private func budget() -> Table {
        let c = { (name: String, type: String) in Self.column(BudgetLine.self, name, type) }
        return Table(
            name: "budget.csv", title: "Budget lines",
            columns: [
                c("action", "string"), c("field", "string"), c("fiscal_year", "integer"), c("planned", "number"),
                c("allocated", "number"), c("spent", "number"), c("currency", "string"),
                c("funding_source", "string"), c("budget_code", "string"),
            ],
            foreignKeys: [("action", "actions", "code"), ("field", "fields", "code")],
            rows: file.budgetLines.map { line in
                [
                    line.action ?? "", line.field ?? "", String(line.fiscalYear), Self.number(line.planned),
                    Self.number(line.allocated), Self.number(line.spent), line.currency, line.fundingSource.rawValue,
                    line.budgetCode ?? "",
                ]
            })
    }

    /// Every recommendation with the city's current response: the latest finalised peer review's, then the
    /// evaluations'.
    private func recommendations() -> Table {
        let decisions = RecommendationResponse.Decision.allCases.map(\.rawValue)
        let round = peer?.round.code ?? ""
        let reviewed: [[String]] = (peer?.recommendations ?? []).map { state in
            [
                round, state.recommendation.code, state.recommendation.text,
                state.response?.decision.rawValue ?? "", state.response?.reason ?? "",
                state.response?.followUpActions.joined(separator: ";") ?? "",
            ]
        }
        let evaluated: [[String]] = file.evaluations.flatMap { evaluation in
            evaluation.recommendations.map { recommendation in
                [
                    evaluation.code, recommendation.code, recommendation.text,
                    recommendation.response?.rawValue ?? "", recommendation.responseNote ?? "",
                    recommendation.followUpAction ?? "",
                ]
            }
        }
        let column = { (name: String, description: String, values: [String]?) in
            Table.Column(name: name, type: "string", description: description, values: values)
        }
        return Table(
            name: "recommendations.csv",
            title: "Recommendations of peer reviews and evaluations, and the city's responses",
            columns: [
                column("source", "The peer-review round or the evaluation that made it.", nil),
                column("code", "The recommendation's code within its source.", nil),
                column("text", "The recommendation.", nil),
                column("response", "The city's current decision; empty: not answered yet.", decisions),
                column("response_note", "The city's reasons.", nil),
                column("follow_up_actions", "Codes of the measures that follow it up, separated by ';'.", nil),
            ],
            primaryKey: ["source", "code"], rows: reviewed + evaluated)
    }

    /// A number with a decimal point and no grouping; empty when unknown.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
