import GRDB

/// The Expenses app's tables: `expense_categories` and `expenses`.
enum ExpenseStore {
    static let schema = """
        CREATE TABLE expense_categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, budget_cents INTEGER NOT NULL);
        CREATE TABLE expenses (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL REFERENCES expense_categories(id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), merchant TEXT NOT NULL, note TEXT NOT NULL, spent_on TEXT NOT NULL,
            payment TEXT NOT NULL CHECK (payment IN ('Card', 'Cash', 'Bank transfer')), mail_id INTEGER);
        CREATE INDEX expenses_day ON expenses(spent_on);
        """

    static func insert(categories: [ExpenseCategory], expenses: [Expense], into db: Database) throws {
        let category = try db.makeStatement(sql: "INSERT INTO expense_categories VALUES (?, ?, ?)")
        for row in categories { try category.execute(arguments: [row.id, row.name, row.budgetCents]) }
        let expense = try db.makeStatement(sql: "INSERT INTO expenses VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for row in expenses {
            try expense.execute(arguments: [row.id, row.categoryID, row.amountCents, row.merchant, row.note, row.spentOn, row.payment, row.mailID])
        }
    }
}
