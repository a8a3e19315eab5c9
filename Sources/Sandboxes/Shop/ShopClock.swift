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
        // Written digit by digit: `String(format:)` went through Foundation's formatter and
        // was a noticeable part of every forum request, which reads the clock per row.
        let fields = [Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec)]
        return String(unsafeUninitializedCapacity: 19) { buffer in
            var at = 0
            for (index, field) in fields.enumerated() {
                let width = index == 0 ? 4 : 2
                var value = field
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[at + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                at += width
                if index < 5 { buffer[at] = UInt8(ascii: index < 2 ? "-" : index == 2 ? " " : ":"); at += 1 }
            }
            return at
        }
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
