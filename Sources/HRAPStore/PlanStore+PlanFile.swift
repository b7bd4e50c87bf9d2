import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Imports a validated plan file in one transaction: records are matched by code (or key) and created,
    /// updated or left unchanged; measurements and progress updates are appended as corrections only when
    /// their value changed; assessment rounds are imported whole, once, against `frameworks`. Records absent from the
    /// file are kept. On any problem nothing is written.
    ///
    /// `readProblems` are the problems found reading the file (``PlanFile/decode(_:)``): when there are any, the
    /// problems only the database can find (the predecessor) are added and all are thrown together, writing nothing.
    public func importPlan(
        _ file: PlanFile, readProblems: [ValidationProblem] = [], source: String, frameworks: [Framework] = [],
        naming: PlanReferenceRule = { _ in true }, by author: Authorship
    ) throws -> ImportSummary {
        try importPlan(
            PlanFileStream(file, problems: readProblems), source: source, frameworks: frameworks, naming: naming,
            by: author)
    }

    /// Imports a plan file whose measurements and progress updates are read one at a time (``PlanFileStream``), as
    /// ``importPlan(_:readProblems:source:frameworks:by:)`` imports one read whole: memory holds the structure and
    /// the problems (at most ``ProblemLog/limit``), not the progress data. When the structure shows problems, the
    /// records are still read for theirs, and nothing is written. `naming` says which plans the file's plan may name
    /// as its predecessor.
    public func importPlan(
        _ stream: PlanFileStream, source: String, frameworks: [Framework] = [],
        naming: PlanReferenceRule = { _ in true }, by author: Authorship
    ) throws -> ImportSummary {
        let file = stream.structure
        guard stream.problems.isEmpty else {
            var log = ProblemLog()
            log += stream.problems
            try stream.forEachMeasurement { _, _, found in log += found }
            try stream.forEachProgressUpdate { _, _, found in log += found }
            log += try reading { db in
                try Self.predecessorProblems(of: file.plan, path: "$.plan.predecessor", naming: naming, db)
            }
            throw StoreError.invalid(ValidationError(source: source, problems: log.problems, omitted: log.omitted))
        }
        return try writing { db in
            var summary = ImportSummary()
            var problems: [ValidationProblem] = []
            summary.count(
                "government", try Government.table.save(db, file.government, plan: nil, by: author),
                path: "$.government", problems: &problems)
            problems += try Self.predecessorProblems(of: file.plan, path: "$.plan.predecessor", naming: naming, db)
            let before = try Plan.table.fetch(db, identity: [.text(file.plan.code)], plan: nil)?.predecessor
            summary.count(
                "plan", try Plan.table.save(db, file.plan, plan: nil, by: author), path: "$.plan", problems: &problems)
            try Self.auditSuccession(of: file.plan, before: before, db, by: author)
            let plan = try Self.plan(file.plan.code, in: db).ref
            var importer = SectionImporter(db: db, stream: stream, plan: plan, author: author, source: source)
            try PlanSections.walk(&importer)
            summary.sections += importer.summary.sections
            problems += importer.problems
            var assessmentProblems: [ValidationProblem] = []
            try AssessmentImporter(
                db: db, plan: plan, government: file.government, frameworks: frameworks, author: author
            )
            .write(file, into: &summary, problems: &assessmentProblems)
            let rows = importer.rowProblems
            if !problems.isEmpty || !rows.isEmpty || !assessmentProblems.isEmpty {
                let all = problems + rows.problems + assessmentProblems
                throw StoreError.invalid(ValidationError(source: source, problems: all, omitted: rows.omitted))
            }
            try Self.checkIntegrity(db, plan: plan)
            return summary
        }
    }

    /// Everything recorded about a plan, as a plan file.
    public func exportPlan(_ code: String) throws -> PlanFile {
        try reading { db in try Self.planFile(code, in: db, progress: true) }
    }

    /// Everything recorded about a plan, written as the plan file's pretty JSON (the bytes of
    /// `JSONWriter.pretty(exportPlan(code).encode())`) and emitted in chunks: measurements and progress updates go
    /// from their rows to the output one at a time, so a plan of a million values is never whole in memory. `adjust`
    /// may change the rest of the file (its structure and assessments) before it is written.
    public func exportPlan(
        _ code: String, adjust: (inout PlanFile) -> Void = { _ in }, emit: @escaping ([UInt8]) throws -> Void
    ) throws {
        try reading { db in
            var file = try Self.planFile(code, in: db, progress: false)
            let plan = try Self.plan(code, in: db).ref
            let rows = AssessmentRows(db: db)
            file.assessments = try rows.rounds(plan: plan).map(\.round)
            file.recommendationResponses = try rows.responses(plan: plan)
            adjust(&file)
            guard case .object(let members) = file.encode() else { return }
            let stream = PrettyJSONStream(emit: emit)
            for (key, value) in members {
                switch key {
                case Measurement.collection:
                    try stream.arrayMember(key) { element in
                        try Measurement.table.forEachRecord(db, plan: plan) {
                            try element(Measurement.schema.encode($1))
                        }
                    }
                case ProgressUpdate.collection:
                    try stream.arrayMember(key) { element in
                        try ProgressUpdate.table.forEachRecord(db, plan: plan) {
                            try element(ProgressUpdate.schema.encode($1))
                        }
                    }
                default: try stream.member(key, value)
                }
            }
            try stream.finish()
        }
    }

    /// Reads a plan; with `progress` false, leaves measurements and progress updates out.
    static func planFile(_ code: String, in db: Database, progress: Bool) throws -> PlanFile {
        let (ref, plan) = try Self.plan(code, in: db)
        var file = PlanFile()
        file.plan = plan
        guard
            let government = try Government.table.fetchAll(db, plan: nil).first(where: {
                $0.record.code == plan.government
            })
        else {
            throw StoreError.corrupt("plan \(code) names government \(plan.government), which is missing")
        }
        file.government = government.record
        var exporter = SectionExporter(db: db, plan: ref, file: file)
        try PlanSections.walk(&exporter, progress: progress)
        file = exporter.file
        if progress {
            let rows = AssessmentRows(db: db)
            file.assessments = try rows.rounds(plan: ref).map(\.round)
            file.recommendationResponses = try rows.responses(plan: ref)
        }
        return file
    }

    /// Checks the plan as stored after a write (records kept from before plus those written), so a
    /// partial file cannot leave references dangling; throws with every problem.
    static func checkIntegrity(_ db: Database, plan: PlanRef) throws {
        let stored = try planFile(plan.code, in: db, progress: false)
        let problems = PlanValidator(stored).problems()
        guard problems.isEmpty else {
            throw StoreError.invalid(ValidationError(source: "plan \(plan.code) after the change", problems: problems))
        }
    }
}

extension ImportSummary {
    /// Adds one write's outcome to its section's counts; a conflict becomes a problem at `path`.
    mutating func count(_ section: String, _ outcome: WriteOutcome, path: String, problems: inout [ValidationProblem]) {
        var counts = sections.last?.name == section ? sections.removeLast().counts : Counts()
        switch outcome {
        case .created: counts.created += 1
        case .updated: counts.updated += 1
        case .appended: counts.appended += 1
        case .unchanged: counts.unchanged += 1
        case .conflict(let message, let field, let code):
            problems.append(
                ValidationProblem(path: path + (field.map { ".\($0)" } ?? ""), code: code, message: message))
        }
        sections.append((section, counts))
    }
}

/// Writes each section of a plan file, counting outcomes and collecting conflicts.
private struct SectionImporter: PlanSectionVisitor {
    let db: Database
    let stream: PlanFileStream
    let plan: PlanRef
    let author: Authorship
    let source: String
    var summary = ImportSummary()
    /// Conflicts of the records kept one row per identity.
    var problems: [ValidationProblem] = []
    /// Problems and conflicts of the measurements and progress updates, which may be many.
    var rowProblems = ProblemLog()

    mutating func visitMeasurements() throws {
        let batch = MeasurementBatch(db: db, plan: plan, author: author, source: source)
        summary.sections.append((Measurement.sectionName, try batch.write(stream, problems: &rowProblems)))
    }

    mutating func visitProgressUpdates() throws {
        let batch = AppendOnlyBatch<ProgressUpdate>(db: db, plan: plan, author: author, source: source)
        let counts = try batch.write(stream.forEachProgressUpdate, problems: &rowProblems)
        summary.sections.append((ProgressUpdate.sectionName, counts))
    }

    mutating func visit<R: PlanRecord>(_ type: R.Type) throws {
        let records = stream.structure[keyPath: R.section]
        if records.isEmpty { summary.sections.append((R.sectionName, .init())) }
        for (index, record) in records.enumerated() {
            let outcome = try R.table.save(db, record, plan: plan, by: author)
            summary.count(R.sectionName, outcome, path: "$.\(R.sectionName)[\(index)]", problems: &problems)
        }
    }
}

/// Reads each section of a stored plan into a plan file.
private struct SectionExporter: PlanSectionVisitor {
    let db: Database
    let plan: PlanRef
    var file: PlanFile

    mutating func visit<R: PlanRecord>(_ type: R.Type) throws {
        file[keyPath: R.section] = try R.table.fetchAll(db, plan: plan).map(\.record)
    }
}
