import Foundation
import Testing

@testable import HTTPServing

#if canImport(Glibc)
    import Glibc
#endif

/// A response's head and body go out together without the body being copied: a client that reads late, so that the
/// socket fills and the rest is written by the event loop from wherever the last write stopped (inside the head or
/// the body), still receives every byte in order; a HEAD request gets the head alone.
@Suite struct ResponseWritingTests {
    /// 3 MiB that are not all alike, so a byte written twice or skipped shows.
    static let body = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 * 31 % 251) }

    @Test func aLateReaderReceivesEveryByteInOrder() throws {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        let server = HTTPServer(configuration: configuration) { _ in
            HTTPResponse(
                status: .ok, headers: HTTPHeaders([("Content-Type", "application/octet-stream")]), body: Self.body)
        }
        let port = try server.start()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send(
            "GET /a HTTP/1.1\r\nHost: t\r\n\r\nHEAD /b HTTP/1.1\r\nHost: t\r\n\r\nGET /c HTTP/1.1\r\nHost: t\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.5)
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(10)
        while received.count < 2 * Self.body.count + 3 * 100, Date() < deadline {
            var poller = pollfd(fd: client.descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(client.descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        var rest = received[...]
        for expectsBody in [true, false, true] {
            let end = try #require(rest.firstRange(of: Array("\r\n\r\n".utf8)))
            let head = String(decoding: rest[..<end.upperBound], as: UTF8.self)
            #expect(head.hasPrefix("HTTP/1.1 200") && head.contains("Content-Length: \(Self.body.count)\r\n"))
            rest = rest[end.upperBound...]
            guard expectsBody else { continue }
            #expect(rest.count >= Self.body.count && Array(rest.prefix(Self.body.count)) == Self.body)
            rest = rest.dropFirst(Self.body.count)
        }
        #expect(rest.isEmpty, "nothing after the third response")
    }
}
