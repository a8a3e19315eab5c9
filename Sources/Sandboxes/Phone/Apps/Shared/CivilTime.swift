/// Calendar arithmetic on the phone's fixed clock, in UTC, without Foundation: the apps'
/// stamps ("2026-06-01 09:30") and days ("2026-06-01") are text a checker compares, so
/// they must come out the same on every machine and in every time zone.
///
/// Days from the civil date follow Howard Hinnant's `days_from_civil` (proleptic Gregorian).
struct CivilTime: Sendable, Equatable, Comparable {
    /// Seconds since 1970-01-01 00:00:00 UTC.
    let unix: Int64

    init(unix: Int64) {
        self.unix = unix
    }

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        unix = Int64(CivilTime.days(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60)
    }

    static func < (a: CivilTime, b: CivilTime) -> Bool { a.unix < b.unix }

    var year: Int { parts.year }
    var month: Int { parts.month }
    var day: Int { parts.day }
    var hour: Int { Int((unix % 86_400 + 86_400) % 86_400) / 3600 }
    var minute: Int { Int((unix % 3600 + 3600) % 3600) / 60 }
    /// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    var weekday: Int { Int(((dayNumber % 7) + 11) % 7) }
    /// Days since 1970-01-01.
    var dayNumber: Int64 { unix >= 0 ? unix / 86_400 : (unix - 86_399) / 86_400 }

    /// Midnight of this day.
    var startOfDay: CivilTime { CivilTime(unix: dayNumber * 86_400) }

    func adding(days: Int = 0, hours: Int = 0, minutes: Int = 0) -> CivilTime {
        CivilTime(unix: unix + Int64(days) * 86_400 + Int64(hours) * 3600 + Int64(minutes) * 60)
    }

    /// The same day of the month `months` later (clamped to the month's last day).
    func adding(months: Int) -> CivilTime {
        let total = (year * 12 + month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CivilTime(year: y, month: m, day: min(day, CivilTime.daysIn(year: y, month: m)), hour: hour, minute: minute)
    }

    /// "2026-06-01 09:30": the apps' stored stamp.
    var stamp: String { dayText + " " + CivilTime.two(hour) + ":" + CivilTime.two(minute) }
    /// "2026-06-01".
    var dayText: String { String(year) + "-" + CivilTime.two(month) + "-" + CivilTime.two(day) }
    /// "09:30".
    var clockText: String { CivilTime.two(hour) + ":" + CivilTime.two(minute) }
    /// "Mon, Jun 1".
    var shortDay: String { CivilTime.weekdayNames[weekday] + ", " + CivilTime.monthNames[month - 1].prefix(3) + " " + String(day) }
    /// "June 2026".
    var monthTitle: String { CivilTime.monthNames[month - 1] + " " + String(year) }

    /// A stored stamp or day back to a time; nil when it is not one.
    init?(stamp text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count == 10 || bytes.count == 16, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              bytes[4] == 45, bytes[7] == 45, (1...12).contains(m), (1...CivilTime.daysIn(year: y, month: m)).contains(d) else { return nil }
        var h = 0, mi = 0
        if bytes.count == 16 {
            guard bytes[10] == 32, bytes[13] == 58, let hh = number(11..<13), let mm = number(14..<16), hh < 24, mm < 60 else { return nil }
            h = hh
            mi = mm
        }
        self.init(year: y, month: m, day: d, hour: h, minute: mi)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private var parts: (year: Int, month: Int, day: Int) {
        // Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), Int(m), Int(d))
    }

    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func two(_ n: Int) -> String {
        n < 10 ? "0" + String(n) : String(n)
    }
}
