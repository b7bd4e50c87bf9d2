import Synchronization

/// A one-line progress display for long jobs: rows done, rate and time left, redrawn at most ten times a second.
///
/// Give it a sink only when standard error is a terminal; otherwise make none, so pipes and logs stay clean.
public final class ProgressMeter: Sendable {
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }

    private let label: String
    private let write: @Sendable (String) -> Void
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// A meter that writes to `write` (standard error) with a label such as "Importing".
    public init(label: String, write: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.write = write
    }

    /// Redraws with the rows done so far, unless it was redrawn less than 0.1 s ago.
    public func update(done: Int, total: Int) {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            if let last = state.lastDraw, now - last < .milliseconds(100), done < total { return nil }
            state.lastDraw = now
            state.drawn = true
            return Self.line(label: label, done: done, total: total, elapsed: now - start)
        }
        if let line { write("\r" + line + "\u{1B}[K") }
    }

    /// Ends the display with a line break, if anything was drawn.
    public func finish() {
        if state.withLock({ $0.drawn }) { write("\n") }
    }

    /// The text of one redraw: `Importing  45,000/100,000 rows  180,000 rows/s  ETA 0.3 s`.
    static func line(label: String, done: Int, total: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var text = "\(label)  \(grouped(done))/\(grouped(total)) rows"
        if seconds > 0, done > 0 {
            let rate = Double(done) / seconds
            text += "  \(grouped(Int(rate))) rows/s"
            if done < total { text += "  ETA \(Int((Double(total - done) / rate).rounded(.up))) s" }
        }
        return text
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
