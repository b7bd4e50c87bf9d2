@testable import HTTPServing
import Testing

/// The request head parser on literal bytes (RFC 9112), whole and one byte at a time.
@Suite struct RequestHeadParserTests {
    private func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) throws(RequestRejection) -> RequestHead? {
        var parser = RequestHeadParser(limits: limits)
        let bytes = Array(text.utf8)
        guard case .head = try parser.scan(bytes) else { return nil }
        return try parser.head(bytes)
    }

    private func rejection(_ text: String, limits: HTTPLimits = HTTPLimits()) -> RequestRejection? {
        do { _ = try parse(text, limits: limits) } catch { return error }
        return nil
    }

    @Test func aGetWithHeadersParses() throws {
        let head = try parse(
            "GET /api/v1/plans?limit=5 HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\nX-A:  b c \r\n\r\n")
        #expect(head?.method == "GET" && head?.target == "/api/v1/plans?limit=5" && head?.minorVersion == 1)
        #expect(head?.headers["accept"] == "application/json")
        #expect(head?.headers["x-a"] == "b c", "optional whitespace around a value is not part of it")
        #expect(head?.contentLength == 0)
    }

    @Test func byteByByteFindsTheSameHeadAndItsLength() throws {
        let text = "\r\nPOST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
        var parser = RequestHeadParser(limits: HTTPLimits())
        var buffer: [UInt8] = []
        var length: Int?
        for byte in text.utf8 {
            buffer.append(byte)
            if case .head(let found) = try parser.scan(buffer) {
                length = found
                break
            }
        }
        #expect(length == text.utf8.count - 3, "a leading empty line is skipped; the body follows the head")
        #expect(try parser.head(buffer).contentLength == 3)
    }

    @Test func anIncompleteHeadAsksForMore() throws {
        #expect(try parse("GET / HTTP/1.1\r\nHost: x\r\n") == nil)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\nHost: x\n\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1,1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET http://other/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{1}b\r\n\r\n", 400),
        ("GET /\u{1} HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ])
    func malformedHeadsAreRefusedWithTheRightStatus(text: String, status: Int) {
        #expect(rejection(text)?.status.code == status, "\(text.debugDescription)")
    }

    @Test func anHTTP10RequestNeedsNoHost() throws {
        #expect(try parse("GET / HTTP/1.0\r\n\r\n")?.minorVersion == 0)
    }

    @Test func limitsGetTheirStatuses() {
        var limits = HTTPLimits()
        limits.maxRequestLine = 64
        limits.maxHeaderBytes = 256
        limits.maxHeaderCount = 5
        let longLine = "GET /" + String(repeating: "a", count: 100) + " HTTP/1.1\r\nHost: x\r\n\r\n"
        #expect(rejection(longLine, limits: limits)?.status == .uriTooLong)
        let unfinishedLongLine = "GET /" + String(repeating: "a", count: 100)
        #expect(rejection(unfinishedLongLine, limits: limits)?.status == .uriTooLong, "refused before the line ends")
        let manyFields = "GET / HTTP/1.1\r\nHost: x\r\n" + (1...6).map { "X-\($0): 1\r\n" }.joined() + "\r\n"
        #expect(rejection(manyFields, limits: limits)?.status == .headerFieldsTooLarge)
        let bigHeader = "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "b", count: 300)
        #expect(rejection(bigHeader, limits: limits)?.status == .headerFieldsTooLarge, "refused before the block ends")
        let fiveFields = "GET / HTTP/1.1\r\nHost: x\r\n" + (1...4).map { "X-\($0): 1\r\n" }.joined() + "\r\n"
        #expect(rejection(fiveFields, limits: limits) == nil, "exactly at the limit is fine")
    }
}
