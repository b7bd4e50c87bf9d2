import HRAPCore
import HRAPStore

extension HRAPService {
    /// Publishes a plan's annual report for a year: its frozen files (rendered by the surface from public values),
    /// in one transaction with its audit row. Whoever may change the plan may publish; a year whose report is
    /// published and not withdrawn is refused.
    public func publishReport(
        plan: String, year: Int, asOf: CalendarDate, files: [ReportPublication.File], as principal: Principal
    ) throws -> ReportPublication {
        try writing {
            try authorize(principal, .write, .plan, plan: plan)
            guard !files.isEmpty else {
                throw ValidationError(
                    source: "the report",
                    problems: [ValidationProblem(path: "files", code: .required, message: "a report has files")])
            }
            let publication = ReportPublication(
                plan: plan, year: year, asOf: asOf, published: clock(), publishedBy: principal.name)
            return try store.publish(publication, files: files, by: author(principal))
        }
    }

    /// Withdraws the published report of a year, saying why; it stays listed as withdrawn, with the reason.
    public func withdrawReport(plan: String, year: Int, reason: String, as principal: Principal) throws
        -> ReportPublication
    {
        try writing {
            try authorize(principal, .write, .plan, plan: plan)
            do throws(FieldError) {
                _ = try FieldCodec<String>.longText.decode(.string(reason))
            } catch {
                let message = error.code == .required ? "say why it is withdrawn" : error.message
                throw ValidationError(
                    source: "the withdrawal",
                    problems: [ValidationProblem(path: "reason", code: error.code, message: message)])
            }
            return try store.withdraw(plan: plan, year: year, reason: reason, by: author(principal))
        }
    }

    /// A plan's published reports, newest first, withdrawn ones too: for anyone who may read the plan.
    public func reportPublications(plan: String, as principal: Principal) throws -> [ReportPublication] {
        try reading {
            try authorize(principal, .read, .plan, plan: plan)
            return try store.publications(plan: plan)
        }
    }

    /// One frozen file of a year's live published report; not found for a withdrawn report or an unknown path.
    public func publishedFile(plan: String, year: Int, path: String, as principal: Principal) throws
        -> ReportPublication.File
    {
        try reading {
            try authorize(principal, .read, .plan, plan: plan)
            guard let live = try store.publications(plan: plan).first(where: { $0.year == year && $0.isLive }),
                let file = try store.publishedFile(publication: live.id, path: path)
            else { throw ServiceError.notFound(entity: "published report file", label: "\(year)/\(path)", known: []) }
            return file
        }
    }
}
