import GauntletTesting

/// A customer's flows through the shop.
extension SiteVisitor {
    func signIn(_ account: Account) throws {
        try expect(client.get("/login"), 200, "login form")
        let (post, page) = try client.submit("/login", form: [("email", account.email), ("password", account.password), ("next", "/account")])
        try expect(post, 303, "login")
        try expect(page, 200, "account page", contains: "Your account")
    }

    func add(_ pick: Pick, quantity: Int) throws {
        try expect(client.get("/product/\(pick.slug)"), 200, "product page", contains: pick.name)
        let (post, page) = try client.submit("/cart/add", form: pick.form + [("quantity", String(quantity))])
        try expect(post, 303, "add to cart")
        try expect(page, 200, "cart", contains: pick.name)
    }

    static let card = [("payment_method", "card"), ("card_name", "Test Shopper"), ("card_number", "4242 4242 4242 4242"), ("card_expiry", "12/29"), ("card_cvc", "123")]

    /// Checkout with a saved address and a card; returns the order number.
    func checkout(_ account: Account, method: String = "express") throws -> String {
        try expect(client.get("/checkout"), 200, "checkout form", contains: "Shipping address")
        let (post, review) = try client.submit("/checkout", form: [("address_id", String(account.addressID)), ("shipping_method", method)] + Self.card)
        try expect(post, 303, "checkout details")
        try expect(review, 200, "review page", contains: "Place order")
        let (placed, order) = try client.submit("/checkout/place", form: [])
        try expect(placed, 303, "place order")
        try expect(order, 200, "order page", contains: "Pending")
        guard let location = placed.header("Location"), let number = location.split(separator: "/").last else {
            throw Failure(description: "place order: no redirect to the order")
        }
        return String(number)
    }
}
