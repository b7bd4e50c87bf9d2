/// An HTTP response for the server to write.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    /// Creates a response.
    public init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a text body and its media type.
    public init(status: HTTPStatus, contentType: String, body: String) {
        self.init(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: Array(body.utf8))
    }

    /// The head on the wire: status line, the headers, `Date`, `Content-Length` (none for 1xx, 204 and 304, RFC 9110
    /// section 8.6), `Connection: close` when the connection ends. The body follows it unless ``sendsBody(headOnly:)``
    /// says not; the server sends the two together without copying the body.
    func serializedHead(date: String, closing: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for field in headers.fields where !HTTPHeaders.same(field.name, "Content-Length") {
            text += "\(Self.safe(field.name)): \(Self.safe(field.value))\r\n"
        }
        text += "Date: \(date)\r\n"
        if !isBodiless { text += "Content-Length: \(body.count)\r\n" }
        if closing { text += "Connection: close\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Whether the body is sent: not for 1xx, 204 and 304, nor to a HEAD request.
    func sendsBody(headOnly: Bool) -> Bool { !isBodiless && !headOnly }

    private var isBodiless: Bool { status.code == 204 || status.code == 304 || status.code < 200 }

    /// The bytes on the wire: the head and, unless the request was HEAD, the body.
    func serialized(date: String, closing: Bool, headOnly: Bool) -> [UInt8] {
        serializedHead(date: date, closing: closing) + (sendsBody(headOnly: headOnly) ? body : [])
    }

    /// A header name or value without the line breaks that would end it early (response splitting).
    private static func safe(_ text: String) -> String {
        text.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
            ? String(text.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" || $0 == "\0" ? " " : $0 }) : text
    }
}
