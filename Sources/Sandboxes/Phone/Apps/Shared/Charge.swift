import Vocabulary

/// One payment to a `Merchant` in the year before the phone's clock: the thread that ties a
/// bill or receipt mail to the expense logged for it. Most charges are logged as expenses
/// (the expense names the mail); the most recent are not yet, so "log the expense from this
/// receipt" has something to do.
struct Charge: Sendable, Equatable {
    /// 1, 2, … in time order.
    let id: Int
    let merchant: Merchant
    let cents: Int
    let at: CivilTime
    /// "INV-240117" for an invoice, "R-58213" for a receipt.
    let reference: String
    /// When an invoice is due (14 days after it); nil for a receipt.
    let due: CivilTime?
    /// Whether the owner has logged it in Expenses.
    let logged: Bool

    /// Charges within this many days of the clock are not logged yet.
    static let unloggedDays = 12

    /// Every charge for `seed`: each invoicing merchant bills once a month on its own day, for
    /// twelve months; receipt merchants are visited at random. Stream `phone.expenses.charges`,
    /// the same for Mail (which mails them) and Expenses (which logs them).
    static func generate(seed: UInt64, now: CivilTime) -> [Charge] {
        var rng = SeededGenerator(seed: seed, stream: "phone.expenses.charges")
        var drafts: [(merchant: Merchant, cents: Int, at: CivilTime)] = []
        let start = now.startOfDay.adding(days: -365)
        for merchant in Merchant.all {
            switch merchant.sends {
            case .invoice:
                let day = Int.random(in: 1...26, using: &rng)
                let hour = Int.random(in: 6...9, using: &rng)
                for month in 0..<12 {
                    let first = CivilTime(year: start.year, month: start.month, day: 1).adding(months: month + 1)
                    let at = CivilTime(year: first.year, month: first.month, day: day, hour: hour, minute: Int.random(in: 0...59, using: &rng))
                    guard at < now else { continue }
                    drafts.append((merchant, Self.amount(merchant.cents, &rng), at))
                }
            case .receipt:
                let visits = Self.visits(merchant.category, &rng)
                for _ in 0..<visits {
                    let at = start.adding(days: Int.random(in: 0..<365, using: &rng), hours: Int.random(in: 8...20, using: &rng), minutes: Int.random(in: 0...59, using: &rng))
                    guard at < now else { continue }
                    drafts.append((merchant, Self.amount(merchant.cents, &rng), at))
                }
            }
        }
        // Time order, ties by merchant order: the sort is stable and the input is ordered.
        let ordered = drafts.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        let cutoff = now.startOfDay.adding(days: -unloggedDays)
        var charges: [Charge] = []
        for (index, draft) in ordered.enumerated() {
            let number = Int.random(in: 10_000...99_999, using: &rng)
            let isInvoice = draft.merchant.sends == .invoice
            charges.append(Charge(
                id: index + 1, merchant: draft.merchant, cents: draft.cents, at: draft.at,
                reference: isInvoice ? "INV-\(draft.at.year % 100)\(number)" : "R-\(number)",
                due: isInvoice ? draft.at.startOfDay.adding(days: 14) : nil,
                logged: draft.at < cutoff && !rng.chance(0.06)))
        }
        return charges
    }

    /// An amount in the range, in whole dimes above a few dollars (as prices look).
    private static func amount(_ range: ClosedRange<Int>, _ rng: inout SeededGenerator) -> Int {
        guard range.lowerBound < range.upperBound else { return range.lowerBound }
        let raw = Int.random(in: range, using: &rng)
        return raw > 1000 ? raw - raw % 10 + (rng.chance(0.5) ? 9 : 0) : raw
    }

    private static func visits(_ category: String, _ rng: inout SeededGenerator) -> Int {
        switch category {
        case "Groceries": return Int.random(in: 14...20, using: &rng)
        case "Dining", "Transport": return Int.random(in: 8...12, using: &rng)
        case "Travel": return Int.random(in: 2...3, using: &rng)
        case "Health": return Int.random(in: 2...4, using: &rng)
        default: return Int.random(in: 3...6, using: &rng)
        }
    }
}
