/// A complete HTTP/1.1 request: its head as parsed, its body, and who sent it.
public struct HTTPRequest: Sendable {
    /// The method, as sent (methods are case-sensitive, RFC 9110 section 9.1).
    public var method: String
    /// The request target as sent (origin form: path and query).
    public var target: String
    /// The minor version of HTTP/1.x.
    public var minorVersion: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The peer's address, without its port.
    public var remoteAddress: String
    /// The body, when it was kept in a file as it arrived (``HTTPServer/Configuration/spoolsBody``); `body` is then
    /// empty.
    public var spooledBody: SpooledBody?

    /// Creates a request.
    public init(
        method: String, target: String, minorVersion: Int = 1, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        remoteAddress: String = ""
    ) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The request a head announces, without its body: what an application judges before the body is read.
    public init(head: RequestHead, remoteAddress: String) {
        self.init(
            method: head.method, target: head.target, minorVersion: head.minorVersion, headers: head.headers,
            remoteAddress: remoteAddress)
    }

    /// The path of the target, still percent-encoded.
    public var path: Substring {
        target[..<(target.utf8.firstIndex(of: UInt8(ascii: "?")) ?? target.endIndex)]
    }

    /// The query of the target (after `?`), still encoded; empty when there is none.
    public var query: Substring {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return "" }
        return target[target.utf8.index(after: mark)...]
    }

    /// Whether the connection stays open after the response (RFC 9112 section 9.3).
    public var keepsAlive: Bool {
        let options = headers.values("Connection").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: " \t").lowercased() }
        if options.contains("close") { return false }
        return minorVersion >= 1 || options.contains("keep-alive")
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        let drop = Set(set.utf8)
        var result = self
        while let first = result.utf8.first, drop.contains(first) { result = result.dropFirst() }
        while let last = result.utf8.last, drop.contains(last) { result = result.dropLast() }
        return result
    }
}
