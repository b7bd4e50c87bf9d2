/// How the continuing measures of a part of the plan kept their commitments in one calendar year: "measures fully on
/// calendar in 2024: 11 of 15", with the distribution by share met. Counts, never averages; a measure without an
/// assessed figure for the year is *not assessed*, never counted as 0 or as met.
public struct CommitmentRollUp: Equatable, Sendable {
    /// How much of its year's commitments a measure met.
    public enum Band: String, CaseIterable, Sendable {
        /// 100 %: fully on calendar.
        case full
        /// 80–99 %.
        case mostly
        /// 60–79 %.
        case partly
        /// Below 60 %.
        case behind
        /// No commitment or no share met recorded for the year.
        case notAssessed = "not_assessed"

        /// The band of a share met, 0–100.
        public static func of(_ percent: Int?) -> Band {
            guard let percent else { return .notAssessed }
            return percent >= 100 ? .full : percent >= 80 ? .mostly : percent >= 60 ? .partly : .behind
        }
    }

    public let year: Int
    public private(set) var counts: [Band: Int] = [:]
    /// The band of each measure counted, by code, in plan order.
    public let measures: [(code: String, band: Band)]

    /// The continuing measures among `actions` that had started by the end of `year` and were not cancelled by then,
    /// each with its commitment for the year.
    public init(year: Int, actions: [Action], facts: PlanFacts) {
        self.year = year
        let end = CalendarDate.endOfYear(year)
        let commitments = facts.commitments(in: year)
        measures = actions.filter { action in
            action.isContinuing && (action.startDate.map { $0.first <= end } ?? true)
                && facts.status(of: action, at: end) != .cancelled
        }.map { ($0.code, Band.of(commitments[$0.code]?.percentMet)) }
        for measure in measures { counts[measure.band, default: 0] += 1 }
    }

    /// Continuing measures counted.
    public var total: Int { measures.count }
    /// Measures that met all of the year's commitments.
    public var fullyOnCalendar: Int { counts[.full] ?? 0 }

    public static func == (left: CommitmentRollUp, right: CommitmentRollUp) -> Bool {
        left.year == right.year && left.measures.map(\.code) == right.measures.map(\.code)
            && left.measures.map(\.band) == right.measures.map(\.band)
    }
}

extension PlanProgress {
    /// The year whose commitments progress reports at its reference date: the latest year, up to the reference
    /// date's, with a commitment recorded; nil when the plan records none.
    public var commitmentYear: Int? {
        facts.file.commitments.map(\.year).filter { $0 <= asOf.year }.max()
    }

    /// The share of its commitments a continuing measure met in a year; nil when not assessed.
    public func percentMet(_ action: String, in year: Int) -> Int? {
        facts.commitments(in: year)[action]?.percentMet
    }

    /// The continuing measures of the whole plan in a year.
    public func commitments(in year: Int) -> CommitmentRollUp {
        CommitmentRollUp(year: year, actions: facts.file.measures, facts: facts)
    }

    /// The continuing measures of a field of action in a year.
    public func commitments(in year: Int, field code: String) -> CommitmentRollUp {
        CommitmentRollUp(
            year: year, actions: facts.file.measures.filter { facts.file.fieldCode(of: $0) == code }, facts: facts)
    }
}
