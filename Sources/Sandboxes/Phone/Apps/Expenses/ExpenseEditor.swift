import GRDB

/// The expense form (`edit?id=…`, or `edit` for a new one dated today): amount in dollars,
/// merchant, category and payment from menus, the day from the date picker, and a note.
struct ExpenseEditor {
    let ref: ScreenRef
    let db: Database

    func screen(_ context: ScreenContext) throws -> Screen {
        let expense = try ExpenseStore.expense(ref.int("id"), db)
        let categories = try ExpenseStore.categories(db)
        let category = categories.first { $0.id == expense?.categoryID }?.name ?? ""
        let amount = expense.map { String(Money.dollars($0.amountCents).dropFirst()) } ?? ""
        return Screen(title: expense == nil ? "Add expense" : "Edit expense", body: [
            .field(Field("amount", hint: "Amount ($)", value: context.value("amount", amount), kind: .number)),
            .field(Field("merchant", hint: "Merchant", value: context.value("merchant", expense?.merchant ?? ""))),
            .picker("Category", id: "category", value: context.value("category", category),
                    tap: .menu(categories.map { MenuItem($0.name, .set(field: "category", value: $0.name)) })),
            .picker("Date", id: "date", value: context.value("date", expense?.spentOn ?? PhoneClock.date(context.clock.now)), tap: .pickDate(field: "date")),
            .picker("Payment", id: "payment", value: context.value("payment", expense?.payment ?? "Card"),
                    tap: .menu(Expense.payments.map { MenuItem($0, .set(field: "payment", value: $0)) })),
            .field(Field("note", hint: "Note", value: context.value("note", expense?.note ?? ""))),
            .button("Save", id: "save", tap: .run(Command("save", ref.int("id").map { ["id": String($0)] } ?? [:]))),
        ], bodyID: "form")
    }

    func save(_ context: CommandContext) throws -> [Effect] {
        guard let cents = Money.cents(context.field("amount")), cents > 0 else { return [.toast("Enter an amount, like 12.50")] }
        let merchant = context.field("merchant")
        guard !merchant.isEmpty else { return [.toast("Enter a merchant")] }
        guard let category = try Int.fetchOne(db, sql: "SELECT id FROM expenses_categories WHERE name = ?", arguments: [context.field("category")]) else {
            return [.toast("Pick a category")]
        }
        let date = context.field("date")
        guard CivilTime(date: date) != nil else { return [.toast("Pick a date")] }
        let payment = context.field("payment")
        guard Expense.payments.contains(payment) else { return [.toast("Pick a payment method")] }
        let values: [(any DatabaseValueConvertible)?] = [category, cents, merchant, context.field("note"), date, payment]
        if let id = ref.int("id") {
            try db.execute(sql: "UPDATE expenses SET category_id = ?, amount_cents = ?, merchant = ?, note = ?, spent_on = ?, payment = ? WHERE id = ?",
                           arguments: StatementArguments(values + [id]))
            return [.back, .toast("Expense saved")]
        }
        try db.execute(sql: "INSERT INTO expenses (category_id, amount_cents, merchant, note, spent_on, payment) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: StatementArguments(values))
        return [.replace(ScreenRef("detail", id: Int(db.lastInsertedRowID))), .toast("Expense saved")]
    }
}
