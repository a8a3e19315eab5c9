import Vocabulary

/// The seeded expense log over the year before the phone's clock: every logged `Charge`
/// (naming its mail), the rent on the first of each month, and everyday spending without a
/// mail (coffee, parking, the farmers market). Ids follow the day spent.
struct ExpensesSeed {
    let seed: AppSeed
    let now: CivilTime

    static let rentCents = 172_500
    /// Everyday spending that leaves no mail: merchant, category, range in cents.
    static let everyday: [(merchant: String, category: String, cents: ClosedRange<Int>)] = [
        ("Blue Door Café", "Dining", 425...1850), ("Pine State Biscuits", "Dining", 1200...3400), ("Food cart pod", "Dining", 900...1600),
        ("Farmers market", "Groceries", 1200...4800), ("Corner store", "Groceries", 300...2200),
        ("Parking meter", "Transport", 200...1200), ("Gas station", "Transport", 3200...6800), ("Bike shop", "Transport", 1500...8900),
        ("Laundromat", "Other", 450...1200), ("Post office", "Other", 180...2400), ("Gift shop", "Shopping", 1500...6000),
        ("Cinema snacks", "Entertainment", 600...1800), ("Museum", "Entertainment", 1500...3000), ("Bookstore", "Shopping", 1200...4500),
    ]

    /// - Parameter mailOfCharge: each charge's mail id, from `MailSeed`.
    func generate(charges: [Charge], mailOfCharge: [Int: Int]) -> [Expense] {
        var rng = seed.generator("expenses")
        var drafts: [Expense] = []
        for charge in charges where charge.logged {
            drafts.append(Expense(id: 0, categoryID: ExpenseCategory.id(named: charge.merchant.category), amountCents: charge.cents,
                                  merchant: charge.merchant.name, note: charge.merchant.sends == .invoice ? "Invoice \(charge.reference)" : "",
                                  spentOn: charge.at.dateText, payment: "Card", mailID: mailOfCharge[charge.id]))
        }
        let start = now.startOfDay.adding(days: -365)
        for month in 1...12 {
            let first = CivilTime(year: start.year, month: start.month, day: 1).adding(months: month)
            guard first < now else { continue }
            drafts.append(Expense(id: 0, categoryID: ExpenseCategory.id(named: "Rent"), amountCents: Self.rentCents, merchant: "Pearl Street Apartments",
                                  note: "Rent for \(CivilTime.monthNames[first.month - 1])", spentOn: first.dateText, payment: "Bank transfer", mailID: nil))
        }
        for _ in 0..<150 {
            let item = rng.pick(Self.everyday) ?? Self.everyday[0]
            let day = start.adding(days: Int.random(in: 0..<365, using: &rng))
            guard day < now.startOfDay else { continue }
            drafts.append(Expense(id: 0, categoryID: ExpenseCategory.id(named: item.category), amountCents: Int.random(in: item.cents, using: &rng),
                                  merchant: item.merchant, note: "", spentOn: day.dateText, payment: rng.chance(0.3) ? "Cash" : "Card", mailID: nil))
        }
        return drafts.enumerated().sorted { ($0.element.spentOn, $0.offset) < ($1.element.spentOn, $1.offset) }.enumerated().map { index, entry in
            var expense = entry.element
            expense.id = index + 1
            return expense
        }
    }
}
