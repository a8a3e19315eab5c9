import Foundation

/// The shop's deterministic clock. Seeded data lies in the two years before `reference`;
/// an instance's time moves 30 seconds per request after it, so the same trajectory
/// gives the same timestamps on every run.
public enum ShopClock {
    /// 2026-06-01 12:00:00 UTC.
    public static let reference: Int64 = 1_780_315_200

    public static func now(sequence: Int) -> String {
        format(reference + Int64(sequence) * 30)
    }

    public static func format(_ unixSeconds: Int64) -> String {
        var time = time_t(unixSeconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    public static func daysBefore(_ days: Double) -> String {
        format(reference - Int64(days * 86_400))
    }

    /// "March 4, 2026" from "2026-03-04 …".
    public static func display(_ stamp: String) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let parts = stamp.prefix(10).split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return stamp }
        return "\(months[month - 1]) \(day), \(parts[0])"
    }
}
