import Foundation
import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

/// `hrap-bench --http`: the REST API of the synthetic plan under load from wrk (Debian's `wrk`, on the same cores),
/// in the same run as a bare HTTPServing handler (13 bytes of text) as the infrastructure's own ceiling.
struct HTTPBenchmark {
    /// One load: what is asked, how hard, and what came back.
    struct Scenario {
        let name: String
        let path: String
        let connections: Int
        var script: String?
        /// Extra request headers (`Accept-Encoding: gzip`).
        var headers: [String] = []
        /// Whether values are recorded through the API during the load (one every 200 ms).
        var writesDuring = false
    }

    struct Result {
        let scenario: Scenario
        let requestsPerSecond: [Double]
        let p99Milliseconds: [Double]
        let errors: Int
        let peakRSSMiB: Double
    }

    /// The time from request to last byte of a page viewed right after one value was recorded (its first view).
    struct FirstView {
        let name: String
        let milliseconds: [Double]
        let peakRSSMiB: Double
    }

    let database: String
    let plan: String
    let seconds: Int
    let runs: Int

    /// Everything one `--http` run measured.
    struct Report {
        var results: [Result] = []
        var firstViews: [FirstView] = []
        /// Why an anchor was left out, when one was.
        var notes: [String] = []
    }

    func run() throws -> Report {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            throw BenchError("--http drives wrk: apt-get install wrk (or run .ci/bench)")
        }
        let token = try prepare()
        let served = try Served(database: database)
        let (text, textPort) = try bareServer()
        defer {
            served.stop()
            text.shutdown()
        }
        let base = served.base + "/api/v1/plans/\(plan)"
        let page = served.base + "/plans/\(plan)"
        var report = Report()
        report.firstViews = try firstViews(served: served, token: token)
        let gzip = ["Accept-Encoding: gzip"]
        let writes = try writeScript(), missing = try uniqueQueryScript()
        var scenarios =
            [1, 64, 256].map {
                Scenario(name: "text, HTTPServing alone", path: "http://127.0.0.1:\(textPort)/", connections: $0)
            }
            + [1, 64, 256].map {
                Scenario(name: "GET score (cached)", path: base + "/score?as_of=2026-06-30", connections: $0)
            }
            + [1, 64, 256].map { Scenario(name: "GET one action", path: base + "/actions/1.1.1", connections: $0) }
            + [1, 64].map {
                Scenario(name: "GET values, limit=1", path: base + "/measurements?limit=1", connections: $0)
            }
            + [1, 64].map {
                Scenario(name: "POST measurement", path: base + "/measurements", connections: $0, script: writes)
            }
            + [1, 64].map { Scenario(name: "public plan page (cached)", path: page, connections: $0) }
            + [1, 64].map { Scenario(name: "plan page, gzip (cached)", path: page, connections: $0, headers: gzip) }
            + [
                Scenario(
                    name: "plan page, gzip, values written", path: page, connections: 64, headers: gzip,
                    writesDuring: true)
            ]
            + [1, 64].map {
                Scenario(
                    name: "public plan page (page cache missed)", path: page, connections: $0,
                    script: missing)
            }
        var nginx: NginxAnchor?
        if NginxAnchor.isAvailable {
            let anchor = try NginxAnchor(files: ["plan.html": try pageBodies(page)])
            nginx = anchor
            scenarios += [1, 64].map {
                Scenario(
                    name: "nginx gzip_static, same page", path: anchor.base + "/plan.html", connections: $0,
                    headers: gzip)
            }
        } else {
            report.notes.append("nginx is not installed (apt-get install nginx-light): no gzip_static anchor")
        }
        defer { nginx?.stop() }
        for scenario in scenarios {
            let server = scenario.name.hasPrefix("text") ? nil : scenario.name.hasPrefix("nginx") ? nil : served
            report.results.append(try measure(scenario, token: token, served: server))
            FileHandle.standardError.write(Data("measured \(scenario.name) at \(scenario.connections)\n".utf8))
        }
        return report
    }

    /// An admin token for the API, and the plan published so that its public pages show.
    private func prepare() throws -> String {
        let root = FileManager.default.currentDirectoryPath + "/templates"
        let catalogue = FrameworkCatalogue(directory: root + "/frameworks")
        let clock: @Sendable () -> Timestamp = { Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970)) }
        let setup = try HRAPService.open(path: database, mode: .write, catalogue: catalogue, clock: clock)
        let token = try setup.createToken(TokenRequest(name: "bench", role: .admin), as: .commandLine("bench")).token
        try setup.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string(plan)],
            changes: [("published", .bool(true))], as: .commandLine("bench"))
        return token
    }

    /// A bare HTTPServing handler answering 13 bytes of text: the infrastructure's own ceiling.
    private func bareServer() throws -> (HTTPServer, Int) {
        var bare = HTTPServer.Configuration()
        bare.port = 0
        // wrk's connections all come from one address: the per-address cap would refuse the 257th.
        bare.maxConnectionsPerAddress = 4_096
        let text = HTTPServer(configuration: bare) { _ in
            HTTPResponse(status: .ok, contentType: "text/plain", body: "Hello, World!")
        }
        return (text, try text.start())
    }

    /// The plan page as hrap serves it, plain and gzipped: the bytes nginx is given.
    private func pageBodies(_ page: String) throws -> (plain: [UInt8], gzipped: [UInt8]?) {
        let plain = try Curl.run([page])
        let gzipped = try Curl.run(["-H", "Accept-Encoding: gzip", page])
        return (plain, gzipped)
    }

    /// `hrap serve` (the release binary beside this one) on the database, in a process of its own so that its memory
    /// is its own.
    struct Served {
        let process: Process
        let base: String

        init(database: String) throws {
            let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("hrap")
            guard FileManager.default.isExecutableFile(atPath: binary.path) else {
                throw BenchError("build hrap too: swift build -c release --product hrap")
            }
            process = Process()
            process.executableURL = binary
            process.arguments = ["serve", "--db", database, "--port", "0", "--quiet"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            var line = ""
            while !line.contains("\n"), let byte = try pipe.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
                line += String(decoding: byte, as: UTF8.self)
            }
            guard let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }) else {
                process.terminate()
                throw BenchError("hrap serve did not start: \(line)")
            }
            base = String(url.hasSuffix("/") ? url.dropLast() : url)
        }

        func stop() {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    private func measure(_ scenario: Scenario, token: String, served: Served?) throws -> Result {
        _ = try wrk(scenario, token: token, seconds: 1, connections: 1)
        if let served { Self.resetPeak(pid: served.process.processIdentifier) }
        let writer = scenario.writesDuring ? served.map { ValueWriter(base: $0.base, plan: plan, token: token) } : nil
        writer?.start()
        var rates: [Double] = [], p99s: [Double] = [], errors = 0
        for _ in 0..<runs {
            let output = try wrk(scenario, token: token, seconds: seconds, connections: scenario.connections)
            rates.append(Self.number(after: "Requests/sec:", in: output) ?? 0)
            p99s.append(Self.p99(output) ?? .nan)
            errors += Int(Self.number(after: "Non-2xx or 3xx responses:", in: output) ?? 0)
            errors += Self.socketErrors(output)
        }
        let written = writer?.stop()
        if let written, written.failures > 0 { errors += written.failures }
        return Result(
            scenario: scenario, requestsPerSecond: rates, p99Milliseconds: p99s, errors: errors,
            peakRSSMiB: served.map { Self.peakRSSMiB(pid: $0.process.processIdentifier) } ?? .nan)
    }

    /// The first view of each page after one value is recorded (the write's own time not counted), five times; the
    /// server's peak memory over them.
    private func firstViews(served: Served, token: String) throws -> [FirstView] {
        let pages = [
            ("plan page", "/plans/\(plan)"), ("indicator page", "/plans/\(plan)/indicators/\(ValueWriter.indicator)"),
            ("action page", "/plans/\(plan)/actions/1.1.1"),
        ]
        Self.resetPeak(pid: served.process.processIdentifier)
        var views: [FirstView] = []
        let writer = ValueWriter(base: served.base, plan: plan, token: token)
        for (name, path) in pages {
            _ = try Curl.seconds(served.base + path)
            var times: [Double] = []
            for _ in 0..<max(runs, 5) {
                try writer.recordOne()
                times.append(try Curl.seconds(served.base + path) * 1000)
            }
            views.append(FirstView(name: name, milliseconds: times, peakRSSMiB: .nan))
        }
        let peak = Self.peakRSSMiB(pid: served.process.processIdentifier)
        return views.map { FirstView(name: $0.name, milliseconds: $0.milliseconds, peakRSSMiB: peak) }
    }

    /// One wrk run; a warm-up (GET, one second, one connection) first fills caches so they are not timed.
    private func wrk(_ scenario: Scenario, token: String, seconds: Int, connections: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        var arguments = [
            "-t", connections == 1 ? "1" : "2", "-c", "\(connections)", "-d", "\(seconds)s",
            "--latency", "-H", "Authorization: Bearer \(token)",
        ]
        for header in scenario.headers { arguments += ["-H", header] }
        if let script = scenario.script { arguments += ["-s", script] }
        process.arguments = arguments + [scenario.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A wrk script that records a new value of one measurement per request (each a correction: an append).
    private func writeScript() throws -> String {
        let path = NSTemporaryDirectory() + "hrap-bench-writes-\(UUID().uuidString).lua"
        let script = """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            local counter = 0
            request = function()
              counter = counter + 1
              local body = '{"indicator": "I1", "date": "2026-06-30", "value": ' .. counter .. '}'
              return wrk.format(nil, nil, nil, body)
            end
            """
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A wrk script that adds a new query parameter to every request, so that no rendered page is found in the
    /// site's page cache (the report data behind it stays cached: it changes only with the data).
    private func uniqueQueryScript() throws -> String {
        let path = NSTemporaryDirectory() + "hrap-bench-pages-\(UUID().uuidString).lua"
        let script = """
            local counter = 0
            request = function()
              counter = counter + 1
              return wrk.format(nil, wrk.path .. "?visit=" .. counter .. "-" .. math.random(1000000000))
            end
            """
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        return Double(text[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// wrk's 99th percentile latency in milliseconds (`99%  12.34ms`).
    static func p99(_ text: String) -> Double? {
        let lines = text.split(separator: "\n")
        guard let line = lines.first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("99%") }),
            let value = line.split(whereSeparator: \.isWhitespace).last
        else { return nil }
        let units: [(String, Double)] = [("us", 0.001), ("ms", 1), ("s", 1000)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return Double(value.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    static func socketErrors(_ text: String) -> Int {
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Socket errors:") }) else { return 0 }
        return line.split(separator: ",").compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
    }

    /// Starts a new peak of a process's resident memory (writing 5 to its `clear_refs`).
    static func resetPeak(pid: Int32) {
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/\(pid)/clear_refs"))
    }

    /// A process's peak resident memory since the last reset (`VmHWM`).
    static func peakRSSMiB(pid: Int32) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0) / 1024
    }
}

extension HTTPBenchmark {
    /// The figures as a table: medians of the runs, errors summed, and the ratios to the same run's anchors.
    static func print(_ report: Report, runs: Int, seconds: Int, rows: Int) {
        func median(_ values: [Double]) -> Double { values.median ?? .nan }
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        Swift.print(
            "hrap-bench --http: synthetic plan with \(rows) measurements; wrk on the same cores; "
                + "median of \(runs) runs of \(seconds) s; peak RSS of the server during each scenario")
        Swift.print("first view after recording one value   median ms      runs ms   server peak RSS MiB")
        for view in report.firstViews {
            Swift.print(
                pad(view.name, 38)
                    + String(
                        format: " %9.1f   %@ %10.1f", median(view.milliseconds),
                        view.milliseconds.map { String(format: "%.0f", $0) }.joined(separator: "/") as NSString,
                        view.peakRSSMiB))
        }
        Swift.print("scenario                         connections   requests/s   p99 ms   errors   peak RSS MiB")
        for result in report.results {
            Swift.print(
                pad(result.scenario.name, 33)
                    + String(
                        format: " %10d %12.0f %8.2f %8d %14.1f", result.scenario.connections,
                        median(result.requestsPerSecond), median(result.p99Milliseconds), result.errors,
                        result.peakRSSMiB))
        }
        for connections in [1, 64, 256] {
            let rate = { (name: String) in
                report.results.first { $0.scenario.name.hasPrefix(name) && $0.scenario.connections == connections }
                    .map { median($0.requestsPerSecond) }
            }
            if let score = rate("GET score"), let text = rate("text") {
                Swift.print(
                    String(format: "cached score ÷ bare text at %d connections: %.2f", connections, score / text))
            }
            if let values = rate("GET values"), let action = rate("GET one action") {
                Swift.print(
                    String(
                        format: "a page of one value ÷ one action at %d connections: %.2f", connections, values / action
                    ))
            }
            if let page = rate("plan page, gzip (cached)"), let nginx = rate("nginx gzip_static") {
                Swift.print(
                    String(
                        format: "compressed cached plan page ÷ nginx gzip_static at %d connections: %.2f", connections,
                        page / nginx))
            }
        }
        report.notes.forEach { Swift.print("note: \($0)") }
    }
}

extension Array where Element == Double {
    /// The median, or nil when empty.
    var median: Double? {
        guard !isEmpty else { return nil }
        let sorted = self.sorted()
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
    }
}
