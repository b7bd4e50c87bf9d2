/// What the service layer itself refuses; store and domain errors pass through unchanged.
public enum ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The access policy refused the request.
    case forbidden(principal: String, request: AccessRequest)
    /// No framework with this id (and version).
    case unknownFramework(reference: String, known: [String])
    /// The shipped frameworks' directory was not found.
    case frameworksNotFound
    /// A framework file is missing.
    case missingFile(String)
    /// A framework file is not JSON.
    case malformedFile(path: String, line: Int, column: Int, reason: String)
    /// A record asked for by its identity does not exist.
    case notFound(entity: String, label: String, known: [String])
    /// A framework version that ships with hrap cannot be imported over.
    case shippedFramework(String)
    /// A value that names what a command acts on is not one of the allowed ones.
    case invalidTarget(value: String, expected: String)
    /// A reporting year outside the plan's period.
    case yearOutsidePlan(year: Int, first: Int, last: Int)
    /// The record changed since the version the writer read (its entity tag differs).
    case changedSinceRead(entity: String, label: String)
    /// A change that must say which version it changes (its entity tag) did not.
    case versionRequired(entity: String)
    /// A coordinator may not approve or reject their own submission (four eyes).
    case ownSubmission(id: Int64)
    /// A bulk import of progress data into a plan whose entries wait for approval, by someone whose entries would.
    case approvalRequired(plan: String)
    /// Too many failed sign-ins from one address, or with one token's start, within a minute.
    case tooManyFailures(retryAfter: Int)

    /// A stable code for programs and for the surfaces' message mappings.
    public var code: String {
        switch self {
        case .forbidden: "forbidden"
        case .unknownFramework: "unknown_framework"
        case .frameworksNotFound: "frameworks_not_found"
        case .missingFile: "missing_file"
        case .malformedFile: "malformed_file"
        case .notFound: "not_found"
        case .invalidTarget: "invalid_target"
        case .yearOutsidePlan: "year_outside_plan"
        case .shippedFramework: "shipped_framework"
        case .changedSinceRead: "changed_since_read"
        case .versionRequired: "version_required"
        case .ownSubmission: "own_submission"
        case .approvalRequired: "approval_required"
        case .tooManyFailures: "too_many_failures"
        }
    }

    /// The English default message.
    public var description: String {
        switch self {
        case .forbidden(let principal, let request): "\(principal) may not \(request)"
        case .unknownFramework(let reference, let known):
            "unknown framework '\(reference)'; known frameworks: \(known.joined(separator: ", "))"
        case .frameworksNotFound: "cannot find templates/frameworks; set HRAP_TEMPLATES to the templates directory"
        case .missingFile(let path): "no such file: \(path)"
        case .malformedFile(let path, let line, let column, let reason): "\(path):\(line):\(column): \(reason)"
        case .notFound(let entity, let label, let known):
            "no \(entity.replacing("_", with: " ")) '\(label)'"
                + (known.isEmpty ? "" : "; known: \(known.prefix(12).joined(separator: ", "))")
        case .invalidTarget(let value, let expected): "'\(value)' is not one of \(expected)"
        case .yearOutsidePlan(let year, let first, let last): "\(year) is outside the plan period (\(first)–\(last))"
        case .shippedFramework(let label): "\(label) ships with hrap; give your file a new version"
        case .changedSinceRead(let entity, let label):
            "the \(entity.replacing("_", with: " ")) \(label) changed since you read it; read it again and reapply your change"
        case .versionRequired(let entity):
            "say which version of the \(entity.replacing("_", with: " ")) you change (If-Match with the ETag you read)"
        case .ownSubmission(let id):
            "submission \(id) is your own: another officer of the government or an admin decides on it"
        case .approvalRequired(let plan):
            "\(plan)'s entries wait for approval: record them one by one, or ask an admin to import the file"
        case .tooManyFailures(let seconds): "too many failed sign-ins; try again in \(seconds) s"
        }
    }
}
