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
        var head: [UInt8] = []
        head.reserveCapacity(256)
        head += "HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8
        for field in headers.fields where !HTTPHeaders.same(field.name, "Content-Length") {
            Self.appendSafely(field.name, to: &head)
            head += ": ".utf8
            Self.appendSafely(field.value, to: &head)
            head += "\r\n".utf8
        }
        head += "Date: ".utf8
        head += date.utf8
        head += "\r\n".utf8
        if !isBodiless { head += "Content-Length: \(body.count)\r\n".utf8 }
        if closing { head += "Connection: close\r\n".utf8 }
        head += "\r\n".utf8
        return head
    }

    /// Whether the body is sent: not for 1xx, 204 and 304, nor to a HEAD request.
    func sendsBody(headOnly: Bool) -> Bool { !isBodiless && !headOnly }

    private var isBodiless: Bool { status.code == 204 || status.code == 304 || status.code < 200 }

    /// The bytes on the wire: the head and, unless the request was HEAD, the body.
    func serialized(date: String, closing: Bool, headOnly: Bool) -> [UInt8] {
        serializedHead(date: date, closing: closing) + (sendsBody(headOnly: headOnly) ? body : [])
    }

    /// Appends a header name or value without the bytes that would end it early (CR, LF, NUL: response splitting),
    /// each written as a space.
    private static func appendSafely(_ text: String, to head: inout [UInt8]) {
        for byte in text.utf8 { head.append(byte == 13 || byte == 10 || byte == 0 ? 32 : byte) }
    }
}
