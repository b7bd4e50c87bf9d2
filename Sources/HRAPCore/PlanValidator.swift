/// Checks the rules that span records of a plan: unique codes, references that resolve,
/// disaggregations by declared grounds, yes/no values.
public struct PlanValidator {
    private let file: PlanFile

    /// A validator for one plan file.
    public init(_ file: PlanFile) {
        self.file = file
    }

    /// Every problem, with JSON paths into the plan file: those of its structure, then those of each measurement
    /// and progress update (``ProgressRowCheck``).
    public func problems() -> [ValidationProblem] {
        var problems = structureProblems(), check = ProgressRowCheck(file)
        for (index, measurement) in file.measurements.enumerated() {
            problems += check.problems(of: measurement, at: index)
        }
        for (index, update) in file.progressUpdates.enumerated() {
            problems += check.problems(of: update, at: index)
        }
        return problems
    }

    /// Translations are keyed by language tags (`eu`, `fr-CA`), none in the plan's own language.
    public func translationProblems() -> [ValidationProblem] {
        let own = file.plan.language.map(FieldCodec<String>.primaryLanguage)
        func check(_ map: [String: String], _ path: String) -> [ValidationProblem] {
            map.keys.sorted().compactMap { tag in
                do throws(FieldError) {
                    _ = try FieldCodec<String>.language.decode(.string(tag))
                } catch {
                    return .init(path: "\(path).\(tag)", code: error.code, message: error.message)
                }
                guard FieldCodec<String>.primaryLanguage(of: tag) != own else {
                    return .init(
                        path: "\(path).\(tag)", code: .inconsistent,
                        message: "is the plan's own language: the title itself is in it")
                }
                return nil
            }
        }
        var problems = check(file.plan.titleTranslations, "$.plan.title_translations")
        for (index, field) in file.fields.enumerated() {
            problems += check(field.titleTranslations, "$.fields[\(index)].title_translations")
        }
        for (index, objective) in file.objectives.enumerated() {
            problems += check(objective.titleTranslations, "$.objectives[\(index)].title_translations")
        }
        for (index, action) in file.actions.enumerated() {
            problems += check(action.titleTranslations, "$.actions[\(index)].title_translations")
        }
        for (index, indicator) in file.indicators.enumerated() {
            problems += check(indicator.nameTranslations, "$.indicators[\(index)].name_translations")
        }
        return problems
    }

    /// The problems of every section but the measurements and progress updates, which a stream checks one at a time.
    public func structureProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let (fieldCodes, actionCodes) = (Set(file.fields.map(\.code)), Set(file.actions.map(\.code)))
        for (index, narrative) in file.narratives.enumerated() {
            problems += narrative.problems(fields: fieldCodes, actions: actionCodes, path: "$.narratives[\(index)]")
        }
        problems += translationProblems()
        let measures = Dictionary(file.actions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, commitment) in file.commitments.enumerated() {
            problems += commitment.problems(actions: measures, path: "$.commitments[\(index)]")
        }
        func unique<R>(_ records: [R], _ section: String, key: (R) -> String, what: String = "code") {
            var seen: [String: Int] = [:]
            for (index, record) in records.enumerated() {
                let value = key(record)
                if let first = seen[value] {
                    problems.append(
                        .init(
                            path: "$.\(section)[\(index)]", code: .duplicate,
                            message: "duplicate \(what) '\(value)' (first at $.\(section)[\(first)])"))
                } else {
                    seen[value] = index
                }
            }
        }
        unique(file.orgUnits, "org_units", key: \.code)
        unique(file.standards, "standards", key: \.code)
        unique(file.fields, "fields", key: \.code)
        unique(file.objectives, "objectives", key: \.code)
        unique(file.actions, "actions", key: \.code)
        unique(file.indicators, "indicators", key: \.code)
        unique(file.participationEvents, "participation_events", key: \.code)
        unique(file.bodies, "bodies", key: \.code)
        unique(file.reports, "reports", key: \.code)
        unique(file.evaluations, "evaluations", key: \.code)
        unique(
            file.notApplicable, "not_applicable", key: { "\($0.framework) \($0.encouragement) \($0.criterion ?? "")" },
            what: "framework, encouragement and criterion")
        unique(
            file.budgetLines, "budget_lines", key: \.key,
            what: "action or package, fiscal year, funding source and budget code")
        func uniqueExternalIDs<R>(_ records: [R], _ section: String, _ key: (R) -> String?) {
            var seen: [String: Int] = [:]
            for (index, record) in records.enumerated() {
                guard let value = key(record) else { continue }
                if let first = seen.updateValue(seen[value] ?? index, forKey: value) {
                    problems.append(
                        .init(
                            path: "$.\(section)[\(index)].external_id", code: .duplicate,
                            message:
                                "duplicate external id '\(value)' (first at $.\(section)[\(first)]); it must be unique in the plan"
                        ))
                }
            }
        }
        uniqueExternalIDs(file.actions, "actions", \.externalID)
        uniqueExternalIDs(file.indicators, "indicators", \.externalID)
        uniqueExternalIDs(file.budgetLines, "budget_lines", \.externalID)

        let units = Set(file.orgUnits.map(\.code))
        let standards = Set(file.standards.map(\.code))
        let fields = Set(file.fields.map(\.code))
        let objectives = Set(file.objectives.map(\.code))
        let actions = Set(file.actions.map(\.code))
        let bodies = Set(file.bodies.map(\.code))

        func resolve(_ code: String?, in known: Set<String>, _ what: String, _ path: String) {
            guard let code, !code.isEmpty, !known.contains(code) else { return }
            problems.append(.init(path: path, code: .unknownReference, message: "no \(what) with code '\(code)'"))
        }
        func resolveAll(_ codes: [String], in known: Set<String>, _ what: String, _ path: String) {
            for (index, code) in codes.enumerated() { resolve(code, in: known, what, "\(path)[\(index)]") }
        }

        if file.plan.government != file.government.code {
            problems.append(
                .init(
                    path: "$.plan.government", code: .inconsistent,
                    message: "must be the code of $.government ('\(file.government.code)')"))
        }
        resolve(file.plan.coordinatingBody, in: bodies, "body", "$.plan.coordinating_body")
        for (index, field) in file.fields.enumerated() {
            resolveAll(field.standards, in: standards, "standard", "$.fields[\(index)].standards")
        }
        for (index, objective) in file.objectives.enumerated() {
            resolve(objective.field, in: fields, "field of action", "$.objectives[\(index)].field")
            resolveAll(objective.standards, in: standards, "standard", "$.objectives[\(index)].standards")
        }
        for (index, action) in file.actions.enumerated() {
            let path = "$.actions[\(index)]"
            resolve(action.objective, in: objectives, "objective", "\(path).objective")
            resolve(action.field, in: fields, "field of action", "\(path).field")
            resolve(action.leadUnit, in: units, "org unit", "\(path).lead_unit")
            resolveAll(action.partnerUnits, in: units, "org unit", "\(path).partner_units")
            resolveAll(action.standards, in: standards, "standard", "\(path).standards")
        }
        for (index, indicator) in file.indicators.enumerated() {
            let path = "$.indicators[\(index)]"
            resolve(indicator.objective, in: objectives, "objective", "\(path).objective")
            resolve(indicator.action, in: actions, "action", "\(path).action")
            resolveAll(indicator.standards, in: standards, "standard", "\(path).standards")
        }
        for (index, line) in file.budgetLines.enumerated() {
            resolve(line.action, in: actions, "action", "$.budget_lines[\(index)].action")
            resolve(line.field, in: fields, "field of action", "$.budget_lines[\(index)].field")
        }
        for (index, evaluation) in file.evaluations.enumerated() {
            for (offset, recommendation) in evaluation.recommendations.enumerated() {
                resolve(
                    recommendation.followUpAction, in: actions, "action",
                    "$.evaluations[\(index)].recommendations[\(offset)].follow_up_action")
            }
        }
        problems += Self.unitHierarchyProblems(file.orgUnits)
        return problems
    }

    /// The problems of one measurement against its indicator (nil when the code is unknown); `location` turns a
    /// field name into the path the caller reports (a JSON path, a line and column, an option).
    ///
    /// `valueGivenAsYesNo` says the value was typed as a yes/no word (`yes`, `no`, `true`, …), which only a yes/no
    /// indicator takes.
    public static func problems(
        of measurement: Measurement, indicator: Indicator?, valueGivenAsYesNo: Bool = false,
        location: (String) -> String
    ) -> [ValidationProblem] {
        guard let indicator else {
            return [
                .init(
                    path: location("indicator"), code: .unknownReference,
                    message: "no indicator with code '\(measurement.indicator)'")
            ]
        }
        var problems: [ValidationProblem] = []
        if let derived = indicator.derived {
            problems.append(
                .init(
                    path: location("indicator"), code: .notAllowed,
                    message: "indicator \(indicator.code) is derived (\(derived.rawValue)): hrap computes its values"))
        }
        if valueGivenAsYesNo, indicator.valueType != .yesNo {
            problems.append(
                .init(
                    path: location("value"), code: .invalidValue,
                    message: "yes/no is for yes/no indicators; indicator \(indicator.code) takes a number"))
        }
        if indicator.valueType == .yesNo, let value = measurement.value, value != 0, value != 1 {
            problems.append(
                .init(
                    path: location("value"), code: .invalidValue,
                    message: "indicator \(indicator.code) is yes/no: give 1 (yes) or 0 (no)"))
        }
        problems += kindProblems(of: measurement, indicator: indicator, location: location)
        let declared = Set(indicator.disaggregation.map(\.rawValue))
        for ground in measurement.disaggregation.keys.sorted() where !declared.contains(ground) {
            let allowed =
                declared.isEmpty ? "it declares none" : "it declares " + declared.sorted().joined(separator: ", ")
            problems.append(
                .init(
                    path: location("disaggregation.\(ground)"), code: .notAllowed,
                    message: "indicator \(indicator.code) is not disaggregated by '\(ground)' (\(allowed))"))
        }
        return problems
    }
}

extension PlanValidator {
    /// A qualitative indicator takes a judged status, the others a value.
    static func kindProblems(
        of measurement: Measurement, indicator: Indicator, location: (String) -> String
    ) -> [ValidationProblem] {
        let qualitative = indicator.valueType == .qualitative
        if qualitative, measurement.value != nil {
            return [
                .init(
                    path: location("value"), code: .notAllowed,
                    message:
                        "indicator \(indicator.code) is qualitative: give judged_status (achieved, on_track, at_risk, off_track)"
                )
            ]
        }
        if !qualitative, measurement.judgedStatus != nil {
            return [
                .init(
                    path: location("judged_status"), code: .notAllowed,
                    message: "indicator \(indicator.code) takes a value; judged_status is for qualitative indicators")
            ]
        }
        return []
    }

    /// History names who recorded a value and when, or neither (then the importer and the time of import are
    /// recorded): `recorded_at` without `recorded_by`, or the reverse, is a problem at the field's path (`path(field)`).
    public static func authorshipProblems(
        _ recordedAt: Timestamp?, _ recordedBy: String?, path: (String) -> String
    ) -> [ValidationProblem] {
        switch (recordedAt, recordedBy) {
        case (.some, nil):
            [
                .init(
                    path: path("recorded_by"), code: .required,
                    message: "is required with recorded_at: who recorded the value then")
            ]
        case (nil, .some):
            [
                .init(
                    path: path("recorded_at"), code: .required,
                    message: "is required with recorded_by: when the value was recorded")
            ]
        default: []
        }
    }
}

extension PlanValidator {
    /// A unit's parent must be another unit of the plan, and following parents must never come back to a unit.
    static func unitHierarchyProblems(_ units: [OrgUnit]) -> [ValidationProblem] {
        let parents = Dictionary(units.map { ($0.code, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var problems: [ValidationProblem] = []
        for (index, unit) in units.enumerated() {
            guard let parent = unit.parent else { continue }
            let path = "$.org_units[\(index)].parent"
            guard parents.keys.contains(parent), parent != unit.code else {
                problems.append(
                    .init(path: path, code: .unknownReference, message: "no other org unit with code '\(parent)'"))
                continue
            }
            var seen: Set<String> = [unit.code], next: String? = parent
            while let code = next {
                if !seen.insert(code).inserted {
                    problems.append(
                        .init(
                            path: path, code: .inconsistent,
                            message: "the units' parents go round in a circle through '\(code)'"))
                    break
                }
                next = parents[code] ?? nil
            }
        }
        return problems
    }
}
