/// The head of a request (RFC 9112 sections 3 and 5): what comes before the body.
public struct RequestHead: Sendable {
    public var method: String
    public var target: String
    public var minorVersion: Int
    public var headers: HTTPHeaders
    /// The body's length from `Content-Length`; 0 when absent.
    public var contentLength: Int
}

/// Why a request cannot be served: the status to answer with and a reason for the problem body and the log.
public struct RequestRejection: Error, Sendable, Equatable {
    public let status: HTTPStatus
    public let reason: String
    /// The whole answer, when the application gave one (a head refused by ``HTTPServer/Configuration/admit``).
    let answer: HTTPResponse?

    /// Creates a rejection.
    public init(_ status: HTTPStatus, _ reason: String) {
        self.init(status, reason, answer: nil)
    }

    init(_ status: HTTPStatus, _ reason: String, answer: HTTPResponse?) {
        self.status = status
        self.reason = reason
        self.answer = answer
    }

    public static func == (left: RequestRejection, right: RequestRejection) -> Bool {
        left.status == right.status && left.reason == right.reason
    }
}

/// Reads a request head from the bytes received so far, one call per arrival, without rescanning what it has read.
///
/// Strict where RFC 9112 allows a choice, since a lenient parser behind or before another one invites request
/// smuggling: every line ends in CRLF (a bare LF is refused), no whitespace before a field's colon (section 5.1), no
/// obsolete line folding (section 5.2), one `Content-Length` of digits only (section 6.3), and `Transfer-Encoding` is
/// not implemented (501; with `Content-Length` too it is refused, section 6.1). HTTP/1.1 requires one `Host`
/// (section 3.2).
struct RequestHeadParser {
    /// The outcome of one call.
    enum Outcome: Equatable {
        /// The head is not complete yet.
        case incomplete
        /// The head, and how many bytes it took (the body follows).
        case head(length: Int)
    }

    let limits: HTTPLimits
    private var scanned = 0
    private var lineStart = 0
    private var lines: [Range<Int>] = []

    /// Creates a parser for a new request.
    init(limits: HTTPLimits) {
        self.limits = limits
    }

    /// Scans the new bytes of `buffer` (which holds the request from its first byte) for the end of the head.
    mutating func scan(_ buffer: [UInt8]) throws(RequestRejection) -> Outcome {
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == 10 else { continue }
            guard index > lineStart, buffer[index - 1] == 13 else {
                throw RequestRejection(.badRequest, "a line ends in a bare LF; HTTP/1.1 lines end in CRLF")
            }
            let line = lineStart..<(index - 1)
            lineStart = index + 1
            if line.isEmpty {
                if lines.isEmpty { continue }
                return .head(length: lineStart)
            }
            lines.append(line)
            if let first = lines.first, index - first.upperBound > limits.maxHeaderBytes {
                throw RequestRejection(
                    .headerFieldsTooLarge,
                    "the header block is larger than \(limits.maxHeaderBytes) bytes")
            }
            if lines.count > limits.maxHeaderCount + 1 {
                throw RequestRejection(.headerFieldsTooLarge, "more than \(limits.maxHeaderCount) header fields")
            }
        }
        if lines.isEmpty, scanned - lineStart > limits.maxRequestLine {
            throw RequestRejection(.uriTooLong, "the request line is longer than \(limits.maxRequestLine) bytes")
        }
        if let first = lines.first, first.count > limits.maxRequestLine {
            throw RequestRejection(.uriTooLong, "the request line is longer than \(limits.maxRequestLine) bytes")
        }
        if scanned - (lines.first?.upperBound ?? 0) > limits.maxHeaderBytes {
            throw RequestRejection(
                .headerFieldsTooLarge,
                "the header block is larger than \(limits.maxHeaderBytes) bytes")
        }
        return .incomplete
    }

    /// The head of a complete scan.
    func head(_ buffer: [UInt8]) throws(RequestRejection) -> RequestHead {
        guard let first = lines.first else { throw RequestRejection(.badRequest, "no request line") }
        if first.count > limits.maxRequestLine {
            throw RequestRejection(.uriTooLong, "the request line is longer than \(limits.maxRequestLine) bytes")
        }
        var head = try Self.requestLine(buffer[first])
        for line in lines.dropFirst() {
            let (name, value) = try Self.field(buffer[line])
            head.headers.add(name, value)
        }
        head.contentLength = try Self.contentLength(head)
        if head.minorVersion >= 1, head.headers.values("Host").count != 1 {
            throw RequestRejection(.badRequest, "an HTTP/1.1 request needs exactly one Host header")
        }
        return head
    }
}
