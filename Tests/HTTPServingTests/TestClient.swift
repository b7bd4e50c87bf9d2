import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A raw TCP client for tests: sends exact bytes and reads what comes back, with a timeout.
final class TestClient {
    let descriptor: Int32

    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard descriptor >= 0, connected == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
            == bytes.count
    }

    /// Everything received until `done` says the text is complete, the peer closes, or `timeout` passes.
    func receive(timeout: Double = 5, until done: (String) -> Bool = { _ in false }) -> String {
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[0..<count]
            if done(String(decoding: received, as: UTF8.self)) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads `count` complete responses that carry a `Content-Length`.
    func responses(_ count: Int, timeout: Double = 5) -> [String] {
        let text = receive(timeout: timeout) { Self.split($0).count >= count }
        return Self.split(text)
    }

    /// Whether the server closed the connection (a read returns end of file within `timeout`).
    func isClosed(timeout: Double = 3) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let deadline = Date().addingTimeInterval(timeout)
        var byte: UInt8 = 0
        while Date() < deadline {
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = recv(descriptor, &byte, 1, 0)
            if count <= 0 { return true }
        }
        return false
    }

    /// Complete responses in received text, split by their `Content-Length`.
    static func split(_ text: String) -> [String] {
        var responses: [String] = []
        var rest = Substring(text)
        while let end = rest.range(of: "\r\n\r\n") {
            let head = rest[..<end.upperBound]
            let length =
                head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
            let body = rest[end.upperBound...]
            guard body.utf8.count >= length else { break }
            let bodyEnd = body.utf8.index(body.startIndex, offsetBy: length)
            responses.append(String(rest[..<bodyEnd]))
            rest = rest[bodyEnd...]
        }
        return responses
    }
}
