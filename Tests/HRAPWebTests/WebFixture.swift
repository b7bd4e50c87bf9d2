import Foundation
import HRAPCore
import HRAPReports
import HRAPUseCases
import HRAPWeb
import Hashing
import HTTPServing
import JSONCoding
import Testing
#if canImport(Glibc)
    import Glibc
#endif

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// A live site on port 0 over a fresh database with both examples, an unpublished draft plan, and a token for every
/// role; `call` speaks HTTP over a socket and keeps cookies like a browser.
final class WebFixture: @unchecked Sendable {
    let database: String
    let service: HRAPService
    let server: HTTPServer
    let port: Int
    /// Tokens by name: admin, officer (Aldermoor), otherOfficer (Hainbach), reviewer (m.kovac), revoked later by tests.
    let tokens: [String: String]
    /// The browser's cookies.
    var cookies: [String: String] = [:]
    static let clock: @Sendable () -> Timestamp = {
        Timestamp("2026-01-15T10:00:00Z") ?? Timestamp(secondsSince1970: 0)
    }

    /// Few rounds, so that signing in is quick in a debug build; the rules read the shipped common passwords.
    static let passwords = PasswordPolicy(
        rules: PasswordRules(
            commonPasswords: (try? String(
                contentsOfFile: repositoryRoot + "/templates/security/common-passwords.txt", encoding: .utf8)) ?? ""),
        rounds: 1_000)

    /// A fresh site, or (`restarting`) a new server over another fixture's database, as after a restart.
    init(
        readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5_000,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }, authProxy: AuthProxy? = nil,
        restarting earlier: WebFixture? = nil
    ) throws {
        let catalogue = FrameworkCatalogue(directory: repositoryRoot + "/templates/frameworks")
        if let earlier {
            (database, tokens, cookies) = (earlier.database, earlier.tokens, earlier.cookies)
        } else {
            database =
                FileManager.default.temporaryDirectory.appendingPathComponent("hrap-web-\(UUID().uuidString).sqlite")
                .path
            tokens = try Self.setUp(database, catalogue)
        }
        service = try HRAPService.open(
            path: database, mode: .write, policy: RolePolicy(), catalogue: catalogue, passwords: Self.passwords,
            busyTimeoutMilliseconds: busyTimeoutMilliseconds, clock: Self.clock)
        var options = WebSite.Options(
            templates: try Self.templates(), locales: try Self.locales(),
            today: { Self.clock().date })
        options.readOnly = readOnly
        options.now = now
        options.authProxy = authProxy
        options.log = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let site = try WebSite(service: service, options: options)
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.workers = 4
        site.configure(&configuration)
        server = HTTPServer(configuration: configuration) { site.handle($0) }
        port = try server.start()
    }

    /// Both examples, an unpublished draft, and a token for every role; returns the tokens by key.
    private static func setUp(_ database: String, _ catalogue: FrameworkCatalogue) throws -> [String: String] {
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
                ("title", .string("Secret draft successor plan")), ("kind", .string("comprehensive")),
                ("period_start", .string("2024-01-01")), ("status", .string("draft")),
            ],
            as: admin)
        var tokens: [String: String] = [:]
        let requests: [(String, TokenRequest)] = [
            ("admin", TokenRequest(name: "admin", role: .admin)),
            ("officer", TokenRequest(name: "maria", role: .officer, government: "GB-aldermoor")),
            ("coordinator", TokenRequest(name: "amira", role: .officer, government: "GB-aldermoor")),
            ("otherOfficer", TokenRequest(name: "jonas", role: .officer, government: "DE-hainbach")),
            ("reviewer", TokenRequest(name: "mira", role: .reviewer, reviewer: "m.kovac")),
            ("outsider", TokenRequest(name: "olga", role: .reviewer, reviewer: "o.nobody")),
        ]
        for (key, request) in requests { tokens[key] = try setup.createToken(request, as: admin).token }
        return tokens
    }

    deinit { server.shutdown() }

    static func templates() throws -> [String: String] {
        var sources: [String: String] = [:]
        for folder in ["reports", "web"] {
            let directory = repositoryRoot + "/templates/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".mustache")
            {
                sources[String(name.dropLast(".mustache".count))] = try String(
                    contentsOfFile: directory + "/" + name, encoding: .utf8)
            }
        }
        return sources
    }

    static func locales() throws -> [String: ReportLocale] {
        var locales: [String: ReportLocale] = [:]
        for language in ["en", "fr", "de", "es"] {
            let text = try String(
                contentsOfFile: repositoryRoot + "/templates/locales/\(language).json", encoding: .utf8)
            locales[language] = try ReportLocale(language: language, json: try JSONParser.parse(text))
        }
        return locales
    }

    /// One request on a new connection, with the browser's cookies; cookies the response sets are kept.
    @discardableResult
    func call(
        _ method: String, _ path: String, form: [(String, String)]? = nil, body: [UInt8]? = nil,
        contentType: String? = nil, headers: [(String, String)] = []
    ) -> WebResponse {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        if !cookies.isEmpty {
            text += "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
        }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        var content = body ?? []
        var type = contentType
        if let form {
            content = Array(form.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&").utf8)
            type = type ?? "application/x-www-form-urlencoded"
        }
        if method == "POST" {
            text +=
                "Content-Type: \(type ?? "application/x-www-form-urlencoded")\r\nContent-Length: \(content.count)\r\n"
        }
        let response = WebResponse(raw: RawConnection.exchange(port: port, Array((text + "\r\n").utf8) + content))
        for header in response.headers where header.0.lowercased() == "set-cookie" {
            let pair = header.1.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count >= 1 else { continue }
            let value = pair.count == 2 ? String(pair[1]) : ""
            cookies[String(pair[0])] = value.isEmpty || header.1.contains("Max-Age=0") ? nil : value
        }
        return response
    }

    /// A GET as a visitor who is not signed in; the fixture's cookies are kept for the next call.
    func anonymous(_ path: String) -> WebResponse {
        let kept = cookies
        cookies = [:]
        defer { cookies = kept }
        return call("GET", path)
    }

    /// Signs in with a token through the form; returns the response to the post.
    @discardableResult
    func signIn(_ token: String) -> WebResponse {
        let form = call("GET", "/sign-in")
        return call(
            "POST", "/sign-in",
            form: [
                ("csrf", form.hiddenValue("csrf") ?? ""), ("next", ""), ("token", tokens[token] ?? token),
            ])
    }

    /// The CSRF token of the signed-in session, read from a form page.
    func csrf(from path: String) -> String {
        call("GET", path).hiddenValue("csrf") ?? ""
    }

    /// Opens the peer round `peer-2026` of the Aldermoor example and invites m.kovac (the fixture's reviewer token).
    func openPeerRoundWithReviewer() throws {
        let admin = Principal.commandLine("test")
        let opening = RoundOpening(
            code: "peer-2026", title: "Peer review 2026", kind: "peer", framework: "hrgl-2024",
            asOf: try #require(CalendarDate(year: 2026, month: 1, day: 1)), automaticWeight: .number(0.5),
            blind: true, selfAssessment: nil)
        _ = try service.openAssessment(opening, plan: "aldermoor-2023", as: admin)
        var reviewer = Reviewer()
        (reviewer.code, reviewer.name, reviewer.affiliation, reviewer.homeCity, reviewer.conflictOfInterest) =
            ("m.kovac", "Mira Kovač", "Rivertown", "Rivertown", "none")
        try service.invite(reviewer, to: "peer-2026", plan: "aldermoor-2023", as: admin)
    }

    /// The number of audit rows: what every write adds to.
    func auditRows() throws -> Int {
        try service.audit(.init(limit: 1_000_000), as: .commandLine("test")).count
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// A response as a browser sees it.
struct WebResponse {
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

    /// The value of a hidden input.
    func hiddenValue(_ name: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return Self.unescape(String(body[range.upperBound...].prefix { $0 != "\"" }))
    }

    /// What a browser would post from the page's last form (other than a record's retire button), as shown: each text input's value, each textarea's
    /// text, each select's selected option, each checked checkbox (`on`); file inputs are left out.
    func formValues() -> [(String, String)] {
        let form =
            body.components(separatedBy: "<form method=\"post\"").last { !$0.prefix(200).contains("/retire?") } ?? ""
        var values: [(String, String)] = []
        for tag in form.components(separatedBy: "<").dropFirst() {
            let head = String(tag.prefix { $0 != ">" })
            func attribute(_ name: String) -> String? {
                guard let range = head.range(of: " \(name)=\"") else { return nil }
                return Self.unescape(String(head[range.upperBound...].prefix { $0 != "\"" }))
            }
            if head.hasPrefix("input"), let name = attribute("name"), attribute("type") != "file" {
                if attribute("type") == "checkbox" {
                    if head.contains(" checked") { values.append((name, "on")) }
                } else {
                    values.append((name, attribute("value") ?? ""))
                }
            } else if head.hasPrefix("textarea"), let name = attribute("name") {
                values.append((name, Self.unescape(String(tag.drop { $0 != ">" }.dropFirst()))))
            } else if head.hasPrefix("select"), let name = attribute("name") {
                values.append((name, ""))
            } else if head.hasPrefix("option"), head.contains(" selected"), let value = attribute("value"),
                let last = values.indices.last
            {
                values[last].1 = value
            }
        }
        return values
    }

    static func unescape(_ text: String) -> String {
        text.replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }

    /// How often a string occurs in the body.
    func count(_ text: String) -> Int { body.components(separatedBy: text).count - 1 }
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
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { break }
            sent += count
        }
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
