import GRDB
import SandboxKit
import Vocabulary

/// Sign in, sign out, registration, profile and password.
enum AccountPages {
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//") else { return "/account" }
        return value
    }

    static func loginForm(_ shop: inout ShopRequest, error: String? = nil, status: Int = 200) throws -> SandboxResponse {
        let next = safeNext(shop.request.isPost ? shop.form["next"] : shop.query["next"])
        return try shop.page("login", title: "Sign in | Larkspur Market", [
            "next": next, "email": shop.request.isPost ? (shop.form["email"] ?? "") : "", "error": error ?? "",
            "register_url": shop.url("/register?next=" + FormFields.encode(next)),
        ], status: status)
    }

    static func login(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let email = shop.form.nonEmpty("email") ?? ""
        let password = shop.form["password"] ?? ""
        if email.isEmpty || password.isEmpty {
            return try loginForm(&shop, error: "Enter your email address and password.", status: 422)
        }
        guard let row = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT id, password FROM customers WHERE email = ?"), arguments: [email]),
            (row["password"] as String) == password
        else {
            return try loginForm(&shop, error: "Incorrect email address or password.", status: 422)
        }
        let customerID: Int = row["id"]
        let guestCart = try shop.cartID()
        try shop.signIn(customerID)
        try mergeGuestCart(&shop, guestCartID: guestCart, customerID: customerID)
        try shop.setFlash("Welcome back, \(shop.customer?.firstName ?? "")!")
        return shop.redirect(safeNext(shop.form["next"]))
    }

    /// A guest's cart joins the customer's cart on sign-in, as shoppers expect.
    static func mergeGuestCart(_ shop: inout ShopRequest, guestCartID: Int?, customerID: Int) throws {
        guard let guestCartID else { return }
        let owner = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT customer_id FROM carts WHERE id = ?"), arguments: [guestCartID])
        guard owner == nil else { return }
        let customerCart = try shop.ensureCart()
        guard customerCart != guestCartID else { return }
        try shop.db.execute(sql: """
            INSERT INTO cart_items (cart_id, product_id, color, size, material, quantity, added_seq)
            SELECT ?, product_id, color, size, material, quantity, added_seq FROM cart_items WHERE cart_id = ? ORDER BY id
            ON CONFLICT (cart_id, product_id, color, size, material) DO UPDATE SET quantity = quantity + excluded.quantity
            """, arguments: [customerCart, guestCartID])
        try shop.db.execute(sql: "UPDATE carts SET coupon_code = COALESCE(coupon_code, (SELECT coupon_code FROM carts WHERE id = ?)) WHERE id = ?", arguments: [guestCartID, customerCart])
        try shop.db.execute(sql: "DELETE FROM cart_items WHERE cart_id = ?", arguments: [guestCartID])
        try shop.db.execute(sql: "DELETE FROM carts WHERE id = ?", arguments: [guestCartID])
    }

    static func logout(_ shop: inout ShopRequest) throws -> SandboxResponse {
        try shop.signOut()
        try shop.setFlash("You have signed out.")
        return shop.redirect("/")
    }

    static func registerForm(_ shop: inout ShopRequest, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        let form = shop.request.isPost ? shop.form : FormFields()
        return try shop.page("register", title: "Create an account | Larkspur Market", [
            "first_name": form["first_name"] ?? "", "last_name": form["last_name"] ?? "", "email": form["email"] ?? "",
            "next": safeNext(shop.request.isPost ? form["next"] : shop.query["next"]),
            "errors": problems, "has_errors": !problems.isEmpty, "error_list": FormRules.ordered(problems, fields: ["first_name", "last_name", "email", "password", "confirm_password"]),
        ], status: status)
    }

    static func register(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let form = shop.form
        var (first, last, email, problems) = try nameAndEmail(&shop, editing: nil)
        let password = form["password"] ?? ""
        if let problem = FormRules.password(password) { problems["password"] = problem }
        if password != (form["confirm_password"] ?? "") { problems["confirm_password"] = "The passwords do not match." }
        if !problems.isEmpty { return try registerForm(&shop, problems: problems, status: 422) }
        let id = (try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT MAX(id) FROM customers")) ?? 0) + 1
        try shop.db.execute(sql: "INSERT INTO customers VALUES (?, ?, ?, ?, ?, '', ?)", arguments: [id, email, password, first, last, shop.now])
        let guestCart = try shop.cartID()
        try shop.signIn(id)
        try mergeGuestCart(&shop, guestCartID: guestCart, customerID: id)
        try shop.setFlash("Welcome to Larkspur Market, \(first)! Your account has been created.")
        return shop.redirect(safeNext(form["next"]))
    }

    static func account(_ shop: inout ShopRequest, profileProblems: [String: String] = [:], passwordProblems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account") }
        guard let row = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT * FROM customers WHERE id = ?"), arguments: [customer.id]) else { return shop.signInRedirect(next: "/account") }
        let editing = shop.request.isPost && !profileProblems.isEmpty
        let form = shop.form
        let orderCount = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT COUNT(*) FROM orders WHERE customer_id = ?"), arguments: [customer.id]) ?? 0
        return try shop.page("account", title: "Your account | Larkspur Market", [
            "first_name": editing ? (form["first_name"] ?? "") : row["first_name"] as String,
            "last_name": editing ? (form["last_name"] ?? "") : row["last_name"] as String,
            "email": editing ? (form["email"] ?? "") : row["email"] as String,
            "phone": editing ? (form["phone"] ?? "") : row["phone"] as String,
            "member_since": ShopClock.display(row["created_at"]),
            "order_count": orderCount,
            "profile_errors": profileProblems, "has_profile_errors": !profileProblems.isEmpty,
            "profile_error_list": profileProblems.keys.sorted().compactMap { profileProblems[$0] },
            "password_errors": passwordProblems, "has_password_errors": !passwordProblems.isEmpty,
            "password_error_list": passwordProblems.keys.sorted().compactMap { passwordProblems[$0] },
        ], status: status)
    }

    static func updateProfile(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account") }
        let form = shop.form
        var (first, last, email, problems) = try nameAndEmail(&shop, editing: customer.id)
        let phone = form.nonEmpty("phone") ?? ""
        if !phone.isEmpty && phone.filter(\.isNumber).count < 10 { problems["phone"] = "Enter a phone number with at least 10 digits, or leave it empty." }
        if !problems.isEmpty { return try account(&shop, profileProblems: problems, status: 422) }
        try shop.db.execute(sql: "UPDATE customers SET first_name = ?, last_name = ?, email = ?, phone = ? WHERE id = ?", arguments: [first, last, email, phone, customer.id])
        try shop.setFlash("Your profile has been updated.")
        return shop.redirect("/account")
    }

    /// The name and email fields that registration and profile edits share, with their
    /// problems. `editing` is the account being edited, whose own address is not taken.
    private static func nameAndEmail(_ shop: inout ShopRequest, editing: Int?)
        throws -> (first: String, last: String, email: String, problems: [String: String]) {
        let form = shop.form
        var problems: [String: String] = [:]
        let first = form.nonEmpty("first_name") ?? "", last = form.nonEmpty("last_name") ?? ""
        if first.isEmpty { problems["first_name"] = "Enter your first name." }
        if last.isEmpty { problems["last_name"] = "Enter your last name." }
        let email = form.nonEmpty("email") ?? ""
        if let problem = FormRules.email(email) {
            problems["email"] = problem
        } else if let customer = editing {
            if try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM customers WHERE email = ? AND id != ?)"), arguments: [email, customer]) ?? false {
                problems["email"] = "Another account already uses this email address."
            }
        } else if try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM customers WHERE email = ?)"), arguments: [email]) ?? false {
            problems["email"] = "An account with this email address already exists. Sign in instead."
        }
        return (first, last, email, problems)
    }

    static func changePassword(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account") }
        let form = shop.form
        var problems: [String: String] = [:]
        let current = try String.fetchOne(shop.db.cachedStatement(sql: "SELECT password FROM customers WHERE id = ?"), arguments: [customer.id])
        if form["current_password"] != current { problems["current_password"] = "Your current password is not correct." }
        let new = form["new_password"] ?? ""
        if let problem = FormRules.password(new) { problems["new_password"] = problem }
        if new != (form["confirm_password"] ?? "") { problems["confirm_password"] = "The new passwords do not match." }
        if !problems.isEmpty { return try account(&shop, passwordProblems: problems, status: 422) }
        try shop.db.execute(sql: "UPDATE customers SET password = ? WHERE id = ?", arguments: [new, customer.id])
        try shop.setFlash("Your password has been changed.")
        return shop.redirect("/account")
    }
}
