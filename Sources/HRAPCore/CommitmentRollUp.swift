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

    /// A continuing measure counted, and its band.
    public struct Entry: Equatable, Sendable {
        public let code: String
        public let band: Band
    }

    public let year: Int
    /// The measures counted, in plan order.
    public let measures: [Entry]

    /// The continuing measures among `actions` that count in `year` (``counts(_:in:status:)``), each with its
    /// commitment for the year.
    public init(year: Int, actions: [Action], facts: PlanFacts) {
        self.year = year
        let end = CalendarDate.endOfYear(year)
        let commitments = facts.commitments(in: year)
        measures = actions.filter { Self.counts($0, in: year, status: facts.status(of: $0, at: end)) }.map {
            Entry(code: $0.code, band: Band.of(commitments[$0.code]?.percentMet))
        }
    }

    /// Whether a measure counts in a year: continuing, started by the year's end, and not cancelled by then (its
    /// `status` at the year's end). The one rule of this roll-up and of the derived indicator
    /// `measures_on_calendar`.
    public static func counts(_ action: Action, in year: Int, status: Action.Status) -> Bool {
        action.isContinuing && (action.startDate.map { $0.first <= CalendarDate.endOfYear(year) } ?? true)
            && status != .cancelled
    }

    /// The measures in each band.
    public var counts: [Band: Int] { measures.reduce(into: [:]) { $0[$1.band, default: 0] += 1 } }
    /// Continuing measures counted.
    public var total: Int { measures.count }
    /// Measures that met all of the year's commitments.
    public var fullyOnCalendar: Int { counts[.full] ?? 0 }
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

    /// Whether an objective of ``objectiveUnits`` is a field standing in for one.
    public func isStandIn(_ objective: Objective) -> Bool { facts.isStandIn(objective) }
}
