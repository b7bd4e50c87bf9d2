import Dispatch
import Foundation
import Synchronization

/// Records values of one indicator of the synthetic plan through the API (each a correction of the same date: an
/// append), one at a time or one every 200 ms in the background while a load runs.
///
/// The indicator is the second one, ``indicator``: the "POST measurement" loads pile tens of thousands of corrections
/// of one value onto the first, and bringing the pages up to date after a value reads the history of the indicator
/// it belongs to. Written there, every value cost a rebuild over that history, which no ordinary indicator has (p99
/// of the load 46–78 ms instead of 7–37 ms, by hand on the 100,000-value plan with 16,000 versions of one value).
final class ValueWriter: Sendable {
    /// The indicator the values are recorded for (and whose page the first views fetch).
    static let indicator = "I2"
    let base: String
    let plan: String
    let token: String
    private let state = Mutex((count: 0, failures: 0, running: false))
    private let finished = DispatchGroup()

    init(base: String, plan: String, token: String) {
        (self.base, self.plan, self.token) = (base, plan, token)
    }

    /// Records one value and waits for the answer; throws unless it is 201.
    func recordOne() throws {
        let number = state.withLock { state in
            state.count += 1
            return state.count
        }
        let status = try Curl.run([
            "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: Bearer \(token)",
            "-H", "Content-Type: application/json",
            "-d", "{\"indicator\": \"\(Self.indicator)\", \"date\": \"2026-06-30\", \"value\": \(number)}",
            "\(base)/api/v1/plans/\(plan)/measurements",
        ])
        guard String(decoding: status, as: UTF8.self) == "201" else {
            throw BenchError("recording a value answered \(String(decoding: status, as: UTF8.self))")
        }
    }

    /// Starts recording a value every 200 ms until ``stop()``.
    func start() {
        state.withLock { $0.running = true }
        finished.enter()
        DispatchQueue.global().async { [self] in
            while state.withLock({ $0.running }) {
                do { try recordOne() } catch { state.withLock { $0.failures += 1 } }
                usleep(200_000)
            }
            finished.leave()
        }
    }

    /// Stops the background writes; how many were recorded and how many failed.
    func stop() -> (count: Int, failures: Int) {
        state.withLock { $0.running = false }
        finished.wait()
        return state.withLock { ($0.count, $0.failures) }
    }
}

/// curl, for the few single requests the benchmark times or sends outside wrk's load.
enum Curl {
    /// The body (or what `-w` writes) of one request with `arguments`.
    static func run(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("curl \(arguments.last ?? "") failed") }
        return [UInt8](data)
    }

    /// The seconds from sending a GET to its last byte (curl's `time_total`: the process's start is not counted).
    static func seconds(_ url: String) throws -> Double {
        let output = try run(["-o", "/dev/null", "-w", "%{http_code} %{time_total}", url])
        let parts = String(decoding: output, as: UTF8.self).split(separator: " ")
        guard parts.first == "200", let seconds = parts.last.flatMap({ Double($0) }) else {
            throw BenchError("GET \(url) answered \(String(decoding: output, as: UTF8.self))")
        }
        return seconds
    }
}
