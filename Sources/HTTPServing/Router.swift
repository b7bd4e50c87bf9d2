/// Finds the route of a request among routes with a method and a path pattern: the one router of every surface.
public struct Router<Route: Sendable>: Sendable {
    /// What a method and path came to.
    public enum Match {
        /// The route, with its path parameters decoded.
        case found(Route, parameters: [String: String])
        /// The path exists, but not for this method: the methods it takes, for `Allow`.
        case methodNotAllowed(allowed: [String])
        /// No route has this path (or the path names nothing a route could: see ``PercentDecoding/segments(_:)``).
        case notFound
    }

    private let routes: [(method: String, pattern: PathPattern, route: Route)]

    /// A router over routes in the order they are tried.
    public init(_ routes: [Route], method: (Route) -> String, pattern: (Route) -> PathPattern) {
        self.routes = routes.map { (method($0), pattern($0), $0) }
    }

    /// The route for a method and a decoded path; `HEAD` is served by the `GET` route.
    public func match(method: String, segments: [String]) -> Match {
        let wanted = method == "HEAD" ? "GET" : method
        var allowed: [String] = []
        for entry in routes {
            guard let parameters = entry.pattern.match(segments) else { continue }
            if entry.method == wanted { return .found(entry.route, parameters: parameters) }
            allowed.append(entry.method)
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }
}
