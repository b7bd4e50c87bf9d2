import HRAPCore
import HRAPUseCases

/// One failure of every case the service throws, for the tests that feed every kind to every surface.
public enum ServiceErrorSamples {
    /// Every case of ``ServiceError`` with plausible parameters.
    public static let all: [ServiceError] = [
        .forbidden(principal: "viewer", request: AccessRequest(.write, .plan, plan: "p")),
        .unknownFramework(reference: "x", known: ["hrgl-2024"]),
        .frameworksNotFound,
        .missingFile("f.json"),
        .malformedFile(path: "f.json", line: 1, column: 2, reason: "expected a value"),
        .notFound(entity: "plan", label: "p", known: ["secret-plan"]),
        .shippedFramework("hrgl-2024@1"),
        .invalidTarget(value: "x", expected: "field:CODE"),
        .yearOutsidePlan(year: 1990, first: 2023, last: 2027),
        .changedSinceRead(entity: "objective", label: "1.1"),
        .versionRequired(entity: "objective"),
        .ownSubmission(id: 3),
        .approvalRequired(plan: "p"),
        .tooManyFailures(retryAfter: 42),
        .invalid(
            ValidationError(
                source: "the plan", problems: [ValidationProblem(path: "title", code: .required, message: "needed")])),
        .duplicate(entity: "objective", code: "1.1"),
        .alreadyRevoked(token: "t"),
        .alreadyDecided(submission: 4, decision: "approved"),
        .assessment(.finalised(round: "peer-2025")),
        .busy,
        .database(.fileSystem, message: "disk I/O error"),
        .database(.damaged, message: "database disk image is malformed"),
        .database(.refused, message: "UNIQUE constraint failed"),
        .database(.other, message: "out of memory"),
        .unusableDatabase(code: "newer_schema", message: "written by a newer hrap"),
        .unusablePath(":memory:"),
        .missingDatabase("x.sqlite"),
        .defect("a write inside a read"),
    ]
}
