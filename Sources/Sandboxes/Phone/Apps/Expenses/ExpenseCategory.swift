/// An expense category (table `expense_categories`) with its monthly budget.
struct ExpenseCategory: Sendable, Equatable {
    let id: Int
    let name: String
    let budgetCents: Int

    static let seeded: [ExpenseCategory] = [
        ExpenseCategory(id: 1, name: "Groceries", budgetCents: 60_000),
        ExpenseCategory(id: 2, name: "Dining", budgetCents: 25_000),
        ExpenseCategory(id: 3, name: "Transport", budgetCents: 15_000),
        ExpenseCategory(id: 4, name: "Utilities", budgetCents: 35_000),
        ExpenseCategory(id: 5, name: "Rent", budgetCents: 185_000),
        ExpenseCategory(id: 6, name: "Health", budgetCents: 20_000),
        ExpenseCategory(id: 7, name: "Shopping", budgetCents: 20_000),
        ExpenseCategory(id: 8, name: "Entertainment", budgetCents: 10_000),
        ExpenseCategory(id: 9, name: "Travel", budgetCents: 50_000),
        ExpenseCategory(id: 10, name: "Subscriptions", budgetCents: 5_000),
        ExpenseCategory(id: 11, name: "Other", budgetCents: 10_000),
    ]

    static func id(named name: String) -> Int {
        seeded.first { $0.name == name }?.id ?? 11
    }
}
