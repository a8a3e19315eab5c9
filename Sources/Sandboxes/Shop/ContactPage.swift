import GRDB
import SandboxKit
import Vocabulary

/// The contact form.
enum ContactPage {
    static let topics = [("order", "A question about an order"), ("returns", "Returns and refunds"), ("product", "A product question"), ("other", "Something else")]

    static func show(_ shop: inout ShopRequest, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        let form = shop.request.isPost ? shop.form : FormFields()
        let topic = form["topic"] ?? ""
        let sender = Sender(shop, form: form)
        return try shop.page("contact", title: "Contact us | Larkspur Market", [
            "sent": shop.query["sent"] == "1" && !shop.request.isPost,
            "signed_in": shop.customer != nil, "name": sender.name, "email": sender.email,
            "order_number": form["order_number"] ?? "", "message": form["message"] ?? "",
            "topics": topics.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == topic] as [String: Any] },
            "errors": problems, "has_errors": !problems.isEmpty, "error_list": FormRules.ordered(problems, fields: ["name", "email", "topic", "order_number", "message"]),
        ], status: status)
    }

    static func submit(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let form = shop.form
        var problems: [String: String] = [:]
        let sender = Sender(shop, form: form)
        let name = sender.name
        if name.isEmpty { problems["name"] = "Enter your name." }
        let email = sender.email
        if let problem = FormRules.email(email) { problems["email"] = problem }
        let topic = form.nonEmpty("topic") ?? ""
        if !topics.contains(where: { $0.0 == topic }) { problems["topic"] = "Choose a topic." }
        let orderNumber = (form.nonEmpty("order_number") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        if !orderNumber.isEmpty, try !(Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM orders WHERE number = ?)"), arguments: [orderNumber]) ?? false) {
            problems["order_number"] = "We couldn't find order #\(orderNumber). Check the number, or leave it empty."
        }
        let message = form.nonEmpty("message") ?? ""
        if message.count < 10 { problems["message"] = "Write a message of at least 10 characters." }
        if !problems.isEmpty { return try show(&shop, problems: problems, status: 422) }
        try shop.db.execute(
            sql: "INSERT INTO contact_messages (customer_id, name, email, topic, order_number, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [shop.customer?.id, name, email, topic, orderNumber, message, shop.now])
        return shop.redirect("/contact?sent=1")
    }

    /// Who a message is from: the signed-in customer, whatever the form says (a name and
    /// email typed into a forged form must not speak for someone else), else what a guest typed.
    struct Sender {
        var name: String
        var email: String

        init(_ shop: ShopRequest, form: FormFields) {
            if let customer = shop.customer {
                name = "\(customer.firstName) \(customer.lastName)"
                email = customer.email
            } else {
                name = form.nonEmpty("name") ?? ""
                email = form.nonEmpty("email") ?? ""
            }
        }
    }
}

import Foundation
