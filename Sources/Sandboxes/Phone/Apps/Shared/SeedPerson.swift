/// A contact as the apps' seed data sees it. Mail senders, event attendees and the people
/// notes mention are the phone's contacts, read from its `contacts` table in id order, so
/// cross-app tasks (text the address of tomorrow's appointment to a contact, add an
/// invoice's sender as a contact) find the same people in every app.
struct SeedPerson: Sendable, Equatable {
    let contactID: Int
    let name: String
    let email: String
    let phone: String

    var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}
