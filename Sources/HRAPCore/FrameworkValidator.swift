/// The rules of a framework file beyond its fields: known metrics, sound thresholds, unique numbers and ids, positive weights.
enum FrameworkValidator {
    static func problems(of framework: Framework) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        var numbers: [Int: Int] = [:], ids: [String: Int] = [:]
        for (index, encouragement) in framework.encouragements.enumerated() {
            let path = "encouragements[\(index)]"
            if let first = numbers.updateValue(index, forKey: encouragement.number) {
                problems.append(
                    .init(
                        path: "\(path).number", code: .duplicate,
                        message: "number \(encouragement.number) is also used by encouragements[\(first)]"))
            }
            if let first = ids.updateValue(index, forKey: encouragement.id) {
                problems.append(
                    .init(
                        path: "\(path).id", code: .duplicate,
                        message: "id '\(encouragement.id)' is also used by encouragements[\(first)]"))
            }
            var criterionIDs = Set<String>()
            for (offset, criterion) in encouragement.criteria.enumerated() {
                let criterionPath = "\(path).criteria[\(offset)]"
                if !criterionIDs.insert(criterion.id).inserted {
                    problems.append(
                        .init(
                            path: "\(criterionPath).id", code: .duplicate,
                            message: "id '\(criterion.id)' is used twice in this encouragement"))
                }
                if criterion.weight <= 0 {
                    problems.append(
                        .init(path: "\(criterionPath).weight", code: .outOfRange, message: "must be greater than 0"))
                }
                guard let metric = Metric(rawValue: criterion.metric) else {
                    problems.append(
                        .init(
                            path: "\(criterionPath).metric", code: .unknownName,
                            message: "unknown metric '\(criterion.metric)'; see 'hrap framework metrics'"))
                    continue
                }
                problems += thresholdProblems(criterion.thresholds, metric: metric, path: "\(criterionPath).thresholds")
                if criterion.windowDays != nil, !metric.usesWindow {
                    problems.append(
                        .init(
                            path: "\(criterionPath).window_days", code: .notAllowed,
                            message: "metric \(metric.rawValue) has no window"))
                }
            }
        }
        return problems
    }

    private static func thresholdProblems(_ thresholds: [Double], metric: Metric, path: String) -> [ValidationProblem] {
        guard thresholds.count == 4 else {
            return [
                .init(
                    path: path, code: .malformed,
                    message: "give four values, for levels 1 to 4 (found \(thresholds.count))")
            ]
        }
        var problems: [ValidationProblem] = []
        let ordered = zip(thresholds, thresholds.dropFirst()).allSatisfy { metric.lowerIsBetter ? $0 > $1 : $0 < $1 }
        if !ordered {
            problems.append(
                .init(
                    path: path, code: .inconsistent,
                    message: metric.lowerIsBetter
                        ? "must decrease: lower values of \(metric.rawValue) are better"
                        : "must increase from level 1 to level 4"))
        }
        if let outside = thresholds.first(where: { !metric.range.contains($0) }) {
            problems.append(
                .init(
                    path: path, code: .outOfRange,
                    message:
                        "\(outside) is outside the range of \(metric.rawValue) (\(metric.range.lowerBound)–\(metric.range.upperBound))"
                ))
        }
        return problems
    }
}
