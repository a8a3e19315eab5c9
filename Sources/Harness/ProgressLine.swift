import Foundation

/// Progress of a run: a live line on a terminal, one plain line per episode otherwise.
struct ProgressLine: Sendable {
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
        let counts = "[\(pad(done))/\(total)] success \(successes) (\(String(format: "%.0f", rate * 100))%)"
        if interactive {
            let line = "\r\u{1B}[2K\(counts) · ETA \(Self.clock(eta)) · \(last)"
            FileHandle.standardError.write(Data(line.prefix(200).utf8))
        } else {
            FileHandle.standardError.write(Data("\(counts) \(last)\n".utf8))
        }
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
