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
    }

    struct Result {
        let scenario: Scenario
        let requestsPerSecond: [Double]
        let p99Milliseconds: [Double]
        let errors: Int
        let peakRSSMiB: Double
    }

    let database: String
    let plan: String
    let seconds: Int
    let runs: Int

    func run() throws -> [Result] {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            throw BenchError("--http drives wrk: apt-get install wrk")
        }
        let root = FileManager.default.currentDirectoryPath + "/templates"
        let catalogue = FrameworkCatalogue(directory: root + "/frameworks")
        let clock: @Sendable () -> Timestamp = { Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970)) }
        let setup = try HRAPService.open(path: database, mode: .write, catalogue: catalogue, clock: clock)
        let token = try setup.createToken(TokenRequest(name: "bench", role: .admin), as: .commandLine("bench")).token
        try setup.saveRecord(
            Plan.self, plan: nil, mode: .update, identity: [.string(plan)],
            changes: [("published", .bool(true))], as: .commandLine("bench"))
        let served = try Served(database: database)
        var bare = HTTPServer.Configuration()
        bare.port = 0
        // wrk's connections all come from one address: the per-address cap would refuse the 257th.
        bare.maxConnectionsPerAddress = 4_096
        let text = HTTPServer(configuration: bare) { _ in
            HTTPResponse(
                status: .ok, contentType: "text/plain",
                body: "Hello, World!")
        }
        let textPort = try text.start()
        defer {
            served.stop()
            text.shutdown()
        }
        let base = served.base + "/api/v1/plans/\(plan)"
        let page = served.base + "/plans/\(plan)"
        let writes = try writeScript()
        let missing = try uniqueQueryScript()
        var results: [Result] = []
        let scenarios =
            [1, 64, 256].map {
                Scenario(
                    name: "text, HTTPServing alone",
                    path: "http://127.0.0.1:\(textPort)/", connections: $0)
            }
            + [1, 64, 256].map {
                Scenario(
                    name: "GET score (cached)", path: base + "/score?as_of=2026-06-30",
                    connections: $0)
            }
            + [1, 64, 256].map { Scenario(name: "GET one action", path: base + "/actions/1.1.1", connections: $0) }
            + [1, 64].map {
                Scenario(name: "GET values, limit=1", path: base + "/measurements?limit=1", connections: $0)
            }
            + [1, 64].map {
                Scenario(
                    name: "POST measurement", path: base + "/measurements", connections: $0,
                    script: writes)
            }
            + [1, 64].map { Scenario(name: "public plan page (cached)", path: page, connections: $0) }
            + [1, 64].map {
                Scenario(
                    name: "public plan page (page cache missed)", path: page, connections: $0,
                    script: missing)
            }
        for scenario in scenarios {
            results.append(
                try measure(
                    scenario, token: token,
                    server: scenario.name.hasPrefix("text") ? nil : served.process))
            FileHandle.standardError.write(Data("measured \(scenario.name) at \(scenario.connections)\n".utf8))
        }
        return results
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

    private func measure(_ scenario: Scenario, token: String, server: Process?) throws -> Result {
        _ = try wrk(scenario, token: token, seconds: 1, connections: 1)
        var rates: [Double] = [], p99s: [Double] = [], errors = 0
        for _ in 0..<runs {
            let output = try wrk(scenario, token: token, seconds: seconds, connections: scenario.connections)
            rates.append(Self.number(after: "Requests/sec:", in: output) ?? 0)
            p99s.append(Self.p99(output) ?? .nan)
            errors += Int(Self.number(after: "Non-2xx or 3xx responses:", in: output) ?? 0)
            errors += Self.socketErrors(output)
        }
        return Result(
            scenario: scenario, requestsPerSecond: rates, p99Milliseconds: p99s, errors: errors,
            peakRSSMiB: server.map { Self.peakRSSMiB(pid: $0.processIdentifier) } ?? .nan)
    }

    /// One wrk run; a warm-up (GET, one second, one connection) first fills caches so they are not timed.
    private func wrk(_ scenario: Scenario, token: String, seconds: Int, connections: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        var arguments = [
            "-t", connections == 1 ? "1" : "2", "-c", "\(connections)", "-d", "\(seconds)s",
            "--latency", "-H", "Authorization: Bearer \(token)",
        ]
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

    /// A process's peak resident memory so far (`VmHWM`).
    static func peakRSSMiB(pid: Int32) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0) / 1024
    }
}

extension HTTPBenchmark {
    /// The figures as a table: medians of the runs, errors summed, and the API's rate against the bare handler's.
    static func print(_ results: [Result], runs: Int, seconds: Int, rows: Int) {
        func median(_ values: [Double]) -> Double { values.median ?? .nan }
        Swift.print(
            "hrap-bench --http: synthetic plan with \(rows) measurements; wrk on the same cores; "
                + "median of \(runs) runs of \(seconds) s")
        Swift.print("scenario                    connections   requests/s   p99 ms   errors   peak RSS MiB")
        for result in results {
            Swift.print(
                String(
                    format: "%-28@ %10d %12.0f %8.2f %8d %14.1f", result.scenario.name as NSString,
                    result.scenario.connections,
                    median(result.requestsPerSecond), median(result.p99Milliseconds), result.errors, result.peakRSSMiB))
        }
        for connections in [1, 64, 256] {
            let rate = { (name: String) in
                results.first { $0.scenario.name.hasPrefix(name) && $0.scenario.connections == connections }
            }
            if let score = rate("GET score"), let text = rate("text") {
                let ratio = median(score.requestsPerSecond) / median(text.requestsPerSecond)
                Swift.print(String(format: "cached score ÷ bare text at %d connections: %.2f", connections, ratio))
            }
            if let values = rate("GET values"), let action = rate("GET one action") {
                let ratio = median(values.requestsPerSecond) / median(action.requestsPerSecond)
                let p99 = median(values.p99Milliseconds)
                Swift.print(
                    String(
                        format: "a page of one value ÷ one action at %d connections: %.2f (p99 %.2f ms)", connections,
                        ratio, p99))
            }
        }
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
