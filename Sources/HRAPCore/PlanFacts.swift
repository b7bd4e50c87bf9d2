/// What scoring reads about a plan: its structure and the current values of its indicators, at a reference date.
///
/// Built from a plan file (``init(file:)``); nothing here reads a clock or a database.
public struct PlanFacts: Sendable {
    /// A current total value of an indicator (disaggregated values are summarised in ``disaggregatedDates``).
    public struct Point: Sendable, Equatable {
        public let date: CalendarDate
        public let value: Double
        /// The value follows a new definition or method (``Measurement/isNewMethod``).
        public let isNewMethod: Bool

        /// A value at a date.
        public init(date: CalendarDate, value: Double, isNewMethod: Bool = false) {
            self.date = date
            self.value = value
            self.isNewMethod = isNewMethod
        }

        /// The order of a series: by date; two current values of one date (a period's and a day's) by value, so that
        /// every path that builds a series — the store's scan, a plan file — orders them alike.
        public static func inSeriesOrder(_ left: Point, _ right: Point) -> Bool {
            (left.date, left.value) < (right.date, right.value)
        }
    }

    /// A current judgement of a qualitative indicator.
    public struct JudgedPoint: Sendable, Equatable {
        public let date: CalendarDate
        public let status: Measurement.JudgedStatus

        /// A judgement at a date.
        public init(date: CalendarDate, status: Measurement.JudgedStatus) {
            self.date = date
            self.status = status
        }

        /// The order of judgements: by date, then by status (two of one date ordered alike on every path).
        public static func inSeriesOrder(_ left: JudgedPoint, _ right: JudgedPoint) -> Bool {
            (left.date, left.status.rawValue) < (right.date, right.status.rawValue)
        }
    }

    public private(set) var file: PlanFile
    /// The first day of the plan that follows this one, when the database holds it (it names this plan as its
    /// predecessor); it ends an open-ended plan.
    public var successorStart: CalendarDate?
    /// The codes of this plan's measures that a successor plan names as continued (``Action/continues``), when the
    /// database holds the successor.
    public var carriedOver: Set<String> = []
    /// Whether the facts count values marked private: figures from them are internal, never published (a published
    /// figure is computed from public values only, so that anyone can reproduce it from the published data).
    public var includesPrivateValues = false

    /// How JSON names what figures count: `public`, or `including_private` for internal ones.
    public static func valuesLabel(includingPrivate: Bool) -> String {
        includingPrivate ? "including_private" : "public"
    }
    /// The current progress updates (superseded corrections left out), in the file's order.
    public let progressUpdates: [ProgressUpdate]
    /// Current total values per indicator code, oldest first (superseded corrections left out).
    public private(set) var series: [String: [Point]]
    /// Dates of current disaggregated values per indicator code, oldest first.
    public private(set) var disaggregatedDates: [String: [CalendarDate]]
    /// Current judgements of qualitative indicators per code, oldest first.
    public private(set) var judged: [String: [JudgedPoint]]
    /// The indicators of each objective code (``indicators(of:)``), in the file's order.
    private let indicatorsByObjective: [String: [Indicator]]
    /// The plan's measures by the code of their objective, or of their field for a measure directly under a field
    /// (``Action/unitCode``), and by the code of their field; in the file's order.
    private let measuresByUnit: [String: [Action]], measuresByField: [String: [Action]]
    /// The current progress updates of each action code, in the file's order.
    private let updatesByAction: [String: [ProgressUpdate]]
    /// The current version of each continuing measure's commitments for each year (superseded versions left out).
    private let currentCommitments: [YearlyCommitment]

    /// Facts from a plan's structure and its current values, read separately (the store's set-based path).
    /// `file.measurements` is not read; `file.progressUpdates` must hold the current updates only.
    public init(
        structure file: PlanFile, series: [String: [Point]], disaggregatedDates: [String: [CalendarDate]],
        judged: [String: [JudgedPoint]] = [:]
    ) {
        self.file = file
        self.progressUpdates = file.progressUpdates
        indicatorsByObjective = Self.indicatorsByObjective(file)
        (measuresByUnit, measuresByField) = Self.measuresByUnitAndField(file)
        updatesByAction = Dictionary(grouping: file.progressUpdates, by: \.action)
        currentCommitments = Supersession.current(file.commitments, key: \.key, recordedAt: \.recordedAt)
        self.series = Self.withDerived(series, file, updatesByAction, currentCommitments).mapValues {
            $0.sorted(by: Point.inSeriesOrder)
        }
        self.disaggregatedDates = disaggregatedDates.mapValues { $0.sorted() }
        self.judged = judged.mapValues { $0.sorted(by: JudgedPoint.inSeriesOrder) }
    }

    /// These facts over another file of the same plan, whose records the reports list (a plan file with the whole
    /// public history of its progress data): the figures stay these facts', computed once by the store's set-based
    /// path, not again from the file.
    public func over(_ file: PlanFile) -> PlanFacts {
        var facts = self
        facts.file = file
        return facts
    }

    /// These facts with the current values of some indicators read anew (after values of theirs were recorded):
    /// `series`, `disaggregatedDates` and `judged` hold those indicators' values, as
    /// ``init(structure:series:disaggregatedDates:judged:)`` takes them; other indicators keep theirs. A derived indicator keeps its computed series (recorded values
    /// never replace it).
    public func replacingValues(
        of indicators: Set<String>, series: [String: [Point]], disaggregatedDates: [String: [CalendarDate]],
        judged: [String: [JudgedPoint]]
    ) -> PlanFacts {
        var facts = self
        let derived = Set(file.indicators.filter { $0.derived != nil }.map(\.code))
        for code in indicators {
            if !derived.contains(code) { facts.series[code] = series[code]?.sorted(by: Point.inSeriesOrder) }
            facts.disaggregatedDates[code] = disaggregatedDates[code]?.sorted()
            facts.judged[code] = judged[code]?.sorted(by: JudgedPoint.inSeriesOrder)
        }
        return facts
    }

    /// The facts of a plan file: its measurements and progress updates reduced to the current version of each key
    /// (``Supersession``, with the position in the file as the storage order).
    public init(file: PlanFile) {
        self.file = file
        self.progressUpdates = Supersession.current(file.progressUpdates, key: \.key, recordedAt: \.recordedAt)
        indicatorsByObjective = Self.indicatorsByObjective(file)
        (measuresByUnit, measuresByField) = Self.measuresByUnitAndField(file)
        updatesByAction = Dictionary(grouping: progressUpdates, by: \.action)
        currentCommitments = Supersession.current(file.commitments, key: \.key, recordedAt: \.recordedAt)
        var series: [String: [Point]] = [:]
        var disaggregated: [String: [CalendarDate]] = [:]
        var judged: [String: [JudgedPoint]] = [:]
        var includesPrivate = progressUpdates.contains { !$0.isPublic }
        for measurement in Supersession.current(file.measurements, key: \.key, recordedAt: \.recordedAt) {
            if !measurement.isPublic { includesPrivate = true }
            if !measurement.disaggregation.isEmpty {
                disaggregated[measurement.indicator, default: []].append(measurement.date)
            } else if let value = measurement.value {
                series[measurement.indicator, default: []].append(
                    Point(date: measurement.date, value: value, isNewMethod: measurement.isNewMethod))
            } else if let status = measurement.judgedStatus {
                judged[measurement.indicator, default: []].append(JudgedPoint(date: measurement.date, status: status))
            }
        }
        self.series = Self.withDerived(series, file, updatesByAction, currentCommitments).mapValues {
            $0.sorted(by: Point.inSeriesOrder)
        }
        self.disaggregatedDates = disaggregated.mapValues { $0.sorted() }
        self.judged = judged.mapValues { $0.sorted(by: JudgedPoint.inSeriesOrder) }
        includesPrivateValues = includesPrivate
    }

    /// The series with the values of derived indicators, computed from the plan's own data in place of typed ones
    /// and by the rules the reports use: the measures implemented (completed, by the rule of
    /// ``currentStatus(of:at:)``) at each date a measure's progress was reported; the continuing measures fully on
    /// calendar (``CommitmentRollUp``) in each year with commitments recorded, dated to the year.
    private static func withDerived(
        _ series: [String: [Point]], _ file: PlanFile, _ updatesByAction: [String: [ProgressUpdate]],
        _ commitments: [YearlyCommitment]
    ) -> [String: [Point]] {
        func status(_ action: Action, _ date: CalendarDate) -> Action.Status {
            latestUpdate(of: action.code, at: date, in: updatesByAction)?.status ?? action.status
        }
        var all = series
        for indicator in file.indicators {
            switch indicator.derived {
            case .measuresImplemented?:
                all[indicator.code] = Set(updatesByAction.values.flatMap { $0.map(\.date) }).sorted().map { date in
                    Point(date: date, value: Double(file.measures.filter { status($0, date) == .completed }.count))
                }
            case .measuresOnCalendar?:
                all[indicator.code] = Set(commitments.map(\.year)).sorted().compactMap { year in
                    let full = file.measures.filter { action in
                        CommitmentRollUp.counts(action, in: year, status: status(action, .endOfYear(year)))
                            && commitments.contains {
                                $0.action == action.code && $0.year == year && $0.percentMet == 100
                            }
                    }
                    return CalendarDate(partial: String(year)).map { Point(date: $0, value: Double(full.count)) }
                }
            case nil: continue
            }
        }
        return all
    }

    /// An action's latest progress update on or before a date.
    private static func latestUpdate(
        of action: String, at date: CalendarDate, in updatesByAction: [String: [ProgressUpdate]]
    ) -> ProgressUpdate? {
        (updatesByAction[action] ?? []).filter { $0.date <= date }.max { $0.date < $1.date }
    }

    /// The status of an action at a date: its latest progress update on or before it, else its recorded status.
    public func status(of action: Action, at date: CalendarDate) -> Action.Status {
        currentStatus(of: action, at: date).status
    }

    /// The status of an action at a date and where it comes from: the date of the progress update that set it, or nil
    /// when no update exists by then and the status is the one recorded with the action (as adopted).
    public func currentStatus(of action: Action, at date: CalendarDate) -> (status: Action.Status, since: CalendarDate?)
    {
        guard let latest = Self.latestUpdate(of: action.code, at: date, in: updatesByAction) else {
            return (action.status, nil)
        }
        return (latest.status, latest.date)
    }

    /// When an action is due: its end date, or, for an open-ended action, the plan's deadline (``planDeadline``).
    public func deadline(of action: Action) -> CalendarDate? {
        action.endDate ?? planDeadline
    }

    /// When the plan's open-ended actions are due: the end of its period; for an open-ended plan, the day before its
    /// successor starts, else its review date; nil when it has none of these (its open-ended actions are then never
    /// overdue, and are shown as having no deadline).
    public var planDeadline: CalendarDate? {
        file.plan.periodEnd ?? successorStart.map { $0.first.adding(days: -1) } ?? file.plan.reviewDate
    }

    /// Whether an action is overdue at a date: still to be done and past its deadline (``deadline(of:)``). The one
    /// definition every metric, list and report uses. A continuing measure is never overdue: it is judged by its
    /// yearly commitments.
    public func isOverdue(_ action: Action, at date: CalendarDate) -> Bool {
        !action.isContinuing && isActive(action, at: date) && (deadline(of: action).map { $0 < date } ?? false)
    }

    /// Whether a continuing measure is behind at a date: in the last year with its share met recorded (up to the
    /// date's year), it met less than 80 % of its commitments. Other measures are never behind (they are overdue).
    public func isBehind(_ action: Action, at date: CalendarDate) -> Bool {
        guard action.isContinuing else { return false }
        let assessed = currentCommitments.filter {
            $0.action == action.code && $0.year <= date.year && $0.percentMet != nil
        }
        guard let last = assessed.max(by: { $0.year < $1.year }), let met = last.percentMet else { return false }
        return met < 80
    }

    /// The current commitment of each continuing measure for a year (superseded versions left out), by action code.
    public func commitments(in year: Int) -> [String: YearlyCommitment] {
        Dictionary(
            currentCommitments.filter { $0.year == year }.map { ($0.action, $0) },
            uniquingKeysWith: { _, newer in newer })
    }

    /// Whether an action is still to be done at a date (planned, ongoing or delayed).
    public func isActive(_ action: Action, at date: CalendarDate) -> Bool {
        switch status(of: action, at: date) {
        case .planned, .ongoing, .delayed: true
        case .completed, .cancelled: false
        }
    }

    /// The standards an objective cites: its own, and those of its field of action (inherited).
    public func standards(of objective: Objective) -> [String] {
        let inherited = file.fields.first { $0.code == objective.field }?.standards ?? []
        return objective.standards + inherited.filter { !objective.standards.contains($0) }
    }

    /// The objectives the criteria judge: the plan's own, and for each field of action with measures directly under
    /// it (a plan of axes and initiatives) the field itself standing in for an objective — same code, title and
    /// standards — so that a plan without objectives is judged by its fields.
    public var objectiveUnits: [Objective] {
        let direct = Set(file.actions.compactMap(\.field))
        return file.objectives
            + file.fields.filter { direct.contains($0.code) }.map { field in
                var unit = Objective()
                (unit.code, unit.field, unit.title) = (field.code, field.code, field.title)
                return unit
            }
    }

    /// Whether an objective is a field standing in for one (``objectiveUnits``), not one of the plan's objectives.
    public func isStandIn(_ objective: Objective) -> Bool {
        !file.objectives.contains { $0.code == objective.code }
    }

    /// The indicators of an objective: attached to it, or to one of its actions.
    public func indicators(of objective: Objective) -> [Indicator] {
        indicatorsByObjective[objective.code] ?? []
    }

    /// The measures of an objective (or of a field's stand-in objective, ``objectiveUnits``), in the file's order.
    public func measures(ofUnit code: String) -> [Action] { measuresByUnit[code] ?? [] }

    /// The measures of a field of action: those of its objectives and those directly under it, in the file's order.
    public func measures(ofField code: String) -> [Action] { measuresByField[code] ?? [] }

    private static func measuresByUnitAndField(_ file: PlanFile) -> ([String: [Action]], [String: [Action]]) {
        let fieldOfObjective = Dictionary(
            file.objectives.map { ($0.code, $0.field) }, uniquingKeysWith: { first, _ in first })
        var byUnit: [String: [Action]] = [:], byField: [String: [Action]] = [:]
        for action in file.measures {
            if let unit = action.unitCode { byUnit[unit, default: []].append(action) }
            if let field = action.field ?? action.objective.flatMap({ fieldOfObjective[$0] }) {
                byField[field, default: []].append(action)
            }
        }
        return (byUnit, byField)
    }

    /// Each objective's indicators: those attached to it, and those attached to one of its actions.
    private static func indicatorsByObjective(_ file: PlanFile) -> [String: [Indicator]] {
        var objectivesOfAction: [String: Set<String>] = [:]
        for action in file.actions {
            // A measure directly under a field belongs to the field's stand-in objective (``objectiveUnits``).
            if let unit = action.unitCode { objectivesOfAction[action.code, default: []].insert(unit) }
        }
        var result: [String: [Indicator]] = [:]
        for indicator in file.indicators {
            var objectives = indicator.action.flatMap { objectivesOfAction[$0] } ?? []
            if let objective = indicator.objective { objectives.insert(objective) }
            for objective in objectives { result[objective, default: []].append(indicator) }
        }
        return result
    }
}
