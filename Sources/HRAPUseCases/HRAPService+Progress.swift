import CSVParsing
import HRAPCore
import JSONCoding
import HRAPStore

extension HRAPService {
    /// Records a measurement: appended, superseding the current value for its key, unless the value is unchanged.
    /// `valueGivenAsYesNo` says the value was typed as a yes/no word, which only a yes/no indicator takes.
    public func record(
        _ measurement: Measurement, valueGivenAsYesNo: Bool = false, plan: String, as principal: Principal
    ) throws -> ProgressOutcome {
        return try writing {
            try authorize(principal, .write, .progress, plan: plan)
            if try entriesAwaitApproval(plan: plan, by: principal) {
                let submission = try store.submit(
                    measurement, valueGivenAsYesNo: valueGivenAsYesNo, plan: plan, by: author(principal))
                return .awaitingApproval(submission)
            }
            return try store.record(
                measurement, valueGivenAsYesNo: valueGivenAsYesNo, plan: plan, by: author(principal))
        }
    }

    /// Records a progress update of an action: appended, superseding the update of the same date, unless unchanged.
    public func record(_ update: ProgressUpdate, plan: String, as principal: Principal) throws -> ProgressOutcome {
        return try writing {
            try authorize(principal, .write, .progress, plan: plan)
            if try entriesAwaitApproval(plan: plan, by: principal) {
                return .awaitingApproval(try store.submit(update, plan: plan, by: author(principal)))
            }
            return try store.record(update, plan: plan, by: author(principal))
        }
    }

    /// The current measurements of a plan (superseded corrections left out), optionally of one indicator.
    public func measurements(plan: String, indicator: String? = nil, as principal: Principal) throws -> [Measurement] {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .progress, plan: plan)
            let values = try store.current(Measurement.self, plan: plan, where: "indicator", is: indicator)
            return seesPrivate ? values : values.filter(\.isPublic)
        }
    }

    /// One page of a plan's current values (optionally of one indicator, dated on or after `from` and on or before
    /// `to`), in the order they were recorded, after the position `after` (0: from the start); private ones only for
    /// who may see them. The page's `next` continues the list; a value recorded meanwhile comes on a later page, and
    /// none is skipped.
    public func measurements(
        plan: String, indicator: String?, from: CalendarDate? = nil, to: CalendarDate? = nil, after: Int64,
        limit: Int, as principal: Principal
    ) throws -> Page<Measurement> {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .progress, plan: plan)
            let page = try store.currentPage(
                Measurement.self, plan: plan, where: "indicator", is: indicator, publicOnly: !seesPrivate, after: after,
                limit: limit
            ) { value in from.map { value.date >= $0 } ?? true && to.map { value.date <= $0 } ?? true }
            return Page(items: page.items, next: page.next)
        }
    }

    /// One page of a plan's current progress updates (optionally of one action), as ``measurements(plan:indicator:
    /// from:to:after:limit:as:)`` pages values.
    public func progressUpdates(
        plan: String, action: String?, after: Int64, limit: Int, as principal: Principal
    ) throws -> Page<ProgressUpdate> {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .progress, plan: plan)
            let page = try store.currentPage(
                ProgressUpdate.self, plan: plan, where: "action", is: action, publicOnly: !seesPrivate, after: after,
                limit: limit)
            return Page(items: page.items, next: page.next)
        }
    }

    /// The current progress updates of a plan, optionally of one action.
    public func progressUpdates(plan: String, action: String? = nil, as principal: Principal) throws -> [ProgressUpdate]
    {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .progress, plan: plan)
            let values = try store.current(ProgressUpdate.self, plan: plan, where: "action", is: action)
            return seesPrivate ? values : values.filter(\.isPublic)
        }
    }

    /// Every stored version of every value of an indicator, oldest first, marking which is current. Without the right
    /// to see private values, a value whose current version is private is left out with its whole history.
    public func history(indicator: String, plan: String, as principal: Principal) throws -> [MeasurementVersion] {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .progress, plan: plan)
            let versions = try store.history(indicator: indicator, plan: plan)
            guard !seesPrivate else { return versions }
            let hidden = Set(versions.filter { $0.isCurrent && !$0.measurement.isPublic }.map(\.measurement.key))
            return versions.filter { $0.measurement.isPublic && !hidden.contains($0.measurement.key) }
        }
    }

    /// Imports a spreadsheet into a plan, all or nothing (see ``PlanStore/importSheet``).
    public func importSheet(
        _ kind: SheetKind, bytes: [UInt8], source: String, plan: String, delimiter: UInt8?, as principal: Principal,
        allowingMoves: Bool = false, progress: ProgressHandler? = nil
    ) throws -> SheetImportSummary {
        return try writing {
            try guardSheetImport(kind, plan: plan, as: principal)
            return try store.importSheet(
                kind, bytes: bytes, source: source, plan: plan, delimiter: delimiter, by: author(principal),
                allowingMoves: allowingMoves, progress: progress)
        }
    }

    /// Imports a spreadsheet read in chunks (a large file), all or nothing, in memory that does not grow with the file
    /// (see ``PlanStore/importSheet(_:stream:source:plan:by:progress:)``).
    public func importSheet(
        _ kind: SheetKind, stream: CSVStream, source: String, plan: String, as principal: Principal,
        allowingMoves: Bool = false, progress: ProgressHandler? = nil
    ) throws -> SheetImportSummary {
        return try writing {
            try guardSheetImport(kind, plan: plan, as: principal)
            return try store.importSheet(
                kind, stream: stream, source: source, plan: plan, by: author(principal), allowingMoves: allowingMoves,
                progress: progress)
        }
    }

    private func guardSheetImport(_ kind: SheetKind, plan: String, as principal: Principal) throws {
        let resource: AccessRequest.Resource = kind == .measurements || kind == .progress ? .progress : .planRecord
        try authorize(principal, .write, resource, plan: plan)
        if resource == .progress, try entriesAwaitApproval(plan: plan, by: principal) {
            throw ServiceError.approvalRequired(plan: plan)
        }
    }

    /// The spreadsheet of one kind for a plan, in the columns ``importSheet`` reads.
    public func exportSheet(
        _ kind: SheetKind, plan: String, since: CalendarDate?, delimiter: UInt8, as principal: Principal
    ) throws -> String {
        var bytes: [UInt8] = []
        try exportSheet(kind, plan: plan, since: since, delimiter: delimiter, as: principal) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same spreadsheet emitted in chunks, each ending at the end of a row, read on one snapshot.
    public func exportSheet(
        _ kind: SheetKind, plan: String, since: CalendarDate?, delimiter: UInt8, as principal: Principal,
        emit: ([UInt8]) throws -> Void
    ) throws {
        try reading {
            let progress = kind == .measurements || kind == .progress
            let seesPrivate = try authorizeRead(principal, progress ? .progress : .planRecord, plan: plan)
            if progress, !seesPrivate {
                let request = AccessRequest(.read, .privateValues, plan: plan)
                throw ServiceError.forbidden(principal: principal.name, request: request)
            }
            try store.exportSheet(kind, plan: plan, since: since, delimiter: delimiter, emit: emit)
        }
    }

    /// Imports a validated plan file in one transaction; its assessment rounds are checked against the frameworks.
    /// `readProblems` are those found reading the file; with any, nothing is written and the problems only the
    /// database can find are added to them.
    public func importPlan(
        _ file: PlanFile, readProblems: [ValidationProblem] = [], source: String, as principal: Principal
    ) throws -> ImportSummary {
        return try writing {
            try importPlan(PlanFileStream(file, problems: readProblems), source: source, as: principal)
        }
    }

    /// Imports a plan file whose measurements and progress updates are read one at a time (``PlanFileStream``),
    /// under the same rules as a plan file read whole.
    public func importPlan(_ stream: PlanFileStream, source: String, as principal: Principal) throws -> ImportSummary {
        return try writing {
            let file = stream.structure
            try authorize(principal, .write, .plan, plan: file.plan.code, owner: file.plan.government)
            if try entriesAwaitApproval(plan: file.plan.code, by: principal) {
                throw ServiceError.approvalRequired(plan: file.plan.code)
            }
            let stored = try store.record(Plan.self, plan: nil, code: file.plan.code)
            try guardApprovalSetting(from: stored, to: file.plan, as: principal)
            let frameworks = file.assessments.isEmpty ? [] : try frameworks(as: principal)
            return try store.importPlan(
                stream, source: source, frameworks: frameworks, naming: namingRule(principal), by: author(principal))
        }
    }

    /// The whole plan as a plan file, with the history of its progress data; public records only
    /// (``PlanFile/publicRecords()``) for a principal who may not see private values.
    public func exportPlan(_ plan: String, as principal: Principal) throws -> PlanFile {
        return try reading {
            let seesPrivate = try authorizeRead(principal, .plan, plan: plan)
            var file = try store.exportPlan(plan)
            if !seesSealedRatings(principal, plan: plan) {
                file.assessments = file.assessments.map { $0.visible(to: $0.viewer(actor: principal.identity)) }
            }
            return seesPrivate ? file : file.publicRecords()
        }
    }

    /// The plan file ``exportPlan(_:as:)`` gives, as its pretty JSON (the same bytes as `JSONWriter.pretty` of it),
    /// emitted in chunks on one snapshot. For a reader who sees private values the progress data goes from rows to
    /// output one at a time; for others it is filtered to public records first, in memory.
    public func exportPlan(_ plan: String, as principal: Principal, emit: @escaping ([UInt8]) throws -> Void) throws {
        try reading {
            guard try authorizeRead(principal, .plan, plan: plan) else {
                return try emit(Array(JSONWriter.pretty(try exportPlan(plan, as: principal).encode()).utf8))
            }
            let sealed = !seesSealedRatings(principal, plan: plan)
            try store.exportPlan(
                plan,
                adjust: { file in
                    guard sealed else { return }
                    file.assessments = file.assessments.map { $0.visible(to: $0.viewer(actor: principal.identity)) }
                }, emit: emit)
        }
    }

    /// Audit rows, newest first. Rows of rating sheets the principal may not see in the round (``roundView``'s rule:
    /// others' drafts, and others' submissions while a blind round is open) are left out.
    public func audit(_ filter: AuditFilter, as principal: Principal) throws -> [AuditEntry] {
        return try reading {
            try authorize(principal, .read, .audit, plan: filter.plan)
            let entries = try store.audit(filter)
            guard !seesSealedRatings(principal, plan: filter.plan) else { return entries }
            let sheets = try store.auditedSheets(of: entries)
            var rounds: [String: Assessment] = [:]
            return try entries.filter { entry in
                guard let sheet = sheets[entry.id], let plan = entry.plan else { return true }
                let key = plan + " " + sheet.round
                if rounds[key] == nil { rounds[key] = try store.assessment(sheet.round, plan: plan) }
                guard let round = rounds[key] else { return false }
                return round.visible(to: round.viewer(actor: principal.identity)).sheets.contains {
                    $0.reviewer == sheet.reviewer && $0.number == sheet.number
                }
            }
        }
    }

    /// Whether the principal sees every rating sheet of a plan's rounds, drafts and sealed submissions included.
    func seesSealedRatings(_ principal: Principal, plan: String?) -> Bool {
        policy.permits(principal, AccessRequest(.read, .sealedRatings, plan: plan))
    }
}
