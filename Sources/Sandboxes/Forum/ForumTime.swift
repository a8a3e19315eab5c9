import Foundation
import Shop

/// How the forum shows times: "3 hours ago" relative to the instance's clock.
enum ForumTime {
    static func unix(_ stamp: String) -> Int64 {
        var parts = tm()
        let fields = stamp.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int32($0) }
        guard fields.count == 6 else { return 0 }
        parts.tm_year = fields[0] - 1900
        parts.tm_mon = fields[1] - 1
        parts.tm_mday = fields[2]
        parts.tm_hour = fields[3]
        parts.tm_min = fields[4]
        parts.tm_sec = fields[5]
        return Int64(timegm(&parts))
    }

    static func ago(_ stamp: String, now: String) -> String {
        ago(stamp, nowUnix: unix(now))
    }

    /// `ago` with the clock already converted, for pages that show many times.
    static func ago(_ stamp: String, nowUnix: Int64) -> String {
        let seconds = max(0, nowUnix - unix(stamp))
        func unit(_ value: Int64, _ name: String) -> String { "\(value) \(name)\(value == 1 ? "" : "s") ago" }
        switch seconds {
        case ..<60: return "just now"
        case ..<3_600: return unit(seconds / 60, "minute")
        case ..<86_400: return unit(seconds / 3_600, "hour")
        case ..<(86_400 * 30): return unit(seconds / 86_400, "day")
        case ..<(86_400 * 365): return unit(seconds / (86_400 * 30), "month")
        default: return unit(seconds / (86_400 * 365), "year")
        }
    }

    /// The earliest creation time a "top" listing over `period` includes, or nil for all time.
    static func periodStart(_ period: String, now: String) -> String? {
        let days: Double
        switch period {
        case "day": days = 1
        case "week": days = 7
        case "month": days = 30
        case "year": days = 365
        default: return nil
        }
        return ShopClock.format(unix(now) - Int64(days * 86_400))
    }
}
