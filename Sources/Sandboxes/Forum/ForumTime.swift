import Foundation
import Shop

/// How the forum shows times: "3 hours ago" relative to the instance's clock.
enum ForumTime {
    static func unix(_ stamp: String) -> Int64 {
        if let seconds = unixFast(stamp) { return seconds }
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

    /// `YYYY-MM-DD HH:MM:SS` read at fixed places, with the civil-to-days formula rather
    /// than `timegm`: a thread page reads one stamp per comment.
    private static func unixFast(_ stamp: String) -> Int64? {
        var stamp = stamp
        return stamp.withUTF8 { bytes -> Int64? in
            guard bytes.count == 19 else { return nil }
            func number(_ from: Int, _ count: Int) -> Int64? {
                var value: Int64 = 0
                for index in from..<(from + count) {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int64(digit)
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                  var year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            // Days since 1970-01-01 in the proleptic Gregorian calendar (years counted from March).
            if month <= 2 { year -= 1 }
            let era = year / 400
            let yearOfEra = year - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            return days * 86_400 + hour * 3_600 + minute * 60 + second
        }
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
