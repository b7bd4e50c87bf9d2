import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// The HTTP surface's one mapping from errors to responses: RFC 9457 `application/problem+json` with the status, a
/// stable `code`, a `detail` in English and every problem of the input under `errors`, each with the JSON pointer
/// (RFC 6901) of the member it concerns or the CSV line. Unexpected errors become a bare 500.
enum ProblemResponse {
    struct Problem {
        var status: HTTPStatus
        var code: String
        var detail: String
        var errors: [ValidationProblem] = []
        var headers: [(String, String)] = []
    }

    /// The response for an error thrown while answering; nil for errors that are not the client's (a 500 follows).
    static func response(for error: any Error) -> HTTPResponse? {
        problem(for: error).map(render)
    }

    /// The response for a request the HTTP layer refused: `busy` when it refused for want of room (503, as the
    /// service's own busy answer), `malformed_request` for a request it could not take as sent.
    static func response(for rejection: RequestRejection) -> HTTPResponse {
        let code = rejection.status == .serviceUnavailable ? "busy" : "malformed_request"
        return render(Problem(status: rejection.status, code: code, detail: rejection.reason))
    }

    static func render(_ problem: Problem) -> HTTPResponse {
        var members: [(String, JSONValue)] = [
            ("type", .string("about:blank")), ("title", .string(problem.status.reason)),
            ("status", .integer(Int64(problem.status.code))), ("code", .string(problem.code)),
            ("detail", .string(problem.detail)),
        ]
        if !problem.errors.isEmpty {
            members.append(("errors", .array(problem.errors.map(errorMember))))
        }
        var response = HTTPResponse(
            status: problem.status, contentType: "application/problem+json", body: JSONWriter.compact(.object(members)))
        for (name, value) in problem.headers { response.headers.set(name, value) }
        return response
    }

    private static func errorMember(_ problem: ValidationProblem) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if problem.path.hasPrefix("line ") {
            members.append(("location", .string(problem.path)))
        } else {
            members.append(("pointer", .string(pointer(problem.path))))
        }
        members += [("code", .string(problem.code.rawValue)), ("detail", .string(problem.message))]
        return .object(members)
    }

    /// A problem path (`end_date`, `$.measurements[3].value`, `milestones[0].date`) as a JSON pointer
    /// (`/end_date`, `/measurements/3/value`).
    static func pointer(_ path: String) -> String {
        var text = Substring(path)
        if text.hasPrefix("$") { text = text.dropFirst() }
        var tokens: [String] = []
        var current = ""
        for character in text {
            switch character {
            case ".", "[":
                if !current.isEmpty { tokens.append(current) }
                current = ""
            case "]":
                tokens.append(current)
                current = ""
            default: current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.map { "/" + $0.replacing("~", with: "~0").replacing("/", with: "~1") }.joined()
    }
}
