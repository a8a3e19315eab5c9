/// The device's clock: seconds since 1970 in the phone's one time zone (no zones, no
/// daylight saving, so the same trajectory shows the same times everywhere). Every
/// episode starts at `PhoneClock.start`, Monday 2026-06-01 09:00; seeded history lies
/// before it, and each action moves the clock on (docs/phone.md).
public struct PhoneClock: Sendable, Hashable {
    public var now: Int

    public init(now: Int) {
        self.now = now
    }

    public static let start = PhoneClock(now: PhoneClock.seconds(year: 2026, month: 6, day: 1, hour: 9, minute: 0))

    /// Seconds since 1970 of a civil date and time (proleptic Gregorian).
    public static func seconds(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int {
        days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number (Hinnant's civil_from_days).
    public static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `2026-06-01`.
    public static func date(_ seconds: Int) -> String {
        let (y, m, d) = civil(days: floorDiv(seconds, 86_400))
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    /// `09:05`.
    public static func time(_ seconds: Int) -> String {
        let inDay = seconds - floorDiv(seconds, 86_400) * 86_400
        return "\(pad(inDay / 3600)):\(pad(inDay % 3600 / 60))"
    }

    /// `Mon, Jun 1`.
    public static func day(_ seconds: Int) -> String {
        let days = floorDiv(seconds, 86_400)
        let (_, m, d) = civil(days: days)
        // 1970-01-01 was a Thursday.
        let weekday = ((days % 7) + 7 + 3) % 7
        return "\(weekdayNames[weekday]), \(monthNames[m - 1]) \(d)"
    }

    /// How a list shows a past moment: the time today, else `Jun 1`, else `2025-06-01` in another year.
    public func short(_ seconds: Int) -> String {
        if Self.floorDiv(seconds, 86_400) == Self.floorDiv(now, 86_400) { return Self.time(seconds) }
        let (y, m, d) = Self.civil(days: Self.floorDiv(seconds, 86_400))
        return y == Self.civil(days: Self.floorDiv(now, 86_400)).year ? "\(Self.monthNames[m - 1]) \(d)" : Self.date(seconds)
    }

    /// Reads `YYYY-MM-DD` (and an optional ` HH:MM`) back to seconds; nil when malformed.
    public static func parse(date text: String, time: String = "00:00") -> Int? {
        let d = text.split(separator: "-").compactMap { Int($0) }
        let t = time.split(separator: ":").compactMap { Int($0) }
        guard d.count == 3, t.count == 2, (1...12).contains(d[1]), (1...31).contains(d[2]), (0..<24).contains(t[0]), (0..<60).contains(t[1])
        else { return nil }
        return seconds(year: d[0], month: d[1], day: d[2], hour: t[0], minute: t[1])
    }

    /// `June`.
    public static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }

    public static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
