/// One alarm in the Clock app (table `clock_alarms`).
struct Alarm: Sendable, Equatable {
    let id: Int
    /// "06:30".
    var time: String
    var label: String
    /// The weekdays it repeats on, 0 = Monday … 6 = Sunday, ascending; empty for once.
    var days: [Int]
    var enabled: Bool
    var sound: String
    var vibrate: Bool

    static let sounds = ["Morning Glory", "Bright Day", "Chimes", "Gentle Rise", "Radar"]

    /// "Every day", "Weekdays", "Weekends", "Once", or the days ("Tue, Thu"): how the list shows `days`.
    static func repeatLabel(_ days: [Int]) -> String {
        switch days {
        case []: return "Once"
        case [0, 1, 2, 3, 4, 5, 6]: return "Every day"
        case [0, 1, 2, 3, 4]: return "Weekdays"
        case [5, 6]: return "Weekends"
        default: return days.map { PhoneClock.weekdayNames[$0] }.joined(separator: ", ")
        }
    }

    /// The stored form of `days`: "Mon,Tue,Wed" ("" for once), readable in a checker's query.
    static func storedDays(_ days: [Int]) -> String {
        days.map { PhoneClock.weekdayNames[$0] }.joined(separator: ",")
    }

    static func days(stored: String) -> [Int] {
        stored.split(separator: ",").compactMap { name in PhoneClock.weekdayNames.firstIndex(of: String(name)) }.sorted()
    }

    /// The seeded alarms. Fixed, not drawn: a phone has a few alarms, and tasks name them.
    static let seeded: [Alarm] = [
        Alarm(id: 1, time: "06:30", label: "Work", days: [0, 1, 2, 3, 4], enabled: true, sound: "Morning Glory", vibrate: true),
        Alarm(id: 2, time: "08:00", label: "Weekend", days: [5, 6], enabled: false, sound: "Gentle Rise", vibrate: false),
        Alarm(id: 3, time: "07:15", label: "Gym", days: [1, 3], enabled: true, sound: "Bright Day", vibrate: true),
        Alarm(id: 4, time: "13:45", label: "Take medication", days: [0, 1, 2, 3, 4, 5, 6], enabled: true, sound: "Chimes", vibrate: true),
        Alarm(id: 5, time: "05:00", label: "Airport", days: [], enabled: false, sound: "Radar", vibrate: true),
        Alarm(id: 6, time: "22:30", label: "Wind down", days: [0, 1, 2, 3, 6], enabled: false, sound: "Chimes", vibrate: false),
    ]
}
