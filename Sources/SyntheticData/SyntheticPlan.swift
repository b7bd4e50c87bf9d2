import HRAPCore
import SeededRandom

/// A large, deterministic, believable plan for benchmarks and for trying hrap at scale.
///
/// The same seed and sizes always give the same plan.
public struct SyntheticPlan: Sendable {
    /// How big the plan is.
    public struct Size: Sendable {
        public var actions = 300
        public var indicators = 1_000
        public var measurements = 100_000
        public var budgetLines = 1_200
        /// The share of indicators broken down by sex (their values come as total, female, male).
        public var disaggregatedShare = 0.3

        /// The default size: 300 actions, 1,000 indicators, 100,000 measurements, 1,200 budget lines.
        public init() {}
    }

    public let seed: UInt64
    public let size: Size

    /// A generator for a seed and a size.
    public init(seed: UInt64 = 1, size: Size = Size()) {
        self.seed = seed
        self.size = size
    }

    /// The whole plan.
    public func planFile() -> PlanFile {
        var random = SplitMix64(seed: seed)
        var file = PlanFile()
        file.government.code = "XX-synthetic"
        file.government.name = "Synthetic City"
        file.government.country = "AT"
        file.government.population = 250_000
        file.plan.code = "synthetic"
        file.plan.government = file.government.code
        file.plan.title = "Synthetic human rights action plan (seed \(seed))"
        file.plan.periodStart = date("2019-01-01")
        file.plan.periodEnd = date("2028-12-31")
        file.plan.status = .inImplementation
        file.plan.adoptionDate = date("2018-11-20")
        file.orgUnits = (1...12).map { number in
            var unit = OrgUnit()
            unit.code = "U\(number)"
            unit.name = "Department \(number)"
            return unit
        }
        file.fields = (1...6).map { number in
            var field = FieldOfAction()
            field.code = "\(number)"
            field.title = "Field of action \(number)"
            return field
        }
        let objectiveCount = max(1, size.actions / 4)
        file.objectives = (0..<objectiveCount).map { index in
            var objective = Objective()
            objective.field = "\(index % 6 + 1)"
            objective.code = "\(objective.field).\(index / 6 + 1)"
            objective.title = "Objective \(objective.code)"
            return objective
        }
        file.actions = (0..<size.actions).map { index in
            var action = Action()
            let objective = file.objectives[index % objectiveCount].code
            action.objective = objective
            action.code = "\(objective).\(index / objectiveCount + 1)"
            action.title = "Action \(action.code)"
            action.leadUnit = "U\(random.next(below: 12) + 1)"
            action.startDate = date("2019-01-01").adding(days: random.next(below: 700))
            action.endDate = action.startDate?.adding(days: 365 + random.next(below: 2_000))
            action.status = random.next(below: 10) == 0 ? .delayed : .ongoing
            return action
        }
        file.indicators = (0..<size.indicators).map { index in indicator(index, file: file, random: &random) }
        file.measurements = measurements(for: file.indicators, random: &random)
        file.budgetLines = (0..<size.budgetLines).map { index in
            var line = BudgetLine()
            line.action = file.actions[index % max(1, file.actions.count)].code
            line.fiscalYear = 2019 + index / max(1, file.actions.count)
            line.planned = Double(10_000 + random.next(below: 500) * 1_000)
            line.allocated = line.planned.map { ($0 * 0.95).rounded() }
            line.spent = line.allocated.map { ($0 * Double(60 + random.next(below: 40)) / 100).rounded() }
            line.currency = "EUR"
            return line
        }
        return file
    }

    private func indicator(_ index: Int, file: PlanFile, random: inout SplitMix64) -> Indicator {
        var indicator = Indicator()
        let onAction = index % 3 != 0 && !file.actions.isEmpty
        if onAction {
            indicator.action = file.actions[index % file.actions.count].code
        } else {
            indicator.objective = file.objectives[index % file.objectives.count].code
        }
        indicator.code = "I\(index + 1)"
        indicator.name = "Indicator \(index + 1)"
        indicator.type = [.structural, .process, .outcome, .outcome][index % 4]
        indicator.unit = "%"
        indicator.direction = random.next(below: 4) == 0 ? .decrease : .increase
        let baseline = Double(20 + random.next(below: 60))
        indicator.baselineValue = baseline
        indicator.baselineDate = date("2018-12-31")
        indicator.targetValue = indicator.direction == .increase ? baseline + 15 : baseline - 15
        indicator.targetDate = date("2028-12-31")
        indicator.frequencyMonths = 1
        if Double(random.next(below: 1_000)) < size.disaggregatedShare * 1_000 { indicator.disaggregation = [.sex] }
        return indicator
    }

    /// Monthly values from January 2019, indicator by indicator, until the requested count is reached;
    /// indicators broken down by sex get a total, a female and a male value per month.
    private func measurements(for indicators: [Indicator], random: inout SplitMix64) -> [Measurement] {
        guard !indicators.isEmpty else { return [] }
        let groups = indicators.map { $0.disaggregation.isEmpty ? [[:]] : [[:], ["sex": "female"], ["sex": "male"]] }
        let rowsPerMonth = groups.reduce(0) { $0 + $1.count }
        var result: [Measurement] = []
        result.reserveCapacity(size.measurements)
        var month = 0
        while result.count < size.measurements {
            let start = CalendarDate(year: 2019 + month / 12, month: month % 12 + 1, day: 1) ?? date("2019-01-01")
            let end = start.adding(days: CalendarDate.daysIn(month: start.month, year: start.year) - 1)
            for (indicator, breakdowns) in zip(indicators, groups) {
                for group in breakdowns where result.count < size.measurements {
                    var measurement = Measurement()
                    measurement.indicator = indicator.code
                    measurement.periodStart = start
                    measurement.date = end
                    measurement.disaggregation = group
                    let base = indicator.baselineValue ?? 50
                    measurement.value =
                        ((base + Double(month) * 0.1 + Double(random.next(below: 100)) / 10) * 10).rounded() / 10
                    measurement.source = "Synthetic statistics office"
                    result.append(measurement)
                }
            }
            month += 1
            precondition(rowsPerMonth > 0)
        }
        return result
    }

    private func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { preconditionFailure("bad literal date \(text)") }
        return date
    }
}
