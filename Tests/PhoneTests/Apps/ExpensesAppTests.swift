import GRDB
import Testing
@testable import Phone

@Suite struct ExpensesAppTests {
    let app = ExpensesApp()

    @Test func seedsAYearOfExpensesLinkedToTheirBills() throws {
        let probe = try AppProbe()
        #expect(try probe.int("SELECT COUNT(*) FROM expenses") >= 300)
        #expect(try probe.int("SELECT COUNT(DISTINCT substr(spent_on, 1, 7)) FROM expenses") >= 12)
        // A logged bill names its mail, and the amounts agree.
        #expect(try probe.int("SELECT COUNT(*) FROM expenses WHERE mail_id IS NOT NULL") > 100)
        #expect(try probe.int("SELECT COUNT(*) FROM expenses e JOIN mail_messages m ON m.id = e.mail_id WHERE m.amount_cents != e.amount_cents OR m.from_name != e.merchant") == 0)
        #expect(try probe.int("SELECT COUNT(*) FROM expenses WHERE mail_id IS NOT NULL AND mail_id NOT IN (SELECT id FROM mail_messages)") == 0)
        // The latest receipts are not logged yet: something for "log the expense from this receipt" to do.
        #expect(try probe.int("""
            SELECT COUNT(*) FROM mail_messages WHERE kind IN ('invoice', 'receipt') AND sent_at > ? AND id NOT IN (SELECT mail_id FROM expenses WHERE mail_id IS NOT NULL)
            """, [PhoneClock.start.now - 12 * 86_400]) > 0)
    }

    @Test func monthListTotalsAndArrows() throws {
        let probe = try AppProbe()
        let march = ScreenRef("list", ["month": "2026-03"])
        let screen = try probe.screen(app, march)
        let total = try probe.int("SELECT SUM(amount_cents) FROM expenses WHERE spent_on LIKE '2026-03-%'")
        #expect(AppProbe.texts(screen).contains("Total: " + Money.dollars(total)))
        #expect(AppProbe.rows(screen, id: "expense").count == (try probe.int("SELECT COUNT(*) FROM expenses WHERE spent_on LIKE '2026-03-%'")))
        guard case .run(let previous) = AppProbe.tap(screen, id: "previous") else { Issue.record("no arrow"); return }
        #expect(try probe.perform(app, previous, on: march) == [.replace(ScreenRef("list", ["month": "2026-02"]))])
        #expect(try probe.screen(app, app.home).header.count == 2)
    }

    @Test func addEditAndDelete() throws {
        let probe = try AppProbe()
        let form = ScreenRef("edit")
        #expect(AppProbe.defaults(try probe.screen(app, form))["date"] == "2026-06-01")
        #expect(try probe.perform(app, Command("save"), on: form, typed: ["amount": "12.345", "merchant": "Cafe", "category": "Dining"]) == [.toast("Enter an amount, like 12.50")])
        #expect(try probe.perform(app, Command("save"), on: form, typed: ["amount": "12.5", "merchant": "Cafe"]) == [.toast("Pick a category")])
        let effects = try probe.perform(app, Command("save"), on: form, typed: ["amount": "$1,012.5", "merchant": "Cafe", "category": "Dining", "date": "2026-05-30"])
        let id = try probe.int("SELECT MAX(id) FROM expenses")
        #expect(effects == [.replace(ScreenRef("detail", id: id)), .toast("Expense saved")])
        let row = try probe.rows("SELECT * FROM expenses WHERE id = ?", [id])[0]
        let cents: Int = row["amount_cents"], day: String = row["spent_on"], payment: String = row["payment"], category: Int = row["category_id"]
        #expect(cents == 101_250)
        #expect(day == "2026-05-30")
        #expect(payment == "Card")
        #expect(category == 2)
        let edit = ScreenRef("edit", id: id)
        #expect(AppProbe.defaults(try probe.screen(app, edit))["amount"] == "1012.50")
        #expect(try probe.perform(app, Command("save", id: id), on: edit, typed: ["payment": "Cash"]) == [.back, .toast("Expense saved")])
        #expect(try probe.rows("SELECT payment, amount_cents FROM expenses WHERE id = ?", [id])[0]["payment"] == "Cash")
        let detail = ScreenRef("detail", id: id)
        guard let delete = AppProbe.confirmed(AppProbe.tap(try probe.screen(app, detail), id: "delete")) else { Issue.record("no delete"); return }
        #expect(try probe.perform(app, delete, on: detail) == [.back, .toast("Expense deleted")])
        #expect(try probe.int("SELECT COUNT(*) FROM expenses WHERE id = ?", [id]) == 0)
    }

    @Test func reportSumsEachCategoryAgainstItsBudget() throws {
        let probe = try AppProbe()
        let report = try probe.screen(app, ScreenRef("report", ["month": "2026-03"]))
        let rows = AppProbe.rows(report, id: "category_total")
        #expect(rows.count == ExpenseCategory.seeded.count)
        for category in ExpenseCategory.seeded {
            let spent = try probe.int("SELECT COALESCE(SUM(amount_cents), 0) FROM expenses WHERE spent_on LIKE '2026-03-%' AND category_id = ?", [category.id])
            let row = rows.first { $0.title == category.name }
            #expect(row?.detail == Money.dollars(spent))
            #expect(row?.subtitle.hasSuffix("over budget") == (spent > category.budgetCents))
        }
        guard case .push(let groceries) = rows[0].tap else { Issue.record("no drill-down"); return }
        let list = try probe.screen(app, groceries)
        #expect(list.title == "Groceries")
        #expect(AppProbe.rows(list, id: "expense").allSatisfy { $0.subtitle.hasPrefix("Groceries · 2026-03-") })
    }

    @Test func detailLinksTheBillInMailAndSearchFindsMerchants() throws {
        let probe = try AppProbe()
        let linked = try probe.rows("SELECT id, mail_id FROM expenses WHERE mail_id IS NOT NULL ORDER BY id LIMIT 1")[0]
        let detail = try probe.screen(app, ScreenRef("detail", id: linked["id"]))
        #expect(AppProbe.tap(detail, id: "mail") == .open(app: "mail", screen: ScreenRef("detail", id: linked["mail_id"])))
        let found = AppProbe.rows(try probe.screen(app, ScreenRef("search"), typed: ["query": "Fresh Fields"]), id: "expense")
        #expect(found.count == (try probe.int("SELECT COUNT(*) FROM expenses WHERE merchant LIKE '%Fresh Fields%' OR note LIKE '%Fresh Fields%'")))
        #expect(!found.isEmpty)
    }
}
