import Foundation
import Glibc

/// nginx serving the same bytes hrap serves, as a static server's ceiling in the same run: each file is written
/// plain and, when given, precompressed beside it (`NAME.gz`, served by `gzip_static` to a client that takes gzip,
/// with `Vary: Accept-Encoding` as hrap sends). Two worker processes, one per core, no access log.
struct NginxAnchor {
    static let binary = "/usr/sbin/nginx"
    let process: Process
    let base: String
    private let root: String

    /// Whether nginx is installed (`.ci/bench` installs nginx-light when it is missing).
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Starts nginx serving `files` (path → plain body, gzipped body) from a temporary directory.
    init(files: [String: (plain: [UInt8], gzipped: [UInt8]?)]) throws {
        root = NSTemporaryDirectory() + "hrap-bench-nginx-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/www", withIntermediateDirectories: true)
        for (path, bodies) in files {
            try Data(bodies.plain).write(to: URL(fileURLWithPath: root + "/www/" + path))
            if let gzipped = bodies.gzipped {
                try Data(gzipped).write(to: URL(fileURLWithPath: root + "/www/" + path + ".gz"))
            }
        }
        let port = try Self.freePort()
        try Data(Self.configuration(root: root, port: port).utf8).write(
            to: URL(fileURLWithPath: root + "/nginx.conf"))
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["-p", root, "-c", root + "/nginx.conf"]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        base = "http://127.0.0.1:\(port)"
        try Self.waitForListener(port: port)
    }

    /// Stops nginx and removes its directory.
    func stop() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: root)
    }

    private static func configuration(root: String, port: Int) -> String {
        """
        worker_processes 2;
        daemon off;
        pid \(root)/nginx.pid;
        error_log \(root)/error.log;
        events { worker_connections 4096; }
        http {
            access_log off;
            client_body_temp_path \(root)/body;
            proxy_temp_path \(root)/proxy;
            fastcgi_temp_path \(root)/fastcgi;
            uwsgi_temp_path \(root)/uwsgi;
            scgi_temp_path \(root)/scgi;
            types { text/html html; }
            gzip_static on;
            gzip_vary on;
            server {
                listen 127.0.0.1:\(port);
                root \(root)/www;
            }
        }
        """
    }

    /// A port nobody listens on now: the kernel's choice for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw BenchError("no free port for nginx") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func waitForListener(port: Int) throws {
        for _ in 0..<100 {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(socket)
            if connected { return }
            usleep(50_000)
        }
        throw BenchError("nginx did not start listening on port \(port)")
    }
}
