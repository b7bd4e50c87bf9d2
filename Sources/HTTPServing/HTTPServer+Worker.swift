#if canImport(Glibc)
    import Glibc
#endif

extension HTTPServer {
    /// On a worker: answers the connection's complete requests in order (pipelining), then gives it back to the loop
    /// or closes it. A response the client does not take at once goes to the loop, which writes it as the client
    /// reads and only then serves the next request: a slow reader holds no worker.
    func serve(_ connection: Connection, first: HTTPRequest) {
        var next: HTTPRequest? = first
        while let request = next {
            switch answer(request, on: connection) {
            case .failed: return closeOnWorker(connection)
            case .waiting: return park(connection)
            case .written(let closing):
                if closing { return closeOnWorker(connection) }
            }
            do {
                next = try connection.nextRequest(configuration, now: Monotonic.now())
            } catch {
                return refuseOnWorker(connection, error)
            }
            if let rejection = account(connection) { return refuseOnWorker(connection, rejection) }
        }
        connection.idleSince = Monotonic.now()
        if state.withLock({ $0.stopping }) { return closeOnWorker(connection) }
        rearm(connection)
    }

    /// What writing a response came to.
    private enum Answered {
        /// All of it is written; the connection closes after it when `closing`.
        case written(closing: Bool)
        /// Part of it waits for the client to read.
        case waiting
        /// The connection failed.
        case failed
    }

    /// Runs the handler and writes what the socket takes of its response now.
    private func answer(_ request: HTTPRequest, on connection: Connection) -> Answered {
        let start = Monotonic.now()
        var response: HTTPResponse
        do { response = try handler(request) } catch {
            configuration.errorLog("\(request.method) \(request.path): \(error)")
            response = HTTPResponse(
                status: .internalServerError, contentType: "text/plain; charset=utf-8",
                body: "internal error\n")
        }
        let stopping = state.withLock { $0.stopping }
        let closing =
            !request.keepsAlive || stopping
            || response.headers.values("Connection").contains { $0.lowercased() == "close" }
        response.headers.set("Connection", closing ? "close" : "keep-alive")
        let head = response.serializedHead(date: dates.now(), closing: false)
        connection.closesAfterPending = closing
        let written = connection.send(
            head, body: response.sendsBody(headOnly: request.method == "HEAD") ? response.body : [],
            now: Monotonic.now())
        configuration.accessLog(
            AccessLogEntry(
                method: request.method, path: String(request.path), status: response.status.code,
                bytes: response.body.count, duration: Monotonic.now() - start, remoteAddress: connection.address))
        switch written {
        case .done: return .written(closing: closing)
        case .blocked: return .waiting
        case .failed: return .failed
        }
    }

    /// Answers a request refused before the handler saw it and closes the connection once the answer is written (by
    /// the loop, for a client that does not take it at once).
    private func refuseOnWorker(_ connection: Connection, _ rejection: RequestRejection) {
        switch sendRefusal(connection, rejection) {
        case .blocked: park(connection)
        case .done, .failed: closeOnWorker(connection)
        }
    }

    /// Gives a connection with a waiting response to the loop, to be written as the client reads.
    private func park(_ connection: Connection) {
        state.withLock { state in
            state.busy -= 1
            state.watched[connection.descriptor] = connection
        }
        watch(connection, writing: true)
    }

    /// Closes a connection a worker holds.
    private func closeOnWorker(_ connection: Connection) {
        release(connection)
        let stopping = state.withLock { state -> Bool in
            state.busy -= 1
            return state.stopping
        }
        if stopping { wakeLoop() }
    }
}
