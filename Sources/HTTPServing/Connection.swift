#if canImport(Glibc)
import Glibc
#endif

/// One client connection: its bytes received and not yet served, and the request being read.
///
/// `@unchecked Sendable`: a connection is owned by one thread at a time — the event loop while it is in the loop's
/// table (registered with `EPOLLONESHOT`, so epoll reports it once until re-armed), a worker from the moment the loop
/// takes it out of that table until the worker puts it back under the same lock. Nothing touches it outside its turn.
final class Connection: @unchecked Sendable {
    let descriptor: Int32
    let address: String
    private(set) var buffer: [UInt8] = []
    private var parser: RequestHeadParser
    private var head: RequestHead?
    private var headLength = 0
    /// When the first byte of the request being read arrived (monotonic seconds); nil between requests.
    private(set) var requestStarted: Double?
    /// When the connection last finished a response or opened (monotonic seconds).
    var idleSince: Double

    init(descriptor: Int32, address: String, limits: HTTPLimits, now: Double) {
        self.descriptor = descriptor
        self.address = address
        self.parser = RequestHeadParser(limits: limits)
        self.idleSince = now
    }

    /// Reads what the socket holds, 16 chunks at the most (the rest waits for the next turn, so one client cannot
    /// fill memory between two checks of its request); false when the peer closed the connection or it failed.
    func receive(now: Double, chunk: inout [UInt8]) -> Bool {
        for _ in 0..<16 {
            let count = chunk.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return recv(descriptor, base, raw.count, 0)
            }
            if count > 0 {
                if buffer.isEmpty, requestStarted == nil { requestStarted = now }
                buffer.append(contentsOf: chunk[0..<count])
                if count < chunk.count { return true }
                continue
            }
            if count == 0 { return false }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return true
            default: return false
            }
        }
        return true
    }

    /// The next complete request in the buffer, taken out of it; nil while one is still arriving.
    func nextRequest(
        bodyLimit: (RequestHead) -> Int, now: Double
    ) throws(RequestRejection) -> HTTPRequest? {
        if head == nil {
            guard case .head(let length) = try parser.scan(buffer) else { return nil }
            let parsed = try parser.head(buffer)
            let limit = bodyLimit(parsed)
            guard parsed.contentLength <= limit else {
                throw RequestRejection(.contentTooLarge, "the body is larger than \(limit) bytes")
            }
            head = parsed
            headLength = length
        }
        guard let head, buffer.count >= headLength + head.contentLength else { return nil }
        let end = headLength + head.contentLength
        let request = HTTPRequest(
            method: head.method, target: head.target, minorVersion: head.minorVersion, headers: head.headers,
            body: Array(buffer[headLength..<end]), remoteAddress: address)
        buffer.removeSubrange(0..<end)
        self.head = nil
        parser = RequestHeadParser(limits: parser.limits)
        requestStarted = buffer.isEmpty ? nil : now
        return request
    }

    /// Writes all of `bytes`, waiting for the socket to drain up to `timeout` seconds in all; false when it failed.
    func send(_ bytes: [UInt8], timeout: Double) -> Bool {
        var sent = 0
        let deadline = Monotonic.now() + timeout
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.send(descriptor, base + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                sent += count
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
            let remaining = deadline - Monotonic.now()
            guard remaining > 0 else { return false }
            var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            _ = poll(&poller, 1, Int32(min(remaining, 1) * 1000) + 1)
        }
        return true
    }
}

/// Seconds on the monotonic clock, which no change of the wall clock moves.
enum Monotonic {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
