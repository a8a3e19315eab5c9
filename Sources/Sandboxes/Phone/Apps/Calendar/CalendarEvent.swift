/// One event in the Calendar app (table `events`; its attendees in `event_attendees`).
struct CalendarEvent: Sendable, Equatable {
    var id: Int
    var title: String
    /// Seconds on the phone's clock; an all-day event starts at 00:00 and ends at 00:00 the day after its last day.
    var startsAt: Int
    var endsAt: Int
    var allDay: Bool
    /// The venue's name ("Riverside Dental"), or "".
    var location: String
    /// Its street address, or "".
    var address: String
    var notes: String
    /// A reminder this many minutes before the start; nil for none.
    var reminderMinutes: Int?
    /// "Personal", "Work" or "Family".
    var calendar: String
    /// Contacts invited, by contact id, in the order invited.
    var attendees: [Int]

    static let calendars = ["Personal", "Work", "Family"]
    /// The reminder choices the event editor offers, in minutes (nil: none).
    static let reminderChoices: [Int?] = [nil, 0, 5, 10, 15, 30, 60, 120, 1440]

    /// "10 minutes before", "1 day before", "At start", "None".
    static func reminderLabel(_ minutes: Int?) -> String {
        guard let minutes else { return "None" }
        switch minutes {
        case 0: return "At start"
        case 1440: return "1 day before"
        case let m where m % 60 == 0: return m == 60 ? "1 hour before" : "\(m / 60) hours before"
        default: return "\(minutes) minutes before"
        }
    }
}
