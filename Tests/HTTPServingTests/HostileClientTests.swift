import Foundation
@testable import HTTPServing
import Testing

/// What a hostile test of the running service found, held to: slow readers, bodies before authentication, header
/// blocks in one write, and too much from one address.
@Suite(.serialized) struct HostileClientTests {
    private static let big = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)

    private func server(
        _ adjust: (inout HTTPServer.Configuration) -> Void = { _ in }
    ) throws -> (HTTPServer, Int) {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        adjust(&configuration)
        let server = HTTPServer(configuration: configuration) { request in
            if request.target == "/big" {
                return HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", "text/plain")]), body: Self.big)
            }
            return HTTPResponse(status: .ok, contentType: "text/plain", body: "\(request.target) \(request.body.count)")
        }
        return (server, try server.start())
    }

    /// Seconds a health check takes on a new connection; nil when it fails.
    private func healthCheck(_ port: Int) -> Double? {
        let start = Date()
        guard let client = TestClient(port: port) else { return nil }
        client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        guard client.responses(1, timeout: 5).first?.hasSuffix("/health 0") == true else { return nil }
        return Date().timeIntervalSince(start)
    }

    /// Clients that pipeline many large responses and never read them.
    private func stallers(_ count: Int, port: Int) -> [TestClient] {
        let request = String(repeating: "GET /big HTTP/1.1\r\nHost: t\r\n\r\n", count: 20)
        return (0..<count).compactMap { _ in
            let client = TestClient(port: port)
            client?.send(request)
            return client
        }
    }

    @Test(arguments: [8, 200]) func clientsThatDoNotReadHoldNoWorker(count: Int) throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let held = stallers(count, port: port)
        #expect(held.count == count)
        Thread.sleep(forTimeInterval: 0.5)
        let times = (0..<10).map { _ in healthCheck(port) ?? 10 }.sorted()
        #expect(times[5] < 0.1, "median health check \(times[5]) s with \(count) stalled clients")
        #expect(times[9] < 3, "slowest health check \(times[9]) s (a stalled worker took 10 s)")
        let deadline = Date().addingTimeInterval(5)
        while server.state.withLock({ $0.busy }) > 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(server.state.withLock { $0.busy } == 0, "no worker stays blocked writing")
    }

    @Test func aReaderThatTakesNothingIsDroppedAfterTheWriteTimeout() throws {
        let (server, port) = try server { $0.limits.writeTimeout = 0.5 }
        defer { server.shutdown() }
        let held = stallers(1, port: port)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(server.state.withLock { $0.watched.count } == 1)
        Thread.sleep(forTimeInterval: 1.0)
        #expect(server.state.withLock { $0.watched.count + $0.busy } == 0)
        #expect(held.count == 1)
    }

    @Test func aSlowReaderGetsEveryResponseInOrder() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("GET /big HTTP/1.1\r\nHost: t\r\n\r\nGET /after HTTP/1.1\r\nHost: t\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        let responses = client.responses(2, timeout: 10)
        #expect(responses.count == 2)
        #expect(responses.first?.utf8.count ?? 0 > Self.big.count)
        #expect(responses.last?.hasSuffix("/after 0") == true)
    }

    @Test func aRefusedHeadIsAnsweredBeforeItsBodyIsRead() throws {
        let (server, port) = try server {
            $0.bodyLimit = { _ in 64 << 20 }
            $0.admit = { head, _ in
                head.headers["Authorization"] == nil
                    ? HTTPResponse(status: .unauthorized, contentType: "text/plain", body: "sign in first") : nil
            }
        }
        defer { server.shutdown() }
        let clients = (0..<6).compactMap { _ in TestClient(port: port) }
        for client in clients {
            client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 62914560\r\n\r\n")
            client.send([UInt8](repeating: 65, count: 256 * 1024))
        }
        for client in clients {
            #expect(client.receive(timeout: 2).hasPrefix("HTTP/1.1 401 Unauthorized\r\n"))
        }
        #expect(server.state.withLock { $0.bytesByAddress.values.reduce(0, +) } < 1 << 20)
        let allowed = try #require(TestClient(port: port))
        allowed.send("POST /upload HTTP/1.1\r\nHost: t\r\nAuthorization: x\r\nContent-Length: 5\r\n\r\nhello")
        #expect(allowed.responses(1).first?.hasSuffix("/upload 5") == true)
    }

    @Test func expectContinueIsAnsweredOnceTheHeadIsAdmitted() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(client.receive(timeout: 2) { $0.hasSuffix("\r\n\r\n") } == "HTTP/1.1 100 Continue\r\n\r\n")
        client.send("hello")
        #expect(client.responses(1).first?.hasSuffix("/upload 5") == true)
        let odd = try #require(TestClient(port: port))
        odd.send("POST /upload HTTP/1.1\r\nHost: t\r\nExpect: something\r\nContent-Length: 5\r\n\r\nhello")
        #expect(odd.receive(timeout: 2).hasPrefix("HTTP/1.1 417 "))
    }

    @Test(arguments: [33, 40, 60]) func aHeaderBlockOverTheLimitIs431EvenInOneWrite(kibibytes: Int) throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        let filler = (0..<kibibytes).map { "X-Filler-\($0): \(String(repeating: "a", count: 1000))\r\n" }.joined()
        client.send("GET / HTTP/1.1\r\nHost: t\r\n" + filler + "\r\n")
        #expect(client.receive(timeout: 2).hasPrefix("HTTP/1.1 431 "), "\(kibibytes) KiB")
    }

    @Test func oneAddressMayHoldOnlySoManyConnections() throws {
        let (server, port) = try server { $0.maxConnectionsPerAddress = 3 }
        defer { server.shutdown() }
        let held = (0..<3).compactMap { _ in TestClient(port: port) }
        Thread.sleep(forTimeInterval: 0.2)
        let refused = try #require(TestClient(port: port))
        let answer = refused.receive(timeout: 2)
        #expect(answer.hasPrefix("HTTP/1.1 503 ") && answer.contains("from this address"))
        held.first?.send("GET /still HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(held.first?.responses(1).first?.hasSuffix("/still 0") == true)
        #expect(server.state.withLock { $0.connectionsByAddress["127.0.0.1"] } == 3)
    }

    @Test func oneAddressMayHoldOnlySoManyBytesUnserved() throws {
        let kib = 1024
        let (server, port) = try server {
            $0.bodyLimit = { _ in 1024 * kib }
            $0.maxBytesInFlightPerAddress = 800 * kib
        }
        defer { server.shutdown() }
        let head = "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: \(700 * kib)\r\n\r\n"
        let first = try #require(TestClient(port: port))
        first.send(Array(head.utf8) + [UInt8](repeating: 97, count: 500 * kib))
        Thread.sleep(forTimeInterval: 0.3)
        let second = try #require(TestClient(port: port))
        second.send(Array(head.utf8) + [UInt8](repeating: 98, count: 500 * kib))
        #expect(second.receive(timeout: 2).hasPrefix("HTTP/1.1 503 "))
        #expect(second.isClosed())
        first.send([UInt8](repeating: 97, count: 200 * kib))
        #expect(
            first.responses(1).first?.hasSuffix("/ \(700 * kib)") == true, "the first client, under the cap, is served")
    }

    /// An upload the application streams goes to a file as it arrives: the request holds no body in memory, the
    /// handler reads every byte back in order (more than once), and a request pipelined behind it is served.
    @Test func aSpooledBodyArrivesWholeWithoutBeingHeldInMemory() throws {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.bodyLimit = { _ in 8 << 20 }
        configuration.spoolsBody = { $0.target == "/upload" }
        let server = HTTPServer(configuration: configuration) { request in
            guard let spooled = request.spooledBody else {
                return HTTPResponse(status: .ok, contentType: "text/plain", body: "memory \(request.body.count)")
            }
            var sums: [Int] = []
            for _ in 0..<2 {
                let next = spooled.chunks(size: 100_000)
                var sum = 0, count = 0
                while let chunk = try next() {
                    for (index, byte) in chunk.enumerated() {
                        sum = (sum &* 31 &+ Int(byte) &+ count &+ index) % 1_000_003
                    }
                    count += chunk.count
                }
                sums.append(sum)
            }
            return HTTPResponse(
                status: .ok, contentType: "text/plain",
                body: "file \(request.body.count) \(spooled.count) \(sums[0] == sums[1]) \(sums[0])")
        }
        let port = try server.start()
        defer { server.shutdown() }
        let body = (0..<(5 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        var expected = 0, count = 0
        for start in stride(from: 0, to: body.count, by: 100_000) {
            let chunk = body[start..<min(start + 100_000, body.count)]
            for (index, byte) in chunk.enumerated() {
                expected = (expected &* 31 &+ Int(byte) &+ count &+ index) % 1_000_003
            }
            count += chunk.count
        }
        let client = try #require(TestClient(port: port))
        client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n")
        for start in stride(from: 0, to: body.count, by: 1 << 20) {
            client.send(Array(body[start..<min(start + (1 << 20), body.count)]))
        }
        client.send("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc")
        let responses = client.responses(2, timeout: 10)
        #expect(responses.first?.hasSuffix("file 0 \(body.count) true \(expected)") == true, "\(responses.first ?? "")")
        #expect(responses.last?.hasSuffix("memory 3") == true)
    }
}
