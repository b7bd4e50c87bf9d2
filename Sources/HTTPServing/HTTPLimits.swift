/// How much a request may hold and how long a client may take; exceeding a limit gets the status named.
public struct HTTPLimits: Sendable {
    /// The longest request line in bytes (414).
    public var maxRequestLine = 8 * 1024
    /// The largest header block in bytes, request line excluded (431).
    public var maxHeaderBytes = 32 * 1024
    /// The most header fields (431).
    public var maxHeaderCount = 100
    /// The largest body in bytes unless ``bodyLimit`` says otherwise (413).
    public var maxBody = 1024 * 1024
    /// Seconds a client may take from the first byte of a request to its last (408, then the connection is closed);
    /// a client that sends a header slowly is dropped when this runs out, however steadily it trickles.
    public var requestTimeout = 10.0
    /// Seconds an open connection may wait between requests before it is closed.
    public var idleTimeout = 60.0
    /// Seconds a response may take to be written to a client that does not read it.
    public var writeTimeout = 10.0

    /// Creates the default limits.
    public init() {}
}
