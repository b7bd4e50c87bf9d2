/// Money for an action in one fiscal year from one funding source — or, where a city funds a field of action or the
/// whole plan as a package (no action named), for that field or the plan.
public struct BudgetLine: Record {
    /// Where the money comes from.
    public enum FundingSource: String, CaseIterable, Sendable { case own, national, eu, donor, other }

    /// The action funded; nil for a package.
    public var action: String?
    /// The field of action a package funds; nil for an action's line or a package for the whole plan.
    public var field: String?
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

    public static let schema = RecordSchema<BudgetLine>(
        entity: "budget_line",
        fields: [
            .optional(
                "action", \.action, .code, help: "Code of the action; none for a package (a field's or the plan's)."),
            .required("fiscal_year", \.fiscalYear, .integer(1900...2200), help: "Fiscal year."),
            .optional("planned", \.planned, .number(0...1e13), help: "Amount planned in the plan."),
            .optional("allocated", \.allocated, .number(0...1e13), help: "Amount allocated in the adopted budget."),
            .optional("spent", \.spent, .number(0...1e13), help: "Amount spent."),
            .required("currency", \.currency, .currency, help: "ISO 4217 currency code."),
            .required("funding_source", \.fundingSource, .choice, help: "Where the money comes from."),
            .optional("budget_code", \.budgetCode, .code, help: "Programme or cost centre."),
            .optional("external_id", \.externalID, .code, help: "Identifier in the budget or ERP system."),
            .optional(
                "note", \.note, .longText,
                help: "What the amounts cover or where they come from (a budget page, a grant)."),
            .optional("field", \.field, .code, help: "Code of the field of action a package funds (no action)."),
        ]
    ) { line in
        guard line.action != nil, line.field != nil else { return [] }
        return [
            .init(
                path: "field", code: .inconsistent,
                message: "give action or field, not both (a field's package names no action)")
        ]
    }

    /// What identifies a budget line: action (or package), year, source and budget code.
    public var key: String {
        "\(action ?? "")|\(field ?? "")|\(fiscalYear)|\(fundingSource.rawValue)|\(budgetCode ?? "")"
    }

    /// What the line funds, in words: `action 1.1.1`, `field 2 (package)` or `plan (package)`.
    public var fundedLabel: String {
        if let action { return "action \(action)" }
        return field.map { "field \($0) (package)" } ?? "plan (package)"
    }
}
