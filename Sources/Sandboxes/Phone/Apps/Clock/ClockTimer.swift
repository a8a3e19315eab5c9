/// One timer in the Clock app (table `clock_timers`). The phone's clock advances only with
/// the agent's steps, so a running timer counts down by the steps' time, never the wall clock:
/// it keeps when it ends, and what remains is computed from the clock.
struct ClockTimer: Sendable, Equatable {
    enum State: String, Sendable {
        case idle, running, paused
    }

    let id: Int
    var label: String
    var durationSeconds: Int
    /// What remains when idle or paused.
    var remainingSeconds: Int
    var state: State
    /// When a running timer reaches zero (seconds on the phone's clock); nil otherwise.
    var endsAt: Int?

    /// What remains at `now`.
    func remaining(at now: Int) -> Int {
        guard state == .running, let endsAt else { return remainingSeconds }
        return max(0, endsAt - now)
    }

    /// "1:05:00", "10:00", "0:45".
    static func display(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    static let seeded: [ClockTimer] = [
        ClockTimer(id: 1, label: "Pasta", durationSeconds: 600, remainingSeconds: 600, state: .idle, endsAt: nil),
        ClockTimer(id: 2, label: "Tea", durationSeconds: 240, remainingSeconds: 240, state: .idle, endsAt: nil),
        ClockTimer(id: 3, label: "Laundry", durationSeconds: 2700, remainingSeconds: 2700, state: .idle, endsAt: nil),
    ]
}
