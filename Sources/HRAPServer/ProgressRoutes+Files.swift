import CSVParsing
import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

extension ProgressRoutes {
    private static let kindSchema: JSONValue = .object([
        ("type", .string("string")), ("enum", .array(SheetKind.allCases.map { .string($0.rawValue) })),
    ])

    /// Spreadsheets of measurements, progress updates, budget lines or indicators: the CLI's columns and rules.
    static func sheets() -> [APIRoute] {
        [
            APIRoute(
                method: "GET", pattern: PathPattern(plan + "/sheets/{kind}"), operationID: "exportSheet",
                summary: "A spreadsheet (CSV) of the plan's measurements, progress, budget or indicators.",
                tag: "Spreadsheets",
                query: [
                    .init(
                        name: "since",
                        description: "Only values dated on or after this day (measurements, progress).",
                        schema: .object([("type", .string("string")), ("format", .string("date"))]))
                ],
                success: (200, nil, "text/csv")
            ) { request in
                let kind = try sheetKind(request)
                let since = try request.date("since")
                let text = try request.service.exportSheet(
                    kind, plan: request.path("plan"), since: since, delimiter: UInt8(ascii: ","), as: request.principal)
                return HTTPResponse(status: .ok, contentType: "text/csv; charset=utf-8", body: text)
            },
            APIRoute(
                method: "POST", pattern: PathPattern(plan + "/sheets/{kind}"), operationID: "importSheet",
                summary:
                    "Import a spreadsheet (CSV, up to 64 MiB; as text/csv or application/octet-stream), all or "
                    + "nothing; every bad row is listed.",
                tag: "Spreadsheets", body: .csv, success: (200, Schemas.ref("ImportResult"), "application/json"),
                errors: [413, 415]
            ) { request in
                let kind = try sheetKind(request)
                try request.requireMediaType("text/csv", or: "application/octet-stream")
                let summary = try request.service.importSheet(
                    kind, stream: CSVStream(next: request.bodyChunks()), source: "the uploaded \(kind.rawValue) sheet",
                    plan: request.path("plan"), as: request.principal)
                return Reply.json(
                    .object([
                        ("rows", .integer(Int64(summary.rows))), ("inserted", .integer(Int64(summary.inserted))),
                        ("corrected", .integer(Int64(summary.corrected))),
                        ("dialect", .string(summary.semicolons ? "semicolon" : "comma")),
                        (
                            "unchanged",
                            .integer(Int64(summary.unchanged))
                        ),
                    ]))
            },
        ]
    }

    private static func sheetKind(_ request: APIRequest) throws -> SheetKind {
        guard let kind = SheetKind(rawValue: request.path("kind")) else {
            let kinds = SheetKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.notFound("spreadsheet '\(request.path("kind"))' (\(kinds))")
        }
        return kind
    }

    /// Whole plans as plan files.
    static func planFiles() -> [APIRoute] {
        [
            .get(
                plan + "/file", "exportPlan", "The whole plan as a plan file, with the history of its progress data.",
                tag: "Plan files", schema: Schemas.ref("PlanFile")
            ) { request in
                Reply.json(try request.service.exportPlan(request.path("plan"), as: request.principal).encode())
            },
            .write(
                "POST", APIRoutes.base + "/plan-files", "importPlan",
                "Import a plan file (up to 64 MiB), all or nothing; re-importing an edited file updates, "
                    + "never duplicates.",
                tag: "Plan files", body: Schemas.ref("PlanFile"), schema: Schemas.ref("ImportResult"),
                errors: [409, 413]
            ) { request in
                try request.requireMediaType("application/json")
                let stream = try request.readingJSON { try PlanFileStream.read { request.bodyChunks() } }
                let file = stream.structure
                let summary = try request.readingJSON {
                    try request.service.importPlan(stream, source: "the uploaded plan file", as: request.principal)
                }
                return Reply.json(
                    .object([
                        ("plan", .string(file.plan.code)), ("unchanged", .bool(summary.isUnchanged)),
                        (
                            "sections",
                            .object(
                                summary.sections.map { section in
                                    (
                                        section.name,
                                        .object([
                                            ("created", .integer(Int64(section.counts.created))),
                                            ("updated", .integer(Int64(section.counts.updated))),
                                            ("appended", .integer(Int64(section.counts.appended))),
                                            ("unchanged", .integer(Int64(section.counts.unchanged))),
                                        ])
                                    )
                                })
                        ),
                    ]))
            },
        ]
    }
}
