import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// Measurements, progress updates, their history, spreadsheets and plan files.
enum ProgressRoutes {
    static let plan = APIRoutes.base + "/plans/{plan}"

    static func routes() -> [APIRoute] {
        [listMeasurements(), recordMeasurement(), history(), listUpdates(), recordUpdate(), listNarratives()]
            + [recordNarrative(), listCommitments(), recordCommitment()] + sheets() + planFiles()
    }

    private static func dateQuery(_ name: String, _ description: String) -> APIRoute.Query {
        .init(
            name: name, description: description,
            schema: .object([("type", .string("string")), ("format", .string("date"))]))
    }

    private static func listMeasurements() -> APIRoute {
        .get(
            plan + "/measurements", "listMeasurements",
            "The current values (corrections applied; private ones only for who may see them).", tag: "Progress",
            query: [
                .init(
                    name: "indicator", description: "Only this indicator's values.",
                    schema: .object([
                        (
                            "type",
                            .string("string")
                        )
                    ])),
                dateQuery("from", "Only values dated on or after this day."),
                dateQuery("to", "Only values dated on or before this day."),
            ] + Reply.pageQuery, schema: Reply.pageSchema(Schemas.ref("Measurement"))
        ) { request in
            let from = try request.date("from")
            let to = try request.date("to")
            let page = try request.service.measurements(
                plan: request.path("plan"), indicator: request.query["indicator"], from: from, to: to,
                after: try Cursor.key(request.query["cursor"]),
                limit: try Reply.limit(request), as: request.principal)
            return Reply.page(page, encode: Measurement.schema.encode)
        }
    }

    private static func recordMeasurement() -> APIRoute {
        append(
            Measurement.self, "/measurements", "recordMeasurement",
            "Record a value; a different value for the same indicator, period and group supersedes the current one.",
            schema: "Measurement"
        ) { measurement, request in
            try request.service.record(measurement, plan: request.path("plan"), as: request.principal)
        }
    }

    /// A route that appends a measurement or progress update: 201 when appended, 200 when unchanged, 202 with the
    /// submission when the plan's entries wait for approval.
    private static func append<R: Record>(
        _ type: R.Type, _ path: String, _ operationID: String, _ summary: String, schema: String,
        record: @escaping @Sendable (R, APIRequest) throws -> ProgressOutcome
    ) -> APIRoute {
        var route = APIRoute.write(
            "POST", plan + path, operationID, summary, tag: "Progress", body: Schemas.ref(schema), status: 201,
            schema: Schemas.ref("WriteResult")
        ) { request in
            switch try record(try decode(R.self, request), request) {
            case .appended: Reply.json(.object([("outcome", .string("appended"))]), status: .created)
            case .unchanged: Reply.json(.object([("outcome", .string("unchanged"))]))
            case .awaitingApproval(let submission):
                Reply.json(
                    .object([("outcome", .string("awaiting_approval")), ("submission", submission.json())]),
                    status: .accepted)
            }
        }
        route.otherSuccess = (202, Schemas.ref("SubmissionResult"))
        return route.withLocation(plan + path)
    }

    private static func history() -> APIRoute {
        .get(
            plan + "/indicators/{code}/history", "indicatorHistory",
            "Every stored version of every value of an indicator, corrections marked.", tag: "Progress",
            schema: .object([("type", .string("array")), ("items", Schemas.ref("MeasurementVersion"))])
        ) { request in
            let versions = try request.service.history(
                indicator: request.path("code"), plan: request.path("plan"), as: request.principal)
            return Reply.json(
                .array(
                    versions.map { version in
                        .object([
                            ("id", .integer(version.id)), ("current", .bool(version.isCurrent)),
                            ("measurement", Measurement.schema.encode(version.measurement)),
                        ])
                    }))
        }
    }

    private static func listUpdates() -> APIRoute {
        .get(
            plan + "/progress-updates", "listProgressUpdates", "The current progress updates of the plan's actions.",
            tag: "Progress",
            query: [
                .init(
                    name: "action", description: "Only this action's updates.",
                    schema: .object([
                        (
                            "type",
                            .string("string")
                        )
                    ]))
            ]
                + Reply.pageQuery,
            schema: Reply.pageSchema(Schemas.ref("ProgressUpdate"))
        ) { request in
            let page = try request.service.progressUpdates(
                plan: request.path("plan"), action: request.query["action"],
                after: try Cursor.key(request.query["cursor"]),
                limit: try Reply.limit(request), as: request.principal)
            return Reply.page(page, encode: ProgressUpdate.schema.encode)
        }
    }

    private static func recordUpdate() -> APIRoute {
        append(
            ProgressUpdate.self, "/progress-updates", "recordProgressUpdate",
            "Record an action's progress at a date; a different update of the same date supersedes the current one.",
            schema: "ProgressUpdate"
        ) { update, request in
            try request.service.record(update, plan: request.path("plan"), as: request.principal)
        }
    }

    private static func listNarratives() -> APIRoute {
        .get(
            plan + "/narratives", "listNarratives",
            "The city's current words for its annual reports (earlier versions are kept in the plan file).",
            tag: "Progress",
            query: [
                .init(
                    name: "part",
                    description: "Only this part (foreword, achievements, challenges, commitments, explanation).",
                    schema: .object([("enum", .array(ReportNarrative.Part.allCases.map { .string($0.rawValue) }))]))
            ],
            schema: .object([("type", .string("array")), ("items", Schemas.ref("ReportNarrative"))])
        ) { request in
            let words = try request.service.narratives(
                plan: request.path("plan"), part: request.query["part"], as: request.principal)
            return Reply.json(.array(words.map(ReportNarrative.schema.encode)))
        }
    }

    private static func recordNarrative() -> APIRoute {
        append(
            ReportNarrative.self, "/narratives", "recordNarrative",
            "Record the city's words for a report year; new words of the same year, part and subject supersede the "
                + "current ones, which are kept.",
            schema: "ReportNarrative"
        ) { narrative, request in
            try request.service.record(narrative, plan: request.path("plan"), as: request.principal)
        }
    }

    private static func listCommitments() -> APIRoute {
        .get(
            plan + "/commitments", "listCommitments",
            "The current yearly commitments of the plan's continuing measures (earlier versions are kept in the plan "
                + "file).",
            tag: "Progress",
            query: [
                .init(name: "action", description: "Only this measure.", schema: .object([("type", .string("string"))]))
            ],
            schema: .object([("type", .string("array")), ("items", Schemas.ref("YearlyCommitment"))])
        ) { request in
            let commitments = try request.service.commitments(
                plan: request.path("plan"), action: request.query["action"], as: request.principal)
            return Reply.json(.array(commitments.map(YearlyCommitment.schema.encode)))
        }
    }

    private static func recordCommitment() -> APIRoute {
        append(
            YearlyCommitment.self, "/commitments", "recordCommitment",
            "Record a continuing measure's commitments for a year and the share met; a new version of the same measure "
                + "and year supersedes the current one, which is kept.",
            schema: "YearlyCommitment"
        ) { commitment, request in
            try request.service.record(commitment, plan: request.path("plan"), as: request.principal)
        }
    }

    /// A measurement or update from the body; who recorded it and when is the server's to say.
    private static func decode<R: Record>(_ type: R.Type, _ request: APIRequest) throws -> R {
        let json = try request.json()
        let (record, problems) = R.schema.decode(json, path: "")
        let stamped = ["recorded_at", "recorded_by"].filter { json[$0] != nil }.map {
            ValidationProblem(path: $0, code: .notAllowed, message: "is set by the server from the token and the time")
        }
        guard problems.isEmpty, stamped.isEmpty else {
            throw ValidationError(
                source: "the \(R.schema.entity.replacing("_", with: " "))",
                problems: problems + stamped)
        }
        return record
    }
}
