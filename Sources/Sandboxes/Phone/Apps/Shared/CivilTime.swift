/// A moment on the phone's clock as the apps compute with it: its civil parts, whole days
/// and months added, and the texts screens show. The calendar arithmetic is `PhoneClock`'s;
/// this adds what the apps need on top (weekdays, month steps, a month's days).
struct CivilTime: Sendable, Hashable, Comparable {
    /// Seconds since 1970 on the phone's clock (the value the apps' tables store).
    let seconds: Int

    init(seconds: Int) {
        self.seconds = seconds
    }

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        seconds = PhoneClock.seconds(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    /// A `YYYY-MM-DD` day, with an optional `HH:MM`; nil when malformed or not a real date.
    init?(date: String, time: String = "00:00") {
        guard let seconds = PhoneClock.parse(date: date, time: time) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts[2] <= CivilTime.daysIn(year: parts[0], month: parts[1]) else { return nil }
        self.seconds = seconds
    }

    static func < (a: CivilTime, b: CivilTime) -> Bool { a.seconds < b.seconds }

    /// Days since 1970-01-01.
    var dayNumber: Int { PhoneClock.floorDiv(seconds, 86_400) }
    var year: Int { PhoneClock.civil(days: dayNumber).year }
    var month: Int { PhoneClock.civil(days: dayNumber).month }
    var day: Int { PhoneClock.civil(days: dayNumber).day }
    var hour: Int { (seconds - dayNumber * 86_400) / 3600 }
    var minute: Int { (seconds - dayNumber * 86_400) % 3600 / 60 }
    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday), as `PhoneClock` names them.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    var startOfDay: CivilTime { CivilTime(seconds: dayNumber * 86_400) }

    func adding(days: Int = 0, hours: Int = 0, minutes: Int = 0) -> CivilTime {
        CivilTime(seconds: seconds + days * 86_400 + hours * 3600 + minutes * 60)
    }

    /// The same day of the month `months` later, clamped to that month's last day.
    func adding(months: Int) -> CivilTime {
        let total = year * 12 + month - 1 + months
        let y = PhoneClock.floorDiv(total, 12), m = total - y * 12 + 1
        return CivilTime(year: y, month: m, day: min(day, CivilTime.daysIn(year: y, month: m)), hour: hour, minute: minute)
    }

    /// The first moment of this month.
    var startOfMonth: CivilTime { CivilTime(year: year, month: month, day: 1) }

    /// `2026-06-01`.
    var dateText: String { PhoneClock.date(seconds) }
    /// `09:30`.
    var timeText: String { PhoneClock.time(seconds) }
    /// `Mon, Jun 1`.
    var dayTitle: String { PhoneClock.day(seconds) }
    /// `2026-06`: how a month travels in a screen's arguments.
    var monthKey: String { String(dateText.prefix(7)) }
    /// `June 2026`.
    var monthTitle: String { CivilTime.monthNames[month - 1] + " " + String(year) }

    /// The first day of a `YYYY-MM` month key; nil when malformed.
    init?(monthKey: String) {
        self.init(date: monthKey + "-01")
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
