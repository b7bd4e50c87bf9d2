import CEpoll
import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: one event-loop thread reads every connection (epoll), a pool of workers runs
/// the handler and writes what the socket takes of the response without waiting.
///
/// A connection costs a worker only while a complete request is being answered: idle and slow clients are read by the
/// loop, and a response a client does not take at once is left to the loop, which writes it as the client reads and
/// serves the connection's next (pipelined) request only when it is all written. The loop drops a client whose request
/// is not complete within ``HTTPLimits/requestTimeout`` (408), that takes no byte of a response for
/// ``HTTPLimits/writeTimeout``, or that stays idle beyond ``HTTPLimits/idleTimeout``. One address may hold
/// ``Configuration/maxConnectionsPerAddress`` connections and ``Configuration/maxBytesInFlightPerAddress`` bytes
/// received and not yet served (503 beyond). A head that announces a large body is shown to ``Configuration/admit``
/// before the body is read. `Transfer-Encoding` bodies are refused with 501 (send `Content-Length`).
public final class HTTPServer: Sendable {
    /// Answers one request; runs on a worker thread. A thrown error becomes a bare 500, reported to the error log.
    public typealias Handler = @Sendable (HTTPRequest) throws -> HTTPResponse

    struct State {
        var listener: Int32 = -1
        var epoll: Int32 = -1
        var wake: Int32 = -1
        /// Connections the loop reads, by descriptor.
        var watched: [Int32: Connection] = [:]
        /// Connections a worker is answering.
        var busy = 0
        /// Open connections by client address.
        var connectionsByAddress: [String: Int] = [:]
        /// Bytes received and not yet served, by client address.
        var bytesByAddress: [String: Int] = [:]
        var stopping = false
        var started = false
        var maxConnections = 0
    }

    let configuration: Configuration
    let handler: Handler
    let state = Mutex(State())
    let dates = DateCache()
    /// Signalled by the loop when it has closed every connection.
    private let loopExited = DispatchSemaphore(value: 0)
    /// Signalled once the server has stopped, and again by every waiter it wakes.
    private let done = DispatchSemaphore(value: 0)
    private let workers: WorkerPool

    /// Creates a server; nothing listens until ``start()``.
    public init(configuration: Configuration, handler: @escaping Handler) {
        self.configuration = configuration
        self.handler = handler
        self.workers = WorkerPool(count: max(1, configuration.workers), name: "http-worker")
    }

    /// Listens and starts serving on a thread of its own; returns the port (the chosen one when asked for 0).
    public func start() throws(SocketError) -> Int {
        signal(SIGPIPE, SIG_IGN)
        let (listener, port) = try Socket.listen(host: configuration.host, port: configuration.port, backlog: 1024)
        let epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        let wake = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard epoll >= 0, wake >= 0 else {
            close(listener)
            throw SocketError(epoll < 0 ? "epoll_create1" : "eventfd", errno: errno)
        }
        let limit = Self.raiseFileLimit()
        state.withLock {
            $0.listener = listener
            $0.epoll = epoll
            $0.wake = wake
            $0.maxConnections = min(configuration.maxConnections, max(1, limit - 64))
            $0.started = true
        }
        register(listener, in: epoll, oneShot: false)
        register(wake, in: epoll, oneShot: false)
        let loop = Thread { [self] in runLoop(epoll: epoll) }
        loop.name = "http-loop"
        loop.start()
        return port
    }

    /// Stops accepting, lets the requests being answered finish, closes every connection, and returns once the
    /// server has stopped. Safe to call more than once and from any thread but a worker's.
    public func shutdown() {
        let (first, started) = state.withLock { state -> (Bool, Bool) in
            defer { state.stopping = true }
            return (!state.stopping, state.started)
        }
        guard first else { return wait() }
        if started {
            wakeLoop()
            loopExited.wait()
        }
        workers.stop()
        done.signal()
    }

    /// Blocks until the server has stopped.
    public func wait() {
        done.wait()
        done.signal()
    }

    func wakeLoop() {
        let wake = state.withLock { $0.wake }
        var one: UInt64 = 1
        _ = write(wake, &one, 8)
    }

    /// Adds a descriptor to the epoll set (a connection: one report, then re-armed by whoever serves it).
    func register(_ descriptor: Int32, in epoll: Int32, oneShot: Bool) {
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | (oneShot ? EPOLLONESHOT.rawValue | EPOLLRDHUP.rawValue : 0)
        event.data.fd = descriptor
        _ = epoll_ctl(epoll, EPOLL_CTL_ADD, descriptor, &event)
    }

    /// Watches a connection again after a worker answered it.
    func rearm(_ connection: Connection) {
        state.withLock { state in
            state.busy -= 1
            state.watched[connection.descriptor] = connection
        }
        watch(connection, writing: false)
    }

    /// Asks epoll for one report of the connection becoming readable, or writable while a response waits.
    func watch(_ connection: Connection, writing: Bool) {
        let epoll = state.withLock { $0.epoll }
        var event = epoll_event()
        event.events = (writing ? EPOLLOUT.rawValue : EPOLLIN.rawValue) | EPOLLONESHOT.rawValue | EPOLLRDHUP.rawValue
        event.data.fd = connection.descriptor
        _ = epoll_ctl(epoll, EPOLL_CTL_MOD, connection.descriptor, &event)
    }

    /// Whether `host` is an IPv4 or IPv6 address literal the server can listen on.
    public static func isAddressLiteral(_ host: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(host.contains(":") ? AF_INET6 : AF_INET, host, &buffer) == 1
    }

    /// Raises the soft limit on open files to the hard one; returns the limit in force.
    private static func raiseFileLimit() -> Int {
        var limits = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits) == 0 else { return 1024 }
        if limits.rlim_cur < limits.rlim_max {
            var raised = limits
            raised.rlim_cur = limits.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limits = raised }
        }
        return Int(clamping: limits.rlim_cur)
    }

    func loopFinished() {
        loopExited.signal()
    }

    /// Runs a connection's requests on a worker.
    func dispatch(_ connection: Connection, first: HTTPRequest) {
        workers.submit { [self] in serve(connection, first: first) }
    }
}
