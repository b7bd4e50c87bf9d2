/// The rules a plan file sets for each of its measurements and progress updates, checked one record at a time in
/// file order, so a file read as a stream is checked as one read whole (``PlanValidator/problems()``): who recorded
/// a value and when go together; no two measurements of a key carry the same recording time; a measurement fits
/// its indicator (``PlanValidator/problems(of:indicator:valueGivenAsYesNo:location:)``); an update names an action
/// of the file.
public struct ProgressRowCheck {
    private let indicators: [String: Indicator]
    private let actions: Set<String>
    private var recorded = MeasurementKeyIndex()

    /// The check of the rows of `file`, whose indicators and actions the rows may name.
    public init(_ file: PlanFile) {
        indicators = Dictionary(file.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        actions = Set(file.actions.map(\.code))
    }

    /// The problems of the measurement at `index` of the file's measurements.
    public mutating func problems(of measurement: Measurement, at index: Int) -> [ValidationProblem] {
        let path = "$.measurements[\(index)]"
        var problems = PlanValidator.authorshipProblems(measurement.recordedAt, measurement.recordedBy) {
            "\(path).\($0)"
        }
        if let time = measurement.recordedAt,
            let first = recorded.insert(measurement.key, recordedAt: time, line: index)
        {
            problems.append(
                .init(
                    path: path, code: .duplicate,
                    message: "repeats $.measurements[\(first)]: the same \(Self.label(measurement.key)), "
                        + "recorded at \(time)"))
        }
        let indicator = indicators[measurement.indicator]
        return problems + PlanValidator.problems(of: measurement, indicator: indicator) { "\(path).\($0)" }
    }

    /// The problems of the progress update at `index` of the file's progress updates.
    public func problems(of update: ProgressUpdate, at index: Int) -> [ValidationProblem] {
        let path = "$.progress_updates[\(index)]"
        var problems = PlanValidator.authorshipProblems(update.recordedAt, update.recordedBy) { "\(path).\($0)" }
        if !update.action.isEmpty, !actions.contains(update.action) {
            problems.append(
                .init(
                    path: "\(path).action", code: .unknownReference, message: "no action with code '\(update.action)'"))
        }
        return problems
    }

    /// How a duplicate names its measurement's key: indicator, period (or date) and group of people.
    private static func label(_ key: MeasurementKey) -> String {
        let period = key.periodStart.map { "period \($0) to \(key.date)" } ?? "date \(key.date)"
        let group = key.disaggregation.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let groups = group.isEmpty ? [] : ["group " + group.joined(separator: ", ")]
        let parts = ["indicator \(key.indicator)", period] + groups
        return parts.joined(separator: ", ")
    }
}
