import HRAPCore

/// What is missing or late in a plan's data, as the annual report's data-quality section and the officers' "check
/// before publishing" page both show it: one list, computed once per analysis.
public struct DataQuality: Sendable {
    /// One kind of gap: its label key, the codes of the records concerned, and the section they are in.
    public struct Item: Sendable, Equatable {
        public let key: String
        public let codes: [String]
        public let collection: String
    }

    public let items: [Item]

    /// The gaps of a plan at the reference date, from its progress there.
    init(_ input: AnnualReport.Input, progress: PlanProgress) {
        let file = input.facts.file
        let noBaseline = file.indicators.filter { $0.valueType != .qualitative && $0.baselineValue == nil }.map(\.code)
        let stale = file.indicators.filter { progress.indicators[$0.code]?.isStale == true }.map(\.code)
        let noData = file.indicators.filter { progress.indicators[$0.code]?.status == .noData }.map(\.code)
        let budgeted = Metric.activeActionsBudgeted.compute(input.facts, asOf: input.asOf)
        let overdue = file.actions.filter { progress.actions[$0.code]?.isOverdue == true }.map(\.code)
        items = [
            Item(key: "quality.no_baseline", codes: noBaseline, collection: "indicators"),
            Item(key: "quality.stale", codes: stale, collection: "indicators"),
            Item(key: "quality.no_data", codes: noData, collection: "indicators"),
            Item(key: "quality.no_budget", codes: budgeted.failing, collection: "actions"),
            Item(key: "quality.overdue", codes: overdue, collection: "actions"),
        ]
    }
}
