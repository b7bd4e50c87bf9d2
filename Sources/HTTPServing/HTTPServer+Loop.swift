import CEpoll
#if canImport(Glibc)
import Glibc
#endif

extension HTTPServer {
    /// The event loop: accepts, reads, hands complete requests to workers, drops slow and idle clients, and on
    /// shutdown closes what is idle and waits for the workers' requests to finish.
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
                    readable(descriptor, now: now, chunk: &chunk)
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
            let connection = Connection(descriptor: descriptor, address: address, limits: configuration.limits,
                now: now)
            let admitted = state.withLock { state -> Bool in
                guard state.watched.count + state.busy < state.maxConnections else { return false }
                state.watched[descriptor] = connection
                return true
            }
            guard admitted else {
                refuse(connection, RequestRejection(.serviceUnavailable, "too many open connections; try again"))
                continue
            }
            register(descriptor, in: epoll, oneShot: true)
        }
    }

    /// Reads a connection the loop owns; a complete request goes to a worker.
    private func readable(_ descriptor: Int32, now: Double, chunk: inout [UInt8]) {
        guard let connection = state.withLock({ $0.watched[descriptor] }) else { return }
        guard connection.receive(now: now, chunk: &chunk) else { return drop(connection) }
        let request: HTTPRequest?
        do { request = try connection.nextRequest(bodyLimit: configuration.bodyLimit, now: now) } catch {
            return refuse(connection, error)
        }
        guard let request else { return rearmInLoop(connection) }
        state.withLock {
            $0.watched[descriptor] = nil
            $0.busy += 1
        }
        dispatch(connection, first: request)
    }

    private func rearmInLoop(_ connection: Connection) {
        let epoll = state.withLock { $0.epoll }
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | EPOLLONESHOT.rawValue | EPOLLRDHUP.rawValue
        event.data.fd = connection.descriptor
        _ = epoll_ctl(epoll, EPOLL_CTL_MOD, connection.descriptor, &event)
    }

    /// Drops clients whose request takes too long (408) and idle ones; on shutdown every connection the loop holds.
    private func sweep(now: Double, closingAll: Bool) {
        let limits = configuration.limits
        let expired = state.withLock { state in
            state.watched.values.filter { connection in
                if closingAll { return true }
                if let started = connection.requestStarted { return now - started > limits.requestTimeout }
                return now - connection.idleSince > limits.idleTimeout
            }
        }
        for connection in expired {
            if connection.requestStarted != nil, !closingAll {
                refuse(connection, RequestRejection(.requestTimeout,
                    "the request took longer than \(limits.requestTimeout) s"))
            } else {
                drop(connection)
            }
        }
    }

    /// Answers a request refused before any handler saw it, then closes the connection.
    func refuse(_ connection: Connection, _ rejection: RequestRejection) {
        var response = configuration.rejection(rejection)
        if rejection.status == .serviceUnavailable || rejection.status == .tooManyRequests {
            response.headers.set("Retry-After", "1")
        }
        _ = connection.send(response.serialized(date: dates.now(), closing: true, headOnly: false), timeout: 0.5)
        configuration.accessLog(AccessLogEntry(
            method: "-", path: "-", status: rejection.status.code, bytes: response.body.count, duration: 0,
            remoteAddress: connection.address))
        drop(connection)
    }

    /// Closes a connection and forgets it.
    func drop(_ connection: Connection) {
        state.withLock { _ = $0.watched.removeValue(forKey: connection.descriptor) }
        close(connection.descriptor)
    }
}
