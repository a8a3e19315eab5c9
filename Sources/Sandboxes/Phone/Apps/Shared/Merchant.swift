/// A business the phone's owner pays: it mails invoices or receipts, and its charges are
/// the expenses. Businesses are not contacts (a task may ask to add one as a contact).
struct Merchant: Sendable, Equatable {
    let name: String
    /// The address its mails come from.
    let email: String
    /// The expense category its charges go under (an `ExpenseCategory` name).
    let category: String
    /// What it mails: a monthly `invoice` (a bill with a due date) or a `receipt` per purchase.
    let sends: Kind
    /// The range of one charge, in cents.
    let cents: ClosedRange<Int>
    /// Where it is, for receipts and appointments.
    let address: String

    enum Kind: String, Sendable {
        case invoice, receipt
    }

    /// In a fixed order: seed streams pick from it by index.
    static let all: [Merchant] = [
        Merchant(name: "Brightline Internet", email: "billing@brightline.example", category: "Utilities", sends: .invoice, cents: 6499...6499, address: "400 Fiber Way, Portland, OR 97205"),
        Merchant(name: "Cascade Power & Light", email: "statements@cascadepower.example", category: "Utilities", sends: .invoice, cents: 5820...14_350, address: "1200 Grid Street, Portland, OR 97204"),
        Merchant(name: "City Water Services", email: "noreply@citywater.example", category: "Utilities", sends: .invoice, cents: 3150...6890, address: "55 Reservoir Road, Portland, OR 97201"),
        Merchant(name: "Nimbus Mobile", email: "bills@nimbusmobile.example", category: "Utilities", sends: .invoice, cents: 4500...5200, address: "88 Tower Plaza, Seattle, WA 98101"),
        Merchant(name: "Streamly", email: "receipts@streamly.example", category: "Subscriptions", sends: .invoice, cents: 1599...1599, address: "10 Media Lane, Los Angeles, CA 90028"),
        Merchant(name: "Harbor Fitness", email: "membership@harborfitness.example", category: "Health", sends: .invoice, cents: 3900...3900, address: "730 Dockside Avenue, Portland, OR 97209"),
        Merchant(name: "Fresh Fields Market", email: "receipts@freshfields.example", category: "Groceries", sends: .receipt, cents: 1840...16_420, address: "2215 Hawthorne Boulevard, Portland, OR 97214"),
        Merchant(name: "Green Basket Grocery", email: "orders@greenbasket.example", category: "Groceries", sends: .receipt, cents: 2250...9875, address: "918 Alberta Street, Portland, OR 97211"),
        Merchant(name: "Corner Bakery Co.", email: "hello@cornerbakery.example", category: "Dining", sends: .receipt, cents: 650...2890, address: "31 Burnside Street, Portland, OR 97209"),
        Merchant(name: "Saffron Kitchen", email: "orders@saffronkitchen.example", category: "Dining", sends: .receipt, cents: 2480...8650, address: "1422 Division Street, Portland, OR 97202"),
        Merchant(name: "RideNow", email: "receipts@ridenow.example", category: "Transport", sends: .receipt, cents: 980...4675, address: "500 Market Street, San Francisco, CA 94105"),
        Merchant(name: "Metro Transit", email: "tickets@metrotransit.example", category: "Transport", sends: .receipt, cents: 250...10_000, address: "101 Transit Mall, Portland, OR 97204"),
        Merchant(name: "Pageturner Books", email: "shop@pageturner.example", category: "Shopping", sends: .receipt, cents: 1299...6450, address: "1005 Couch Street, Portland, OR 97209"),
        Merchant(name: "Larkspur Market", email: "orders@larkspur.example", category: "Shopping", sends: .receipt, cents: 1999...24_999, address: "77 Commerce Drive, Portland, OR 97232"),
        Merchant(name: "Riverside Dental", email: "frontdesk@riversidedental.example", category: "Health", sends: .receipt, cents: 9500...32_000, address: "214 Oak Avenue, Suite 3, Portland, OR 97205"),
        Merchant(name: "Willow Pharmacy", email: "care@willowpharmacy.example", category: "Health", sends: .receipt, cents: 899...5420, address: "640 Belmont Street, Portland, OR 97214"),
        Merchant(name: "Skyway Airlines", email: "itinerary@skyway.example", category: "Travel", sends: .receipt, cents: 18_900...62_400, address: "1 Terminal Drive, Seattle, WA 98158"),
        Merchant(name: "Lakeside Inn", email: "stay@lakesideinn.example", category: "Travel", sends: .receipt, cents: 14_500...48_000, address: "9 Shore Road, Bend, OR 97701"),
        Merchant(name: "Cineplex 8", email: "tickets@cineplex8.example", category: "Entertainment", sends: .receipt, cents: 1450...4200, address: "3500 Lloyd Center, Portland, OR 97232"),
    ]

    static func named(_ name: String) -> Merchant? {
        all.first { $0.name == name }
    }
}
