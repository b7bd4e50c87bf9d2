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
    /// A response the socket has not taken whole yet, head and body (kept apart, so a large body is never copied),
    /// and how many of their bytes are written; the event loop writes the rest as the client reads, and nothing more
    /// of the connection is served until they are gone.
    private var pending: (head: [UInt8], body: [UInt8]) = ([], [])
    private var pendingStart = 0
    private var pendingCount: Int { pending.head.count + pending.body.count }
    /// When the pending bytes last moved (monotonic seconds): a client that takes none for the write timeout is
    /// dropped.
    private(set) var lastProgress: Double = 0
    /// Whether the connection closes once its pending bytes are written.
    var closesAfterPending = false
    /// Whether `100 Continue` was sent for the request being read.
    private var continued = false
    /// The received bytes counted against the client's address (see ``HTTPServer``'s bytes in flight).
    var accounted = 0
    /// What a connection may hold before its bytes count against its address: a request head and a small body.
    static let uncountedBytes = 64 * 1024
    /// The file the body of the request being read goes to, when the application reads it as a stream.
    private var spool: SpooledBody?

    /// The bytes the connection holds of requests not yet served: in memory and in a body's file.
    var heldBytes: Int { buffer.count + (spool?.count ?? 0) }

    /// Whether part of a response waits to be written.
    var hasPending: Bool { pendingStart < pendingCount }

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
    ///
    /// A head that announces a body is shown to `admit` before any of the body is kept: an answer from it (401, 403)
    /// is the rejection's, and the connection closes without reading the body. Once admitted, a client that sent
    /// `Expect: 100-continue` is told to go on.
    func nextRequest(
        _ configuration: HTTPServer.Configuration, now: Double
    ) throws(RequestRejection) -> HTTPRequest? {
        if head == nil {
            guard case .head(let length) = try parser.scan(buffer) else { return nil }
            let parsed = try parser.head(buffer)
            let limit = configuration.bodyLimit(parsed)
            guard parsed.contentLength <= limit else {
                throw RequestRejection(.contentTooLarge, "the body is larger than \(limit) bytes")
            }
            if parsed.contentLength >= configuration.admitFrom, let answer = configuration.admit(parsed, address) {
                throw RequestRejection(answer.status, "refused before its body", answer: answer)
            }
            head = parsed
            headLength = length
            if parsed.contentLength > 0, configuration.spoolsBody(parsed) { spool = try SpooledBody() }
            try expectContinue(parsed)
        }
        guard let head else { return nil }
        if let spool { return try spooled(head, into: spool, now: now) }
        guard buffer.count >= headLength + head.contentLength else { return nil }
        var request = HTTPRequest(head: head, remoteAddress: address)
        request.body = Array(buffer[headLength..<(headLength + head.contentLength)])
        return finish(request, consumed: headLength + head.contentLength, now: now)
    }

    /// Takes a complete request's bytes out of the buffer and gets ready for the next request.
    private func finish(_ request: HTTPRequest, consumed: Int, now: Double) -> HTTPRequest {
        buffer.removeSubrange(0..<consumed)
        (head, spool, continued) = (nil, nil, false)
        parser = RequestHeadParser(limits: parser.limits)
        requestStarted = buffer.isEmpty ? nil : now
        return request
    }

    /// Moves what arrived of the body into its file; the request once all of it is there.
    private func spooled(
        _ head: RequestHead, into spool: SpooledBody, now: Double
    ) throws(RequestRejection) -> HTTPRequest? {
        let arrived = min(buffer.count - headLength, head.contentLength - spool.count)
        if arrived > 0 {
            try spool.append(buffer[headLength..<(headLength + arrived)])
            buffer.removeSubrange(headLength..<(headLength + arrived))
        }
        guard spool.count == head.contentLength else { return nil }
        var request = HTTPRequest(head: head, remoteAddress: address)
        request.spooledBody = spool
        return finish(request, consumed: headLength, now: now)
    }

    /// Answers `Expect: 100-continue` (RFC 9110 section 10.1.1) once the head is admitted and the body has not come;
    /// any other expectation gets 417.
    private func expectContinue(_ head: RequestHead) throws(RequestRejection) {
        guard let expectation = head.headers["Expect"] else { return }
        guard expectation.lowercased() == "100-continue" else {
            throw RequestRejection(.expectationFailed, "the only expectation served is 100-continue")
        }
        guard !continued, head.minorVersion >= 1, buffer.count - headLength < head.contentLength else { return }
        continued = true
        let line = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
        _ = line.withUnsafeBytes {
            Glibc.send(descriptor, $0.baseAddress, line.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
        }
    }

    /// What a write without waiting achieved.
    enum Flush {
        /// Every pending byte is written.
        case done
        /// The socket is full; the rest waits for the client to read.
        case blocked
        /// The connection failed or the peer is gone.
        case failed
    }

    /// Queues a response's head and body and writes what the socket takes now, without waiting.
    func send(_ head: [UInt8], body: [UInt8] = [], now: Double) -> Flush {
        pending = (head, body)
        pendingStart = 0
        lastProgress = now
        return flush(now: now)
    }

    /// Writes pending bytes until they are gone or the socket is full; never waits.
    func flush(now: Double) -> Flush {
        while pendingStart < pendingCount {
            let count = writeRest()
            if count > 0 {
                pendingStart += count
                lastProgress = now
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return .failed }
            if errno == EINTR { continue }
            return .blocked
        }
        pending = ([], [])
        pendingStart = 0
        return .done
    }

    /// One `sendmsg` of what is left of the head and the body (two buffers, one system call); its result.
    private func writeRest() -> Int {
        let headLeft = max(0, pending.head.count - pendingStart)
        let bodyStart = max(0, pendingStart - pending.head.count)
        return pending.head.withUnsafeBytes { head in
            pending.body.withUnsafeBytes { body in
                var parts = [iovec]()
                if headLeft > 0, let base = head.baseAddress {
                    parts.append(
                        iovec(iov_base: UnsafeMutableRawPointer(mutating: base + pendingStart), iov_len: headLeft))
                }
                if bodyStart < body.count, let base = body.baseAddress {
                    parts.append(
                        iovec(
                            iov_base: UnsafeMutableRawPointer(mutating: base + bodyStart),
                            iov_len: body.count - bodyStart))
                }
                return parts.withUnsafeMutableBufferPointer { vectors in
                    var message = msghdr()
                    message.msg_iov = vectors.baseAddress
                    message.msg_iovlen = vectors.count
                    return sendmsg(descriptor, &message, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
                }
            }
        }
    }

    /// Marks the request that waited behind a response as starting now, so its time is not counted from before.
    func resumeReading(now: Double) {
        requestStarted = buffer.isEmpty ? nil : now
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
