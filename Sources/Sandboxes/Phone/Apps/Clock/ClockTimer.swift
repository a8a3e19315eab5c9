/// One timer in the Clock app (table `timers`). The phone's clock advances only with the
/// agent's steps, so a running timer counts down by the steps' time, never the wall clock.
struct ClockTimer: Sendable, Equatable {
    enum State: String, Sendable {
        case idle, running, paused
    }

    let id: Int
    var label: String
    var durationSeconds: Int
    var remainingSeconds: Int
    var state: State

    /// "1:05:00", "10:00", "0:45".
    static func display(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    static let seeded: [ClockTimer] = [
        ClockTimer(id: 1, label: "Pasta", durationSeconds: 600, remainingSeconds: 600, state: .idle),
        ClockTimer(id: 2, label: "Tea", durationSeconds: 240, remainingSeconds: 240, state: .idle),
        ClockTimer(id: 3, label: "Laundry", durationSeconds: 2700, remainingSeconds: 2700, state: .idle),
    ]
}
