#if canImport(Glibc)
import Glibc
#endif

extension HTTPServer {
    /// On a worker: answers the connection's complete requests in order (pipelining), then gives it back to the loop
    /// or closes it.
    func serve(_ connection: Connection, first: HTTPRequest) {
        var next: HTTPRequest? = first
        while let request = next {
            guard answer(request, on: connection) else { return finish(connection, keep: false) }
            do { next = try connection.nextRequest(bodyLimit: configuration.bodyLimit, now: Monotonic.now()) } catch {
                refuse(connection, error)
                return finish(connection, keep: nil)
            }
        }
        connection.idleSince = Monotonic.now()
        finish(connection, keep: !state.withLock { $0.stopping })
    }

    /// Runs the handler and writes its response; false when the connection must close.
    private func answer(_ request: HTTPRequest, on connection: Connection) -> Bool {
        let start = Monotonic.now()
        var response: HTTPResponse
        do { response = try handler(request) } catch {
            configuration.errorLog("\(request.method) \(request.path): \(error)")
            response = HTTPResponse(status: .internalServerError, contentType: "text/plain; charset=utf-8",
                                    body: "internal error\n")
        }
        let stopping = state.withLock { $0.stopping }
        let closing = !request.keepsAlive || stopping
            || response.headers.values("Connection").contains { $0.lowercased() == "close" }
        response.headers.set("Connection", closing ? "close" : "keep-alive")
        let bytes = response.serialized(date: dates.now(), closing: false, headOnly: request.method == "HEAD")
        let written = connection.send(bytes, timeout: configuration.limits.writeTimeout)
        configuration.accessLog(AccessLogEntry(
            method: request.method, path: String(request.path), status: response.status.code,
            bytes: response.body.count, duration: Monotonic.now() - start, remoteAddress: connection.address))
        return written && !closing
    }

    /// Hands the connection back to the loop (`keep`), closes it (`false`), or only counts it out (`nil`: closed).
    private func finish(_ connection: Connection, keep: Bool?) {
        switch keep {
        case true?: rearm(connection)
        case false?:
            close(connection.descriptor)
            doneWithWorker()
        case nil: doneWithWorker()
        }
    }

    private func doneWithWorker() {
        let stopping = state.withLock { state -> Bool in
            state.busy -= 1
            return state.stopping
        }
        if stopping { wakeLoop() }
    }
}
