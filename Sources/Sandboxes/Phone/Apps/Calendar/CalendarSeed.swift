import Vocabulary

/// The seeded calendar: a year of events from six months before the phone's clock to six
/// months after. Weekly team syncs, a fortnightly yoga class, contacts' birthdays, dinners
/// and coffees with contacts, errands with addresses, work reviews, trips, and a dentist
/// appointment tomorrow morning (confirmed by mail). Ids follow start order.
struct CalendarSeed {
    let seed: AppSeed
    let now: CivilTime
    let contacts: [SeedPerson]

    /// Visits booked with a merchant, which Mail confirms: the dentist half a year ago and
    /// tomorrow at 10:30 (the anchor of "text the address of tomorrow's appointment").
    static func appointments(now: CivilTime) -> [(merchant: Merchant, at: CivilTime)] {
        guard let dentist = Merchant.named("Riverside Dental") else { return [] }
        let tomorrow = now.startOfDay.adding(days: 1, hours: 10, minutes: 30)
        return [(dentist, tomorrow.adding(days: -175)), (dentist, tomorrow)]
    }

    func generate() -> [CalendarEvent] {
        var rng = seed.generator("events")
        let first = now.startOfDay.adding(days: -182)
        var drafts: [CalendarEvent] = []
        func event(_ title: String, _ start: CivilTime, minutes: Int, venue: Venue? = nil, calendar: String = "Personal",
                   attendees: [Int] = [], notes: String = "", reminder: Int?? = nil) -> CalendarEvent {
            CalendarEvent(id: 0, title: title, startsAt: start.seconds, endsAt: start.adding(minutes: minutes).seconds, allDay: false,
                          location: venue?.name ?? "", address: venue?.address ?? "", notes: notes,
                          reminderMinutes: reminder ?? (rng.pick(CalendarEvent.reminderChoices) ?? nil), calendar: calendar, attendees: attendees)
        }
        let workers = Array(contacts.prefix(max(1, contacts.count / 3)))
        let office = Venue.named("Office, 4th floor")
        // Weekly team sync, Mondays at 10:00.
        let team = workers.prefix(5).map(\.contactID)
        var monday = first
        while monday.weekday != 0 { monday = monday.adding(days: 1) }
        for week in 0..<52 {
            drafts.append(event("Team sync", monday.adding(days: 7 * week, hours: 10), minutes: 30, venue: office, calendar: "Work", attendees: team, reminder: 10))
        }
        // Yoga every other Thursday evening.
        let gym = Merchant.named("Harbor Fitness").map { Venue(name: $0.name, address: $0.address) }
        for fortnight in 0..<26 {
            drafts.append(event("Yoga class", monday.adding(days: 3 + 14 * fortnight, hours: 18, minutes: 30), minutes: 60, venue: gym, reminder: 30))
        }
        // Birthdays of the first contacts, all day, on a fixed day of the year each.
        for person in contacts.prefix(24) {
            let day = first.startOfDay.adding(days: Int.random(in: 0..<364, using: &rng))
            drafts.append(CalendarEvent(id: 0, title: "\(person.name)'s birthday", startsAt: day.seconds, endsAt: day.adding(days: 1).seconds,
                                        allDay: true, location: "", address: "", notes: "", reminderMinutes: 1440, calendar: "Family", attendees: [person.contactID]))
        }
        func someDay() -> CivilTime { first.adding(days: Int.random(in: 0..<364, using: &rng)) }
        // Meals and coffees with contacts.
        for _ in 0..<40 {
            let person = rng.pick(contacts)
            let venue = rng.pick([Venue.named("Blue Door Café"), Venue.named("Saffron Kitchen"), Venue.named("Pine State Biscuits")]) ?? Venue.all[0]
            let dinner = venue.name == "Saffron Kitchen"
            let title = (dinner ? "Dinner with " : "Coffee with ") + (person?.firstName ?? "a friend")
            drafts.append(event(title, someDay().adding(hours: dinner ? 19 : 9, minutes: dinner ? 0 : 30), minutes: dinner ? 120 : 45, venue: venue, attendees: person.map { [$0.contactID] } ?? []))
        }
        // Errands and appointments with an address.
        let errands: [(String, String, Int, Int)] = [
            ("Haircut", "Shear Joy Salon", 45, 17), ("Annual checkup", "Northwest Clinic", 30, 8), ("Car service", "Precision Auto Care", 90, 8),
            ("Parent-teacher conference", "Sunnyside Elementary", 30, 16), ("Book club", "Central Library", 90, 18), ("Concert", "Crystal Ballroom", 150, 20),
            ("Picnic", "Laurelhurst Park", 180, 12),
        ]
        for _ in 0..<30 {
            let (title, place, minutes, hour) = rng.pick(errands) ?? errands[0]
            let family = title == "Parent-teacher conference" || title == "Picnic"
            drafts.append(event(title, someDay().adding(hours: hour), minutes: minutes, venue: Venue.named(place), calendar: family ? "Family" : "Personal",
                                attendees: family ? contacts.suffix(2).map(\.contactID) : []))
        }
        // Work reviews.
        for _ in 0..<36 {
            var day = someDay()
            while day.weekday >= 5 { day = day.adding(days: 1) }
            let topic = rng.pick(MailText.topics) ?? "Planning"
            var invited: [Int] = []
            for person in workers where rng.chance(0.15) && invited.count < 4 { invited.append(person.contactID) }
            drafts.append(event("\(topic) review", day.adding(hours: Int.random(in: 9...16, using: &rng)), minutes: 60, venue: office, calendar: "Work",
                                attendees: invited, notes: "Agenda:\n- status\n- risks\n- next steps"))
        }
        // Trips: a flight and the stay.
        for _ in 0..<3 {
            let day = someDay()
            drafts.append(event("Flight SK \(Int.random(in: 100...899, using: &rng)) to Seattle", day.adding(hours: 7, minutes: 45), minutes: 65,
                                venue: Venue(name: "Portland International Airport", address: "7000 Airport Way, Portland, OR 97218"), reminder: 120))
            let inn = Merchant.named("Lakeside Inn")
            drafts.append(CalendarEvent(id: 0, title: "Weekend at Lakeside Inn", startsAt: day.adding(days: 20).seconds, endsAt: day.adding(days: 22).seconds,
                                        allDay: true, location: inn?.name ?? "", address: inn?.address ?? "", notes: "Booking confirmed by mail.",
                                        reminderMinutes: 1440, calendar: "Personal", attendees: []))
        }
        for (merchant, at) in Self.appointments(now: now) {
            drafts.append(event("Dentist appointment", at, minutes: 60, venue: Venue(name: merchant.name, address: merchant.address),
                                notes: "Cleaning and checkup.", reminder: 60))
        }
        let ordered = drafts.enumerated().sorted { ($0.element.startsAt, $0.offset) < ($1.element.startsAt, $1.offset) }.map(\.element)
        let events = ordered.enumerated().map { index, draft in
            var event = draft
            event.id = index + 1
            return event
        }
        return events
    }
}
