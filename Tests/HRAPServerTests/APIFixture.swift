import Foundation
import HRAPCore
import HRAPServer
import HRAPUseCases
import HTTPServing
import JSONCoding
import Testing
#if canImport(Glibc)
    import Glibc
#endif

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A live server on port 0 over a fresh database with both examples, an unpublished draft plan, and a token for
/// every role.
final class APIFixture: Sendable {
    let database: String
    let service: HRAPService
    let server: HTTPServer
    let port: Int
    /// Tokens by name: admin, officer (Aldermoor), otherOfficer (Hainbach), reviewer (m.kovac), viewer, expired,
    /// revoked.
    let tokens: [String: String]
    static let clock: @Sendable () -> Timestamp = {
        Timestamp("2026-01-15T10:00:00Z") ?? Timestamp(secondsSince1970: 0)
    }

    init(busyTimeoutMilliseconds: Int32 = 5_000, readOnly: Bool = false) throws {
        database =
            FileManager.default.temporaryDirectory.appendingPathComponent("hrap-api-\(UUID().uuidString).sqlite").path
        let catalogue = FrameworkCatalogue(directory: repositoryRoot + "/templates/frameworks")
        let setup = try HRAPService.open(path: database, mode: .write, catalogue: catalogue, clock: Self.clock)
        let admin = Principal.commandLine("setup")
        for name in ["aldermoor-plan.json", "hainbach-plan.json"] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/examples/" + name)))
            _ = try setup.importPlan(PlanFile.decode(try JSONParser.parse(bytes)).0, source: name, as: admin)
        }
        try setup.saveRecord(
            Plan.self, plan: nil, mode: .create, identity: [.string("aldermoor-draft")],
            changes: [
                ("code", .string("aldermoor-draft")), ("government", .string("GB-aldermoor")),
                ("title", .string("Draft successor plan")), ("kind", .string("comprehensive")),
                ("period_start", .string("2028-01-01")), ("status", .string("draft")),
            ],
            as: admin)
        var tokens: [String: String] = [:]
        let requests: [(String, TokenRequest)] = [
            ("admin", TokenRequest(name: "admin", role: .admin)),
            ("officer", TokenRequest(name: "maria", role: .officer, government: "GB-aldermoor")),
            ("coordinator", TokenRequest(name: "amira", role: .officer, government: "GB-aldermoor")),
            ("otherOfficer", TokenRequest(name: "jonas", role: .officer, government: "DE-hainbach")),
            ("reviewer", TokenRequest(name: "mira", role: .reviewer, reviewer: "m.kovac")),
            ("viewer", TokenRequest(name: "press", role: .viewer)),
            ("expired", TokenRequest(name: "old", role: .admin, expires: CalendarDate(year: 2025, month: 12, day: 31))),
            ("revoked", TokenRequest(name: "gone", role: .admin)),
        ]
        for (key, request) in requests { tokens[key] = try setup.createToken(request, as: admin).token }
        _ = try setup.revokeToken("gone", as: admin)
        self.tokens = tokens
        service = try HRAPService.open(
            path: database, mode: .write, policy: RolePolicy(), catalogue: catalogue,
            busyTimeoutMilliseconds: busyTimeoutMilliseconds, clock: Self.clock)
        var options = APIServer.Options(today: { Self.clock().date })
        options.readOnly = readOnly
        let api = APIServer(service: service, options: options)
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.workers = 4
        api.configure(&configuration)
        server = HTTPServer(configuration: configuration) { api.handle($0) }
        port = try server.start()
    }

    deinit { server.shutdown() }

    /// One request on a new connection (closed after the response).
    func call(
        _ method: String, _ path: String, as token: String? = "admin", body: String? = nil,
        contentType: String = "application/json", headers: [(String, String)] = []
    ) -> APIResponse {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        if let token { text += "Authorization: Bearer \(tokens[token] ?? token)\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        var bytes = Array(text.utf8)
        if let body {
            let content = Array(body.utf8)
            bytes += Array("Content-Type: \(contentType)\r\nContent-Length: \(content.count)\r\n\r\n".utf8) + content
        } else {
            bytes += Array("\r\n".utf8)
        }
        return APIResponse(raw: RawConnection.exchange(port: port, bytes))
    }

    /// The number of audit rows: what every write adds to.
    func auditRows() throws -> Int {
        try service.audit(.init(limit: 1_000_000), as: .commandLine("test")).count
    }
}

/// A response as a client sees it.
struct APIResponse {
    let status: Int
    let headers: [(String, String)]
    let body: String

    init(raw: String) {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let head = parts.first?.components(separatedBy: "\r\n") ?? []
        status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        headers = head.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var json: JSONValue? { try? JSONParser.parse(body) }
}

/// Plain sockets for tests.
enum RawConnection {
    /// Sends bytes, reads until the server closes (or 10 s pass).
    static func exchange(port: Int, _ bytes: [UInt8]) -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return "" }
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
