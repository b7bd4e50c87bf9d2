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
    /// A CSV file with its described columns.
    struct Table {
        let name: String
        let title: String
        /// Column names and Frictionless types.
        let columns: [(String, String)]
        let rows: [[String]]
    }

    let file: PlanFile
    let progress: PlanProgress
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
        licence: String = "CC-BY-4.0", location: String = ""
    ) {
        file = publicFile
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
                    column.1 == "string" ? SpreadsheetCell.neutralized(cell) : cell
                }
            }
            files[table.name] = writer.text([table.columns.map(\.0)] + rows)
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
        [indicators(), measurements(), actions(), budget(), recommendations()]
    }

    private func indicators() -> Table {
        Table(
            name: "indicators.csv", title: "Indicators",
            columns: [
                ("code", "string"), ("objective", "string"), ("action", "string"), ("name", "string"),
                ("type", "string"), ("value_type", "string"), ("unit", "string"), ("direction", "string"),
                ("baseline_value", "number"), ("baseline_date", "string"), ("target_value", "number"),
                ("target_date", "string"), ("target_text", "string"), ("status", "string"),
            ],
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
        return Table(
            name: "measurements.csv", title: "Indicator values (public, current versions, up to the reference date)",
            columns: [
                ("indicator", "string"), ("period_start", "string"), ("date", "string"), ("group", "string"),
                ("value", "number"), ("judged_status", "string"), ("source", "string"), ("note", "string"),
                ("new_method", "boolean"),
            ],
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
        Table(
            name: "actions.csv", title: "Measures",
            columns: [
                ("code", "string"), ("objective", "string"), ("field", "string"), ("title", "string"),
                ("lead_unit", "string"),
                ("start_date", "string"), ("end_date", "string"), ("deadline", "string"), ("status", "string"),
                ("standing", "string"), ("last_update", "string"),
            ],
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
        Table(
            name: "budget.csv", title: "Budget lines",
            columns: [
                ("action", "string"), ("field", "string"), ("fiscal_year", "integer"), ("planned", "number"),
                ("allocated", "number"), ("spent", "number"), ("currency", "string"),
                ("funding_source", "string"),
                ("budget_code", "string"),
            ],
            rows: file.budgetLines.map { line in
                [
                    line.action ?? "", line.field ?? "", String(line.fiscalYear), Self.number(line.planned),
                    Self.number(line.allocated), Self.number(line.spent), line.currency, line.fundingSource.rawValue,
                    line.budgetCode ?? "",
                ]
            })
    }

    private func recommendations() -> Table {
        Table(
            name: "recommendations.csv", title: "Recommendations of evaluations and the city's responses",
            columns: [
                ("source", "string"), ("code", "string"), ("text", "string"), ("response", "string"),
                ("response_note", "string"), ("follow_up_action", "string"),
            ],
            rows: file.evaluations.flatMap { evaluation in
                evaluation.recommendations.map { recommendation in
                    [
                        evaluation.code, recommendation.code, recommendation.text,
                        recommendation.response?.rawValue ?? "",
                        recommendation.responseNote ?? "", recommendation.followUpAction ?? "",
                    ]
                }
            })
    }

    /// A number with a decimal point and no grouping; empty when unknown.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
