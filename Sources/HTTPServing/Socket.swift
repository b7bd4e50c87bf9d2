#if canImport(Glibc)
    import Glibc
#endif

/// The few socket operations the server needs, over a file descriptor it owns.
enum Socket {
    /// A listening TCP socket bound to `host` (an IPv4 or IPv6 literal) and `port` (0: any free port).
    static func listen(host: String, port: Int, backlog: Int32) throws(SocketError) -> (descriptor: Int32, port: Int) {
        let isIPv6 = host.contains(":")
        let descriptor = try systemCall("socket") {
            socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        do throws(SocketError) {
            try setOption(descriptor, SOL_SOCKET, SO_REUSEADDR, 1)
            try bind(descriptor, host: host, port: port, isIPv6: isIPv6)
            try systemCall("listen") { Glibc.listen(descriptor, backlog) }
            try setNonBlocking(descriptor)
            return (descriptor, try boundPort(descriptor))
        } catch {
            close(descriptor)
            throw error
        }
    }

    private static func bind(_ descriptor: Int32, host: String, port: Int, isIPv6: Bool) throws(SocketError) {
        if isIPv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else {
                throw SocketError("inet_pton", errno: EINVAL)
            }
            try bind(descriptor, address)
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
                throw SocketError("inet_pton", errno: EINVAL)
            }
            try bind(descriptor, address)
        }
    }

    /// Binds to an IPv4 or IPv6 socket address.
    private static func bind<Address>(_ descriptor: Int32, _ address: Address) throws(SocketError) {
        var address = address
        try systemCall("bind") {
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<Address>.size))
                }
            }
        }
    }

    private static func boundPort(_ descriptor: Int32) throws(SocketError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try systemCall("getsockname") {
            withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
        }
        return port(of: storage)
    }

    /// Accepts a connection: its descriptor (non-blocking, no Nagle delay) and the peer's address; nil when none waits.
    static func accept(_ listener: Int32) throws(SocketError) -> (descriptor: Int32, address: String)? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        while true {
            let descriptor = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.accept(listener, $0, &length)
                }
            }
            if descriptor >= 0 {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
                do throws(SocketError) { try setNonBlocking(descriptor) } catch {
                    close(descriptor)
                    continue
                }
                try? setOption(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
                return (descriptor, address(of: storage))
            }
            switch errno {
            case EINTR, ECONNABORTED: continue
            case EAGAIN, EWOULDBLOCK: return nil
            default: throw SocketError("accept", errno: errno)
            }
        }
    }

    static func setOption(_ descriptor: Int32, _ level: Int32, _ name: Int32, _ value: Int32) throws(SocketError) {
        var value = value
        try systemCall("setsockopt") {
            setsockopt(descriptor, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    static func setNonBlocking(_ descriptor: Int32) throws(SocketError) {
        let flags = try systemCall("fcntl") { fcntl(descriptor, F_GETFL) }
        try systemCall("fcntl") { fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) }
    }

    private static func port(of storage: sockaddr_storage) -> Int {
        var storage = storage
        let family = storage.ss_family
        return withUnsafePointer(to: &storage) { pointer in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(
                    to: sockaddr_in6.self,
                    capacity: 1
                ) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
            return pointer.withMemoryRebound(
                to: sockaddr_in.self,
                capacity: 1
            ) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }

    private static func address(of storage: sockaddr_storage) -> String {
        var storage = storage
        let family = storage.ss_family
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        withUnsafePointer(to: &storage) { pointer in
            if family == sa_family_t(AF_INET6) {
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    var address = $0.pointee.sin6_addr
                    _ = inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
                }
            } else {
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    var address = $0.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
                }
            }
        }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
