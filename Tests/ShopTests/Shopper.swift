import Foundation
import GauntletTesting
import SandboxKit

/// A scripted customer over a real loopback HTTP connection.
struct Shopper {
    let client: LoopbackHTTPClient

    init(port: Int, instance: String) {
        client = LoopbackHTTPClient(port: port, hostName: "shop.localhost", instanceID: instance)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @discardableResult
    func expect(_ response: LoopbackHTTPClient.Response, _ status: Int, _ step: String, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        guard response.status == status else {
            throw Failure(description: "\(step): status \(response.status), expected \(status); body starts \(response.body.prefix(300))")
        }
        if let text, !response.body.contains(text), !response.body.contains(Self.escape(text)) {
            throw Failure(description: "\(step): page lacks \"\(text)\"")
        }
        return response
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
    }

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
