import HRAPCore
import JSONCoding
import SQLiteStore

extension PlanStore {
    /// Stores a published report with its frozen files and an audit row; a year with a live publication is refused
    /// (withdraw it first).
    public func publish(_ publication: ReportPublication, files: [ReportPublication.File], by author: Authorship)
        throws -> ReportPublication
    {
        try writing { db in
            let plan = try Self.plan(publication.plan, in: db).ref
            if try db.scalar(
                "SELECT 1 FROM report_publications WHERE plan_id = ? AND year = ? AND withdrawn_at IS NULL",
                [.integer(plan.id), .integer(Int64(publication.year))]) != nil
            {
                throw StoreError.duplicate(entity: "published report", code: String(publication.year))
            }
            try db.run(
                """
                INSERT INTO report_publications (plan_id, year, as_of, published_at, published_by)
                VALUES (?, ?, ?, ?, ?)
                """,
                [
                    .integer(plan.id), .integer(Int64(publication.year)), .text(publication.asOf.description),
                    .text(author.time.description), .text(author.actor),
                ])
            var stored = publication
            (stored.id, stored.published, stored.publishedBy) = (db.lastInsertedRowID, author.time, author.actor)
            for file in files {
                try db.run(
                    "INSERT INTO report_files (publication, path, content_type, body) VALUES (?, ?, ?, ?)",
                    [.integer(stored.id), .text(file.path), .text(file.contentType), .blob(file.body)])
            }
            stored.paths = files.map(\.path)
            try AuditLog.record(
                db, .create, entity: "report_publication", id: stored.id, plan: plan.code,
                label: String(publication.year), before: nil, after: Self.json(stored), by: author)
            return stored
        }
    }

    /// Withdraws the live publication of a year, with the reason, audited.
    public func withdraw(plan code: String, year: Int, reason: String, by author: Authorship) throws
        -> ReportPublication
    {
        try writing { db in
            guard let live = try Self.publications(db, plan: code).first(where: { $0.year == year && $0.isLive }) else {
                throw StoreError.notFound(entity: "published report", code: String(year), known: [])
            }
            try db.run(
                "UPDATE report_publications SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? WHERE id = ?",
                [.text(author.time.description), .text(author.actor), .text(reason), .integer(live.id)])
            var withdrawn = live
            (withdrawn.withdrawn, withdrawn.withdrawnBy, withdrawn.withdrawalReason) = (
                author.time, author.actor, reason
            )
            try AuditLog.record(
                db, .update, entity: "report_publication", id: live.id, plan: code, label: String(year),
                before: Self.json(live), after: Self.json(withdrawn), by: author)
            return withdrawn
        }
    }

    /// A plan's publications, newest first, with their files' paths.
    public func publications(plan code: String) throws -> [ReportPublication] {
        try reading { db in try Self.publications(db, plan: code) }
    }

    /// One frozen file of a publication.
    public func publishedFile(publication id: Int64, path: String) throws -> ReportPublication.File? {
        try reading { db in
            var found: ReportPublication.File?
            try db.forEachRow(
                "SELECT content_type, body FROM report_files WHERE publication = ? AND path = ?",
                [.integer(id), .text(path)]
            ) { row in
                found = ReportPublication.File(
                    path: path, contentType: row.text(at: 0) ?? "", body: Self.bytes(row.value(at: 1)))
            }
            return found
        }
    }

    private static func publications(_ db: Database, plan code: String) throws -> [ReportPublication] {
        let plan = try Self.plan(code, in: db).ref
        var paths: [Int64: [String]] = [:]
        try db.forEachRow(
            """
            SELECT publication, path FROM report_files WHERE publication IN
              (SELECT id FROM report_publications WHERE plan_id = ?) ORDER BY publication, path
            """, [.integer(plan.id)]
        ) { row in paths[row.integer(at: 0) ?? 0, default: []].append(row.text(at: 1) ?? "") }
        var found: [ReportPublication] = []
        try db.forEachRow(
            """
            SELECT id, year, as_of, published_at, published_by, withdrawn_at, withdrawn_by, withdrawal_reason
            FROM report_publications WHERE plan_id = ? ORDER BY id DESC
            """, [.integer(plan.id)]
        ) { row in
            guard let asOf = row.text(at: 2).flatMap({ CalendarDate($0) }),
                let published = row.text(at: 3).flatMap(Timestamp.init)
            else { throw StoreError.corrupt("a published report's dates") }
            var publication = ReportPublication(
                plan: code, year: Int(row.integer(at: 1) ?? 0), asOf: asOf, published: published,
                publishedBy: row.text(at: 4) ?? "")
            publication.id = row.integer(at: 0) ?? 0
            (publication.withdrawn, publication.withdrawnBy) = (
                row.text(at: 5).flatMap(Timestamp.init), row.text(at: 6)
            )
            publication.withdrawalReason = row.text(at: 7)
            publication.paths = paths[publication.id] ?? []
            found.append(publication)
        }
        return found
    }

    private static func bytes(_ value: SQLiteValue) -> [UInt8] {
        switch value {
        case .blob(let bytes): bytes
        case .text(let text): Array(text.utf8)
        default: []
        }
    }

    private static func json(_ publication: ReportPublication) -> JSONValue {
        .object([
            ("year", .integer(Int64(publication.year))), ("as_of", .string(publication.asOf.description)),
            ("files", .integer(Int64(publication.paths.count))),
            ("withdrawn_at", publication.withdrawn.map { .string($0.description) } ?? .null),
            ("withdrawal_reason", publication.withdrawalReason.map(JSONValue.string) ?? .null),
        ])
    }
}
