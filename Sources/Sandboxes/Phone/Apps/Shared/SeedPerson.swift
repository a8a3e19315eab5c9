import GRDB

/// A contact as the other apps see it. Mail senders, event attendees and the people notes
/// mention are the phone's contacts, read from the Contacts app's table in id order, so
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

    /// The phone's owner: who mail is addressed to and sent from.
    static let owner = SeedPerson(contactID: 0, name: "Alex Morgan", email: "alex.morgan@gauntlet.example", phone: "+1 555-010-0100")

    /// Every contact, in id order (Contacts is seeded before the apps that read it).
    static func contacts(_ db: Database) throws -> [SeedPerson] {
        try Row.fetchAll(db, sql: "SELECT id, first_name, last_name, email, phone FROM contacts ORDER BY id").map { row in
            SeedPerson(contactID: row["id"], name: ContactsApp.name(row), email: row["email"], phone: row["phone"])
        }
    }
}
