import Foundation
import Vocabulary

/// How numbers appear in tables and pages. Fixed formats (no locale), so output is
/// the same on every machine.
enum NumberFormat {
    static func percent(_ x: Double) -> String {
        String(format: "%.1f%%", x * 100)
    }

    static func interval(_ low: Double, _ high: Double) -> String {
        String(format: "%.1f–%.1f", low * 100, high * 100)
    }

    /// A run's start to the minute, UTC: `2026-12-03 06:19`.
    static func minute(_ date: Date) -> String {
        String(Timestamp.format(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    static func fixed(_ x: Double, _ digits: Int = 1) -> String {
        String(format: "%.\(digits)f", x)
    }

    /// A difference of rates in percentage points, signed: `+33.3 pp`.
    static func signedPoints(_ x: Double?) -> String {
        guard let x else { return "–" }
        return String(format: "%+.1f pp", x * 100)
    }

    static func signedInterval(_ low: Double, _ high: Double) -> String {
        String(format: "%+.1f to %+.1f", low * 100, high * 100)
    }

    static func usd(_ x: Double?) -> String {
        guard let x else { return "–" }
        return x < 0.01 && x > 0 ? String(format: "$%.4f", x) : String(format: "$%.2f", x)
    }

    static func optionalPercent(_ x: Double?) -> String {
        x.map(percent) ?? "–"
    }

    /// "pass@k" for the largest k, "–" when every task ran once (pass@1 is the success rate).
    static func passAt(_ s: OutcomeSummary) -> String {
        s.maxK >= 2 ? percent(s.passAt[s.maxK] ?? 0) : "–"
    }

    static func passHat(_ s: OutcomeSummary) -> String {
        s.maxK >= 2 ? percent(s.passHat[s.maxK] ?? 0) : "–"
    }

    /// Non-zero statuses in contract order: `success 3, failure 2, timeout 1`.
    static func statuses(_ s: OutcomeSummary) -> String {
        EpisodeStatus.allCases.compactMap { status in
            let n = s.statuses[status] ?? 0
            return n == 0 ? nil : "\(status.rawValue) \(n)"
        }.joined(separator: ", ")
    }
}
