import CEpoll
#if canImport(Glibc)
    import Glibc
#endif

extension HTTPServer {
    /// The event loop: accepts, reads, hands complete requests to workers, writes what a worker's response left for a
    /// slow reader, drops slow and idle clients, and on shutdown closes what is idle and waits for the workers.
    func runLoop(epoll: Int32) {
        var events = [epoll_event](repeating: epoll_event(), count: 256)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var lastSweep = Monotonic.now()
        let (listener, wake) = state.withLock { ($0.listener, $0.wake) }
        var listening = true
        while true {
            let count = epoll_wait(epoll, &events, Int32(events.count), 100)
            let now = Monotonic.now()
            for event in events.prefix(max(0, Int(count))) {
                let descriptor = event.data.fd
                if descriptor == listener {
                    if listening { acceptAll(listener, epoll: epoll, now: now) }
                } else if descriptor == wake {
                    var value: UInt64 = 0
                    _ = read(wake, &value, 8)
                } else {
                    ready(descriptor, now: now, chunk: &chunk)
                }
            }
            let stopping = state.withLock { $0.stopping }
            if stopping, listening {
                listening = false
                epoll_ctl(epoll, EPOLL_CTL_DEL, listener, nil)
                Glibc.shutdown(listener, Int32(SHUT_RDWR))
                close(listener)
            }
            if stopping || now - lastSweep >= 0.1 {
                sweep(now: now, closingAll: stopping)
                lastSweep = now
            }
            if stopping, state.withLock({ $0.busy == 0 && $0.watched.isEmpty }) { break }
        }
        close(wake)
        close(epoll)
        loopFinished()
    }

    private func acceptAll(_ listener: Int32, epoll: Int32, now: Double) {
        while true {
            let accepted: (descriptor: Int32, address: String)?
            do { accepted = try Socket.accept(listener) } catch {
                configuration.errorLog("accept: \(error)")
                return
            }
            guard let (descriptor, address) = accepted else { return }
            let connection = Connection(
                descriptor: descriptor, address: address, limits: configuration.limits,
                now: now)
            let perAddress = configuration.maxConnectionsPerAddress
            let refusal = state.withLock { state -> String? in
                state.watched[descriptor] = connection
                state.connectionsByAddress[address, default: 0] += 1
                if state.watched.count + state.busy > state.maxConnections { return "too many open connections" }
                if state.connectionsByAddress[address, default: 0] > perAddress {
                    return "too many open connections from this address"
                }
                return nil
            }
            register(descriptor, in: epoll, oneShot: true)
            if let refusal { refuse(connection, RequestRejection(.serviceUnavailable, refusal + "; try again")) }
        }
    }

    /// A connection the loop owns is readable, or writable while part of a response waits.
    private func ready(_ descriptor: Int32, now: Double, chunk: inout [UInt8]) {
        guard let connection = state.withLock({ $0.watched[descriptor] }) else { return }
        if connection.hasPending { return writable(connection, now: now) }
        guard connection.receive(now: now, chunk: &chunk) else { return drop(connection) }
        if let rejection = account(connection) { return refuse(connection, rejection) }
        serveNext(connection, now: now)
    }

    /// Hands the connection's next complete request to a worker, or watches it for the rest of one.
    private func serveNext(_ connection: Connection, now: Double) {
        let request: HTTPRequest?
        do {
            request = try connection.nextRequest(configuration, now: now)
        } catch {
            return refuse(connection, error)
        }
        _ = account(connection)
        guard let request else { return watch(connection, writing: false) }
        state.withLock {
            $0.watched[connection.descriptor] = nil
            $0.busy += 1
        }
        dispatch(connection, first: request)
    }

    /// Writes what the client now takes of a waiting response; once it is all written, the next request is served.
    private func writable(_ connection: Connection, now: Double) {
        switch connection.flush(now: now) {
        case .failed: drop(connection)
        case .blocked: watch(connection, writing: true)
        case .done:
            if connection.closesAfterPending || state.withLock({ $0.stopping }) { return drop(connection) }
            connection.idleSince = now
            connection.resumeReading(now: now)
            serveNext(connection, now: now)
        }
    }

    /// Drops clients whose request takes too long (408), that take none of a response for the write timeout, or that
    /// stay idle; on shutdown every connection the loop holds.
    private func sweep(now: Double, closingAll: Bool) {
        let limits = configuration.limits
        let expired = state.withLock { state in
            state.watched.values.filter { connection in
                if closingAll { return true }
                if connection.hasPending { return now - connection.lastProgress > limits.writeTimeout }
                if let started = connection.requestStarted { return now - started > limits.requestTimeout }
                return now - connection.idleSince > limits.idleTimeout
            }
        }
        for connection in expired {
            if connection.requestStarted != nil, !connection.hasPending, !closingAll {
                refuse(
                    connection,
                    RequestRejection(
                        .requestTimeout,
                        "the request took longer than \(limits.requestTimeout) s"))
            } else {
                drop(connection)
            }
        }
    }

    /// Answers a request refused before any handler saw it, then closes the connection (once the answer is written,
    /// which the loop finishes for a client that does not read).
    func refuse(_ connection: Connection, _ rejection: RequestRejection) {
        switch sendRefusal(connection, rejection) {
        case .blocked: watch(connection, writing: true)
        case .done, .failed: drop(connection)
        }
    }

    /// Queues the answer to a refused request and writes what the socket takes now.
    func sendRefusal(_ connection: Connection, _ rejection: RequestRejection) -> Connection.Flush {
        var response = rejection.answer ?? configuration.rejection(rejection)
        if rejection.status == .serviceUnavailable || rejection.status == .tooManyRequests {
            response.headers.set("Retry-After", "1")
        }
        configuration.accessLog(
            AccessLogEntry(
                method: "-", path: "-", status: rejection.status.code, bytes: response.body.count, duration: 0,
                remoteAddress: connection.address))
        connection.closesAfterPending = true
        return connection.send(
            response.serialized(date: dates.now(), closing: true, headOnly: false),
            now: Monotonic.now())
    }

    /// Counts what the connection holds beyond ``Connection/uncountedBytes`` against its address; the rejection when
    /// the address holds too much. An ordinary request changes no count, so it takes no lock here.
    func account(_ connection: Connection) -> RequestRejection? {
        let limit = configuration.maxBytesInFlightPerAddress
        let counted = max(0, connection.heldBytes - Connection.uncountedBytes)
        guard counted != connection.accounted else { return nil }
        let held = state.withLock { state -> Int in
            state.bytesByAddress[connection.address, default: 0] += counted - connection.accounted
            return state.bytesByAddress[connection.address, default: 0]
        }
        connection.accounted = counted
        guard held > limit else { return nil }
        return RequestRejection(.serviceUnavailable, "this address is sending more than \(limit) bytes at once")
    }

    /// Closes a connection the loop owns and forgets it.
    func drop(_ connection: Connection) {
        state.withLock { _ = $0.watched.removeValue(forKey: connection.descriptor) }
        release(connection)
    }

    /// Closes a connection and takes it out of its address's counts.
    func release(_ connection: Connection) {
        state.withLock { state in
            state.connectionsByAddress[connection.address, default: 1] -= 1
            if state.connectionsByAddress[connection.address] == 0 {
                state.connectionsByAddress[connection.address] = nil
            }
            state.bytesByAddress[connection.address, default: 0] -= connection.accounted
            if state.bytesByAddress[connection.address] == 0 { state.bytesByAddress[connection.address] = nil }
        }
        close(connection.descriptor)
    }
}
