/// What a request and its answer looked like, for the access log: no query, no headers, no body.
public struct AccessLogEntry: Sendable {
    public let method: String
    /// The path without its query (which may hold secrets).
    public let path: String
    public let status: Int
    /// The body's bytes.
    public let bytes: Int
    /// Seconds from the complete request to the written response.
    public let duration: Double
    public let remoteAddress: String

    /// The same entry with another path: what a site logs instead of a path that holds a secret.
    public func with(path: String) -> AccessLogEntry {
        AccessLogEntry(
            method: method, path: path, status: status, bytes: bytes, duration: duration, remoteAddress: remoteAddress)
    }

    /// The entry as one line: `127.0.0.1 GET /api/v1/plans 200 1234 0.8ms`.
    public var line: String {
        let milliseconds = (duration * 10_000).rounded() / 10
        return "\(remoteAddress) \(method) \(path) \(status) \(bytes) \(milliseconds)ms"
    }
}

extension HTTPServer {
    /// Where the server listens, how much it takes, and what it tells.
    public struct Configuration: Sendable {
        /// An IPv4 or IPv6 address literal.
        public var host = "127.0.0.1"
        /// 0 asks for any free port (``HTTPServer/start()`` returns it).
        public var port = 8080
        public var limits = HTTPLimits()
        /// Open connections beyond this get `503 Service Unavailable` and are closed; lowered to what the process
        /// may open (its file limit is raised to the hard limit at start).
        public var maxConnections = 16_384
        /// Open connections from one address beyond this get 503 and are closed.
        public var maxConnectionsPerAddress = 256
        /// Bytes of requests one address may have received and not yet served, over all its connections; the
        /// connection that goes beyond gets 503 and is closed.
        public var maxBytesInFlightPerAddress = 96 * 1024 * 1024
        /// Threads that run handlers; a handler may block on the database.
        public var workers = 8
        /// The largest body a request may carry, by its head (a bulk import may allow more than the default).
        public var bodyLimit: @Sendable (RequestHead) -> Int = { _ in HTTPLimits().maxBody }
        /// Looks at the head of a request that announces a body of ``admitFrom`` bytes or more, before the body is
        /// read, with the client's address: a response (401, 403) is sent at once and the connection closed, so that
        /// nobody buffers a large body for a client that may not send it. nil lets the body come. It runs on the event
        /// loop, so it must be quick (a smaller body is judged by the handler, as every request is).
        public var admit: @Sendable (RequestHead, String) -> HTTPResponse? = { _, _ in nil }
        /// The smallest announced body ``admit`` is asked about.
        public var admitFrom = 64 * 1024
        /// Whether the body a head announces goes to a temporary file as it arrives (``HTTPRequest/spooledBody``)
        /// instead of memory: for uploads the application reads as a stream.
        public var spoolsBody: @Sendable (RequestHead) -> Bool = { _ in false }
        /// The response to a request refused before it reached a handler (malformed, too large, too slow).
        public var rejection: @Sendable (RequestRejection) -> HTTPResponse = { rejection in
            HTTPResponse(
                status: rejection.status, contentType: "text/plain; charset=utf-8",
                body: rejection.reason + "\n")
        }
        /// Called once per response written.
        public var accessLog: @Sendable (AccessLogEntry) -> Void = { _ in }
        /// Called when a handler throws (the client gets a bare 500).
        public var errorLog: @Sendable (String) -> Void = { _ in }

        /// Creates the default configuration.
        public init() {}
    }
}
