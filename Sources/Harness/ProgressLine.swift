import Foundation

/// Progress of a run: a live line on a terminal, one plain line per episode otherwise.
/// The running count of passed episodes and the last episode's own status read alike
/// ("success 2", "failure"), so a legend comes first and the line labels both.
struct ProgressLine: Sendable {
    static let legend = "progress: [episodes done/planned] passed so far (share) · ETA · last: the episode that just ended → its status, score and steps"

    let total: Int
    let interactive: Bool
    let began = ContinuousClock.now

    init(total: Int) {
        self.total = total
        interactive = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    func update(done: Int, successes: Int, last: String) {
        let elapsed = ContinuousClock.now - began
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = done > 0 ? Double(successes) / Double(done) : 0
        let eta = done > 0 ? seconds / Double(done) * Double(total - done) : 0
        let counts = "[\(pad(done))/\(total)] passed \(successes) (\(String(format: "%.0f", rate * 100))%)"
        if interactive {
            let line = "\r\u{1B}[2K\(counts) · ETA \(Self.clock(eta)) · \(last)"
            FileHandle.standardError.write(Data(line.prefix(200).utf8))
        } else {
            FileHandle.standardError.write(Data("\(counts) · \(last)\n".utf8))
        }
    }

    func begin() {
        FileHandle.standardError.write(Data("\(Self.legend)\n".utf8))
    }

    /// A message of its own line, above the live line (which the next update redraws).
    func say(_ message: String) {
        FileHandle.standardError.write(Data(((interactive ? "\r\u{1B}[2K" : "") + message + "\n").utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func pad(_ n: Int) -> String {
        let width = String(total).count
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
