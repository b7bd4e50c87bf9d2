/// Money for an action in one fiscal year from one funding source.
public struct BudgetLine: Record {
    /// Where the money comes from.
    public enum FundingSource: String, CaseIterable, Sendable { case own, national, eu, donor, other }

    public var action = ""
    public var fiscalYear = 2000
    public var planned: Double?
    public var allocated: Double?
    public var spent: Double?
    public var currency = "EUR"
    public var fundingSource = FundingSource.own
    /// Programme or cost centre in the city budget.
    public var budgetCode: String?
    public var externalID: String?
    /// What the amounts cover or where they come from, in words (a budget page, a grant decision).
    public var note: String?

    public init() {}

    public static let schema = RecordSchema<BudgetLine>(entity: "budget_line", fields: [
        .required("action", \.action, .code, help: "Code of the action."),
        .required("fiscal_year", \.fiscalYear, .integer(1900...2200), help: "Fiscal year."),
        .optional("planned", \.planned, .number(0...1e13), help: "Amount planned in the plan."),
        .optional("allocated", \.allocated, .number(0...1e13), help: "Amount allocated in the adopted budget."),
        .optional("spent", \.spent, .number(0...1e13), help: "Amount spent."),
        .required("currency", \.currency, .currency, help: "ISO 4217 currency code."),
        .required("funding_source", \.fundingSource, .choice, help: "Where the money comes from."),
        .optional("budget_code", \.budgetCode, .code, help: "Programme or cost centre."),
        .optional("external_id", \.externalID, .code, help: "Identifier in the budget or ERP system."),
        .optional("note", \.note, .text, help: "What the amounts cover or where they come from (a budget page, a grant)."),
    ])

    /// What identifies a budget line: action, year, source and budget code.
    public var key: String {
        "\(action)|\(fiscalYear)|\(fundingSource.rawValue)|\(budgetCode ?? "")"
    }
}
