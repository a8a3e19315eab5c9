import GRDB

/// The Expenses app's tables, `expenses_categories` and `expenses`.
enum ExpenseStore {
    static let schema = [
        "CREATE TABLE expenses_categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, budget_cents INTEGER NOT NULL)",
        """
        CREATE TABLE expenses (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL, amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            merchant TEXT NOT NULL, note TEXT NOT NULL, spent_on TEXT NOT NULL,
            payment TEXT NOT NULL CHECK (payment IN ('Card', 'Cash', 'Bank transfer')), mail_id INTEGER)
        """,
        "CREATE INDEX expenses_day ON expenses(spent_on)",
    ]

    static let columns = "id, category_id, amount_cents, merchant, note, spent_on, payment, mail_id"

    static func insert(categories: [ExpenseCategory], expenses: [Expense], into db: Database) throws {
        let category = try db.makeStatement(sql: "INSERT INTO expenses_categories (id, name, budget_cents) VALUES (?, ?, ?)")
        for row in categories { try category.execute(arguments: [row.id, row.name, row.budgetCents]) }
        let expense = try db.makeStatement(sql: "INSERT INTO expenses (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for row in expenses {
            try expense.execute(arguments: [row.id, row.categoryID, row.amountCents, row.merchant, row.note, row.spentOn, row.payment, row.mailID])
        }
    }

    static func expense(_ id: Int?, _ db: Database) throws -> Expense? {
        guard let id else { return nil }
        return try Row.fetchOne(db, sql: "SELECT \(columns) FROM expenses WHERE id = ?", arguments: [id]).map(expense)
    }

    static func expense(_ row: Row) -> Expense {
        Expense(id: row["id"], categoryID: row["category_id"], amountCents: row["amount_cents"], merchant: row["merchant"], note: row["note"],
                spentOn: row["spent_on"], payment: row["payment"], mailID: row["mail_id"])
    }

    static func categories(_ db: Database) throws -> [ExpenseCategory] {
        try Row.fetchAll(db, sql: "SELECT id, name, budget_cents FROM expenses_categories ORDER BY id").map {
            ExpenseCategory(id: $0["id"], name: $0["name"], budgetCents: $0["budget_cents"])
        }
    }
}
