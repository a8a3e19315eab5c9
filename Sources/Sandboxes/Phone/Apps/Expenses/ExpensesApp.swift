import GRDB

/// Expenses (docs/phone-apps.md, "Expenses"): a month's expenses with its total, expense
/// details (with the mail a bill came in), one form for new and edited expenses (amount,
/// merchant, category, date picker, payment), a monthly report by category against budgets,
/// categories, and search.
struct ExpensesApp: PhoneApp {
    let id = "expenses"
    let label = "Expenses"
    let home = ScreenRef("list")
    let screens = ["list", "detail", "edit", "report", "categories", "search"]
    let schema = ExpenseStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        let now = CivilTime(seconds: seed.clock.now)
        // Mail is seeded first: a logged bill names its mail, found by sender and time.
        var mailOfCharge: [Int: Int] = [:]
        let charges = Charge.generate(seed: seed.seed, now: now)
        let find = try db.makeStatement(sql: "SELECT id FROM mail_messages WHERE from_email = ? AND sent_at = ? AND kind IN ('invoice', 'receipt')")
        for charge in charges where charge.logged {
            mailOfCharge[charge.id] = try Int.fetchOne(find, arguments: [charge.merchant.email, charge.at.seconds])
        }
        let expenses = ExpensesSeed(seed: seed, now: now).generate(charges: charges, mailOfCharge: mailOfCharge)
        try ExpenseStore.insert(categories: ExpenseCategory.seeded, expenses: expenses, into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        let month = ref["month"].flatMap { CivilTime(monthKey: $0) } ?? CivilTime(seconds: context.clock.now).startOfMonth
        switch ref.name {
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "edit": return try ExpenseEditor(ref: ref, db: context.db).screen(context)
        case "report": return try report(month, context)
        case "categories": return try categories(month, context)
        case "search": return try search(context)
        default: return try list(month, category: ref.int("category"), context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        switch command.name {
        case "go":
            var args = ["month": command["month"] ?? ""]
            if let category = command["category"] { args["category"] = category }
            return [.replace(ScreenRef(command["screen"] ?? "list", args))]
        case "delete":
            try context.db.execute(sql: "DELETE FROM expenses WHERE id = ?", arguments: [command.int("id")])
            return (command["from"] == "detail" ? [.back] : []) + [.toast("Expense deleted")]
        case "save": return try ExpenseEditor(ref: context.ref, db: context.db).save(context)
        default: return [.toast("Expenses cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private func monthHeader(_ month: CivilTime, screen: String, category: Int? = nil) -> Widget {
        func go(_ target: CivilTime) -> Tap {
            var args = ["screen": screen, "month": target.monthKey]
            if let category { args["category"] = String(category) }
            return .run(Command("go", args))
        }
        return .hstack([
            .icon("Previous month", id: "previous", tap: go(month.adding(months: -1))),
            .text(month.monthTitle, id: "month", style: .title),
            .icon("Next month", id: "next", tap: go(month.adding(months: 1))),
        ])
    }

    private func list(_ month: CivilTime, category: Int?, _ context: ScreenContext) throws -> Screen {
        let categories = try ExpenseStore.categories(context.db)
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT \(ExpenseStore.columns) FROM expenses WHERE spent_on LIKE ? AND (?2 IS NULL OR category_id = ?2) ORDER BY spent_on DESC, id DESC
            """, arguments: [month.monthKey + "-%", category]).map(ExpenseStore.expense)
        let total = rows.reduce(0) { $0 + $1.amountCents }
        var body = rows.map { expenseRow($0, categories: categories) }
        if body.isEmpty { body = [.text("No expenses in \(month.monthTitle).", id: "empty")] }
        let name = categories.first { $0.id == category }?.name
        return Screen(
            title: name ?? "Expenses",
            actions: [
                .icon("Search expenses", id: "search", tap: .push(ScreenRef("search"))),
                .icon("Monthly report", id: "report", tap: .push(ScreenRef("report", ["month": month.monthKey]))),
                .icon("More options", id: "more", tap: .menu([MenuItem("Categories", .push(ScreenRef("categories", ["month": month.monthKey])))])),
            ],
            header: [monthHeader(month, screen: "list", category: category), .text("Total: " + Money.dollars(total), id: "total")],
            body: body,
            fab: .icon("Add expense", id: "add_expense", tap: .push(ScreenRef("edit"))))
    }

    private func expenseRow(_ expense: Expense, categories: [ExpenseCategory]) -> Widget {
        let category = categories.first { $0.id == expense.categoryID }?.name ?? ""
        let delete = Dialog.confirm("Delete expense?", message: "\(expense.merchant), \(Money.dollars(expense.amountCents))", confirm: "Delete",
                                    Command("delete", ["id": String(expense.id), "from": "list"]))
        return .row(ListRow("expense", title: expense.merchant, subtitle: category + " · " + expense.spentOn, detail: Money.dollars(expense.amountCents),
                            tap: .push(ScreenRef("detail", id: expense.id)),
                            longPress: .menu([MenuItem("Edit", .push(ScreenRef("edit", id: expense.id))), MenuItem("Delete", .dialog(delete))])))
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let expense = try ExpenseStore.expense(id, context.db) else {
            return Screen(title: "Expense", body: [.text("This expense no longer exists.", id: "empty")])
        }
        let category = try ExpenseStore.categories(context.db).first { $0.id == expense.categoryID }?.name ?? ""
        var body: [Widget] = [
            .text(Money.dollars(expense.amountCents), id: "amount", style: .title),
            .row(ListRow("merchant", title: expense.merchant, subtitle: "Merchant")),
            .row(ListRow("category", title: category, subtitle: "Category")),
            .row(ListRow("date", title: expense.spentOn, subtitle: "Date")),
            .row(ListRow("payment", title: expense.payment, subtitle: "Payment")),
        ]
        if !expense.note.isEmpty { body.append(.row(ListRow("note", title: expense.note, subtitle: "Note"))) }
        if let mail = expense.mailID {
            body.append(.row(ListRow("mail", title: "Open the bill in Mail", tap: .open(app: "mail", screen: ScreenRef("detail", id: mail)))))
        }
        let delete = Dialog.confirm("Delete expense?", message: "\(expense.merchant), \(Money.dollars(expense.amountCents))", confirm: "Delete",
                                    Command("delete", ["id": String(id), "from": "detail"]))
        return Screen(title: "Expense",
                      actions: [.icon("Edit expense", id: "edit", tap: .push(ScreenRef("edit", id: id))), .icon("Delete", id: "delete", tap: .dialog(delete))],
                      body: body, bodyID: "details")
    }

    /// Spending per category in a month, against each budget.
    private func report(_ month: CivilTime, _ context: ScreenContext) throws -> Screen {
        var spent: [Int: Int] = [:]
        for row in try Row.fetchAll(context.db, sql: "SELECT category_id, SUM(amount_cents) AS total FROM expenses WHERE spent_on LIKE ? GROUP BY category_id ORDER BY category_id",
                                    arguments: [month.monthKey + "-%"]) {
            spent[row["category_id"]] = row["total"]
        }
        let total = spent.values.reduce(0, +)
        var body: [Widget] = [.text("Total spent: " + Money.dollars(total), id: "total", style: .title)]
        for category in try ExpenseStore.categories(context.db) {
            let amount = spent[category.id] ?? 0
            let over = amount > category.budgetCents ? " · over budget" : ""
            body.append(.row(ListRow("category_total", title: category.name, subtitle: "Budget " + Money.dollars(category.budgetCents) + over,
                                     detail: Money.dollars(amount),
                                     tap: .push(ScreenRef("list", ["month": month.monthKey, "category": String(category.id)])))))
        }
        return Screen(title: "Monthly report", header: [monthHeader(month, screen: "report")], body: body, bodyID: "report")
    }

    private func categories(_ month: CivilTime, _ context: ScreenContext) throws -> Screen {
        let counts = try Row.fetchAll(context.db, sql: "SELECT category_id, COUNT(*) AS n FROM expenses GROUP BY category_id ORDER BY category_id")
        var count: [Int: Int] = [:]
        for row in counts { count[row["category_id"]] = row["n"] }
        let body: [Widget] = try ExpenseStore.categories(context.db).map { category in
            .row(ListRow("category", title: category.name, subtitle: "Monthly budget " + Money.dollars(category.budgetCents),
                         detail: String(count[category.id] ?? 0), tap: .push(ScreenRef("list", ["month": month.monthKey, "category": String(category.id)]))))
        }
        return Screen(title: "Categories", body: body)
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let categories = try ExpenseStore.categories(context.db)
            let rows = try Row.fetchAll(context.db, sql: "SELECT \(ExpenseStore.columns) FROM expenses WHERE merchant LIKE ? OR note LIKE ? ORDER BY spent_on DESC, id DESC",
                                        arguments: [pattern, pattern]).map(ExpenseStore.expense)
            body = rows.isEmpty ? [.text("No expenses match \u{201C}\(query)\u{201D}.", id: "empty")] : rows.map { expenseRow($0, categories: categories) }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search expenses", value: query))], body: body)
    }
}
