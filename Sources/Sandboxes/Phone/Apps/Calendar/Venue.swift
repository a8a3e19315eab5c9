/// A place events happen at, with the address a task may ask someone to be sent.
struct Venue: Sendable, Equatable {
    let name: String
    let address: String

    static let all: [Venue] = [
        Venue(name: "Blue Door Café", address: "812 Clinton Street, Portland, OR 97202"),
        Venue(name: "Saffron Kitchen", address: "1422 Division Street, Portland, OR 97202"),
        Venue(name: "Laurelhurst Park", address: "SE Cesar E Chavez Blvd & Stark St, Portland, OR 97214"),
        Venue(name: "Northwest Clinic", address: "2455 Lovejoy Street, Portland, OR 97210"),
        Venue(name: "Shear Joy Salon", address: "3318 Belmont Street, Portland, OR 97214"),
        Venue(name: "Precision Auto Care", address: "5010 Foster Road, Portland, OR 97206"),
        Venue(name: "Sunnyside Elementary", address: "3421 Salmon Street, Portland, OR 97214"),
        Venue(name: "Central Library", address: "801 10th Avenue, Portland, OR 97205"),
        Venue(name: "Pine State Biscuits", address: "2204 Alberta Street, Portland, OR 97211"),
        Venue(name: "Crystal Ballroom", address: "1332 Burnside Street, Portland, OR 97209"),
        Venue(name: "Office, 4th floor", address: "120 Pearl Street, Portland, OR 97209"),
    ]

    static func named(_ name: String) -> Venue {
        all.first { $0.name == name } ?? Venue(name: name, address: "")
    }
}
