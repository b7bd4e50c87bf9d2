import Foundation
import HRAPCore
import HRAPUseCases
import HTTPServing
import Hashing
import JSONCoding

/// The REST API under `/api/v1` over the service: routing, sign-in, the problem mapping, entity tags.
public final class APIServer: Sendable {
    /// What the server needs besides the service.
    public struct Options: Sendable {
        /// Refuse every write (405 is not right: 403 with a reason).
        public var readOnly = false
        /// The largest CSV or plan-file upload in bytes.
        public var maxUpload = 64 * 1024 * 1024
        /// Where access-log and error lines go.
        public var log: @Sendable (String) -> Void = { _ in }
        /// Whether each request is written to `log` (`hrap serve --quiet` writes errors only, and builds no line).
        public var logsAccess = true
        /// Reads today's date (the edge reads the clock, never the service).
        public var today: @Sendable () -> CalendarDate

        /// Creates options with a clock.
        public init(today: @escaping @Sendable () -> CalendarDate) {
            self.today = today
        }
    }

    let service: HRAPService
    let options: Options
    let routes: [APIRoute]
    let router: Router<APIRoute>
    let caches = APICaches()

    /// Creates the API over a service whose policy is ``RolePolicy``.
    public init(service: HRAPService, options: Options) {
        self.service = service
        self.options = options
        self.routes = APIRoutes.all()
        self.router = Router(routes, method: \.method, pattern: \.pattern)
    }

    /// The HTTP server's configuration for this API: problem+json rejections, larger bodies for uploads, the log.
    public func configure(_ configuration: inout HTTPServer.Configuration) {
        let maxUpload = options.maxUpload
        let uploads = routes.filter(\.allowsLargeBody).map { (method: $0.method, pattern: $0.pattern) }
        configuration.rejection = { ProblemResponse.response(for: $0) }
        let isUpload: @Sendable (RequestHead) -> Bool = { head in
            guard head.method == "POST" || head.method == "PUT" else { return false }
            let segments = PercentDecoding.segments(head.target.split(separator: "?").first ?? "") ?? []
            return uploads.contains { $0.method == head.method && $0.pattern.match(segments) != nil }
        }
        configuration.bodyLimit = { isUpload($0) ? maxUpload : HTTPLimits().maxBody }
        // Uploads go to a file as they arrive and are imported from it as a stream: memory holds a chunk, not 64 MiB.
        let earlierSpool = configuration.spoolsBody
        configuration.spoolsBody = { isUpload($0) || earlierSpool($0) }
        let earlierAdmit = configuration.admit
        configuration.admit = { [self] head, address in
            let path = head.target.split(separator: "?").first ?? ""
            let api = path == APIRoutes.base || path.hasPrefix(APIRoutes.base + "/")
            return api ? admit(head, from: address) : earlierAdmit(head, address)
        }
        let log = options.log
        if options.logsAccess { configuration.accessLog = { log($0.line) } }
        configuration.errorLog = { log("error: \($0)") }
    }

    /// Every operation as `(method, path template)`, for tests that hold the document to the routes.
    public static var routeTable: [(method: String, path: String)] {
        APIRoutes.all().map { ($0.method, $0.pattern.description) }
    }

    /// Answers one request.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        var response: HTTPResponse
        do {
            response = try route(request)
        } catch {
            response = handleFailure(error, request)
        }
        Self.protect(&response)
        return response
    }

    /// The problem an error is; an unexpected one is logged and answered as a bare 500.
    func handleFailure(_ error: any Error, _ request: HTTPRequest) -> HTTPResponse {
        var response: HTTPResponse
        if let mapped = ProblemResponse.response(for: error) {
            response = mapped
        } else {
            options.log("error: \(request.method) \(request.path): \(error)")
            response = ProblemResponse.render(
                .init(
                    status: .internalServerError, code: "internal",
                    detail: "internal error"))
        }
        Self.protect(&response)
        return response
    }

    /// Headers every API answer carries: no content sniffing (a CSV or plan file is never run as a page), and no copy
    /// kept by a browser or a shared cache, except of the public documents (the OpenAPI document and frameworks), which
    /// may be kept five minutes and checked by their entity tag.
    static func protect(_ response: inout HTTPResponse) {
        response.headers.set("X-Content-Type-Options", "nosniff")
        if response.headers["Cache-Control"] == nil { response.headers.set("Cache-Control", "no-store") }
    }
}

extension APIRoute {
    /// What a write through this route changes, as the access policy names it: judged before its body is read.
    var writes: AccessRequest.Resource {
        switch operationID {
        case "rate", "submitSheet": .rating
        case "recommend": .recommendation
        case "createToken", "revokeToken": .token
        case "importFramework": .framework
        case "importPlan", "createPlan", "updatePlan", "createGovernment", "updateGovernment": .plan
        default: .planRecord
        }
    }

    /// Whether the route takes an upload larger than the default body limit.
    var allowsLargeBody: Bool {
        if case .csv = body { return true }
        return operationID == "importPlan"
    }
}
