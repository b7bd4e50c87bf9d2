import Foundation
@testable import HTTPServing
import Synchronization
import Testing

/// A live server on port 0 against raw clients: keep-alive, pipelining, limits, slow and vanishing clients,
/// many idle connections, handler failures and graceful shutdown.
@Suite(.serialized) struct HTTPServerTests {
    private func server(
        _ adjust: (inout HTTPServer.Configuration) -> Void = { _ in },
        handler: @escaping HTTPServer.Handler = { request in
            HTTPResponse(
                status: .ok, contentType: "text/plain",
                body: "\(request.method) \(request.target) \(request.body.count)")
        }
    ) throws -> (HTTPServer, Int) {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.workers = 4
        adjust(&configuration)
        let server = HTTPServer(configuration: configuration, handler: handler)
        return (server, try server.start())
    }

    private func get(_ port: Int, _ path: String = "/") -> String? {
        guard let client = TestClient(port: port) else { return nil }
        client.send("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n")
        return client.responses(1).first
    }

    @Test func keepAliveServesRequestsInOrderOnOneConnection() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("GET /one HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(client.responses(1).first?.hasSuffix("GET /one 0") == true)
        client.send("POST /two HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello")
        let second = client.responses(1).first ?? ""
        #expect(second.hasPrefix("HTTP/1.1 200 OK\r\n") && second.hasSuffix("POST /two 5"))
        #expect(second.contains("Connection: keep-alive\r\n") && second.contains("Date: "))
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send((1...5).map { "GET /\($0) HTTP/1.1\r\nHost: t\r\n\r\n" }.joined())
        let responses = client.responses(5)
        #expect(
            responses.map { $0.split(separator: "\r\n").last.map(String.init) ?? "" } == (1...5).map { "GET /\($0) 0" })
    }

    @Test func aBodyOverTheLimitIs413AndTheServerGoesOn() throws {
        let (server, port) = try server { $0.bodyLimit = { head in head.target == "/import" ? 100 : 10 } }
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n")
        #expect(client.receive().hasPrefix("HTTP/1.1 413 Content Too Large\r\n"))
        #expect(client.isClosed())
        let bigger = try #require(TestClient(port: port))
        bigger.send(
            "POST /import HTTP/1.1\r\nHost: t\r\nContent-Length: 50\r\n\r\n" + String(repeating: "x", count: 50))
        #expect(bigger.responses(1).first?.hasSuffix("POST /import 50") == true, "a route may allow a larger body")
        #expect(get(port)?.hasPrefix("HTTP/1.1 200") == true)
    }

    @Test func malformedRequestsGetTheirStatusAndACloseWhileOthersAreServed() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        for (request, status) in [
            ("GET / HTTP/1.1\nHost: t\n\n", "400"), ("BLAH\r\n\r\n", "400"),
            ("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n", "501"),
        ] {
            let client = try #require(TestClient(port: port))
            client.send(request)
            #expect(client.receive().hasPrefix("HTTP/1.1 \(status) "), "\(request.debugDescription)")
            #expect(client.isClosed())
        }
        #expect(get(port)?.hasPrefix("HTTP/1.1 200") == true)
    }

    @Test func aClientThatTricklesItsHeaderIsDroppedWithoutHoldingAWorker() throws {
        let (server, port) = try server {
            $0.limits.requestTimeout = 0.6
            $0.workers = 1
        }
        defer { server.shutdown() }
        let slow = try #require(TestClient(port: port))
        for byte in "GET / HTTP/1.1\r\nHost: t\r\n".utf8 {
            slow.send([byte])
            if byte == UInt8(ascii: "\n") {
                #expect(get(port)?.hasPrefix("HTTP/1.1 200") == true, "the one worker is free")
            }
            Thread.sleep(forTimeInterval: 0.03)
            if slow.receive(timeout: 0.001).hasPrefix("HTTP/1.1 408") { break }
        }
        #expect(slow.receive(timeout: 2).hasPrefix("HTTP/1.1 408") || slow.isClosed(timeout: 0.1))
        #expect(slow.isClosed())
    }

    @Test func aClientThatVanishesMidBodyCostsNothing() throws {
        let (server, port) = try server()
        defer { server.shutdown() }
        for _ in 0..<20 {
            let client = try #require(TestClient(port: port))
            client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\nonly part")
        }
        #expect(get(port)?.hasPrefix("HTTP/1.1 200") == true)
    }

    @Test func manyIdleConnectionsDoNotStopTheNextRequest() throws {
        let (server, port) = try server { $0.maxConnectionsPerAddress = 4_096 }
        defer { server.shutdown() }
        let idle = (0..<2_000).compactMap { _ in TestClient(port: port) }
        #expect(idle.count == 2_000)
        #expect(get(port)?.hasPrefix("HTTP/1.1 200") == true)
        #expect(server.state.withLock { $0.watched.count } >= 2_000)
    }

    @Test func connectionsBeyondTheLimitGet503WithRetryAfter() throws {
        let (server, port) = try server { $0.maxConnections = 3 }
        defer { server.shutdown() }
        let held = (0..<3).compactMap { _ in TestClient(port: port) }
        Thread.sleep(forTimeInterval: 0.2)
        let refused = try #require(TestClient(port: port))
        let answer = refused.receive(timeout: 2)
        #expect(answer.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n") && answer.contains("Retry-After: 1\r\n"))
        #expect(held.count == 3)
    }

    @Test func idleConnectionsAreClosedAfterTheIdleTimeout() throws {
        let (server, port) = try server { $0.limits.idleTimeout = 0.3 }
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(client.responses(1).count == 1)
        #expect(client.isClosed(timeout: 3))
    }

    @Test func aThrowingHandlerIsABare500AndTheErrorIsLogged() throws {
        struct Secret: Error {}
        let logged = Mutex<[String]>([])
        let (server, port) = try server(
            { configuration in
                configuration.errorLog = { line in logged.withLock { $0.append(line) } }
            }, handler: { _ in throw Secret() })
        defer { server.shutdown() }
        let answer = get(port) ?? ""
        #expect(answer.hasPrefix("HTTP/1.1 500 Internal Server Error\r\n") && answer.hasSuffix("internal error\n"))
        #expect(logged.withLock { $0 } == ["GET /: Secret()"])
    }

    @Test func theAccessLogHasOneLinePerRequestWithoutTheQuery() throws {
        let lines = Mutex<[String]>([])
        let (server, port) = try server { configuration in
            configuration.accessLog = { entry in lines.withLock { $0.append(entry.line) } }
        }
        _ = get(port, "/plans?token=secret")
        server.shutdown()
        let logged = lines.withLock { $0 }
        #expect(logged.count == 1)
        #expect(logged.first?.hasPrefix("127.0.0.1 GET /plans 200 25 ") == true, "\(logged)")
        #expect(!(logged.first ?? "").contains("secret"))
    }

    @Test func shutdownFinishesTheRequestInFlightAndStopsListening() throws {
        let (server, port) = try server(handler: { _ in
            Thread.sleep(forTimeInterval: 0.4)
            return HTTPResponse(status: .ok, contentType: "text/plain", body: "finished")
        })
        let client = try #require(TestClient(port: port))
        client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.1)
        server.shutdown()
        let answer = client.receive(timeout: 2)
        #expect(
            answer.hasPrefix("HTTP/1.1 200 OK") && answer.contains("Connection: close") && answer.hasSuffix("finished"))
        #expect(TestClient(port: port) == nil, "nothing listens any more")
    }

    @Test func headAnswersWithoutABodyAndResponseHeadersCannotBeSplit() throws {
        let (server, port) = try server(handler: { request in
            var response = HTTPResponse(status: .ok, contentType: "text/plain", body: "body")
            response.headers.set("X-Echo", String(request.query))
            response.headers.set("X-Injected", "a\r\nSet-Cookie: evil=1")
            return response
        })
        defer { server.shutdown() }
        let client = try #require(TestClient(port: port))
        client.send("HEAD /?q HTTP/1.1\r\nHost: t\r\n\r\n")
        let answer = client.receive(timeout: 1)
        #expect(answer.contains("Content-Length: 4\r\n") && answer.hasSuffix("\r\n\r\n"), "no body after a HEAD")
        #expect(!answer.contains("\r\nSet-Cookie"))
    }
}
