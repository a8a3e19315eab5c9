import GRDB
import SandboxKit
import Vocabulary

/// The product page, add to cart, and writing a review.
enum ProductPage {
    static let reviewsPerPage = 10

    struct Problems {
        var cart: [String: String] = [:]
        var review: [String: String] = [:]
    }

    static func show(_ shop: inout ShopRequest, slug: String, problems: Problems = Problems(), status: Int = 200) throws -> SandboxResponse {
        guard let product = try Row.fetchOne(shop.db.cachedStatement(sql: """
            \(ProductListing.cardSelect), p.description, p.category_id, p.material, c.slug AS category_slug, c.name AS category_name,
                d.slug AS department_slug, d.name AS department_name
            FROM products p JOIN brands b ON b.id = p.brand_id JOIN main.stock s ON s.product_id = p.id
            JOIN categories c ON c.id = p.category_id LEFT JOIN categories d ON d.id = c.parent_id
            WHERE p.slug = ?
            """), arguments: [slug])
        else {
            return try shop.notFound("That product is not in our catalogue.")
        }
        let id: Int = product["id"]
        var data = ProductListing.card(product, basePath: shop.context.basePath)
        data["description"] = product["description"] as String
        data["crumbs"] = [
            ["url": shop.url("/category/\(product["department_slug"] as String? ?? "")"), "name": product["department_name"] as String? ?? ""],
            ["url": shop.url("/category/\(product["category_slug"] as String)"), "name": product["category_name"] as String],
        ]
        let form = shop.request.isPost ? shop.form : FormFields()
        let options = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT kind, value FROM product_options WHERE product_id = ? ORDER BY position"), arguments: [id])
        var optionGroups: [[String: Any]] = []
        for (kind, label) in [("color", "Colour"), ("size", "Size"), ("material", "Material")] {
            let values = options.filter { ($0["kind"] as String) == kind }.map { $0["value"] as String }
            guard !values.isEmpty else { continue }
            let chosen = form[kind] ?? ""
            optionGroups.append([
                "kind": kind, "label": label, "field_id": "option-\(kind)",
                "values": values.map { ["value": $0, "selected": $0 == chosen] as [String: Any] },
                "error": problems.cart[kind] ?? "", "has_error": problems.cart[kind] != nil,
            ])
        }
        data["option_groups"] = optionGroups
        data["quantity"] = form["quantity"] ?? "1"
        data["quantity_error"] = problems.cart["quantity"] ?? ""
        data["has_quantity_error"] = problems.cart["quantity"] != nil
        data["cart_errors"] = problems.cart.keys.sorted().compactMap { problems.cart[$0] }
        data["has_cart_errors"] = !problems.cart.isEmpty
        data["specs"] = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT name, value FROM product_specs WHERE product_id = ? ORDER BY position"), arguments: [id]).map {
            ["name": $0["name"] as String, "value": $0["value"] as String] as [String: Any]
        }
        if let customer = shop.customer {
            data["in_wishlist"] = try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM wishlist_items WHERE customer_id = ? AND product_id = ?)"), arguments: [customer.id, id]) ?? false
            data["signed_in"] = true
        }
        // Reviews: newest first, paginated.
        let reviewCount: Int = product["review_count"]
        let pageCount = max(1, (reviewCount + reviewsPerPage - 1) / reviewsPerPage)
        let reviewPage = min(pageCount, max(1, shop.query.nonEmpty("review_page").flatMap { Int($0) } ?? 1))
        data["reviews"] = try Row.fetchAll(shop.db.cachedStatement(sql: """
            SELECT id, author, rating, title, body, created_at, verified FROM reviews WHERE product_id = ?
            ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?
            """), arguments: [id, reviewsPerPage, (reviewPage - 1) * reviewsPerPage]).map {
            ["id": $0["id"] as Int, "author": $0["author"] as String, "rating": $0["rating"] as Int, "title": $0["title"] as String,
             "body": $0["body"] as String, "date": ShopClock.display($0["created_at"]), "verified": ($0["verified"] as Int) != 0] as [String: Any]
        }
        let histogram = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT rating, COUNT(*) AS n FROM reviews WHERE product_id = ? GROUP BY rating"), arguments: [id])
        data["histogram"] = (1...5).reversed().map { stars in
            ["stars": stars, "label": stars == 1 ? "1 star" : "\(stars) stars", "count": histogram.first { ($0["rating"] as Int) == stars }.map { $0["n"] as Int } ?? 0] as [String: Any]
        }
        data["review_pages"] = (1...pageCount).map {
            ["number": $0, "current": $0 == reviewPage, "url": shop.url("/product/\(slug)?review_page=\($0)#reviews")] as [String: Any]
        }
        data["has_review_pagination"] = pageCount > 1
        data["review_prev_url"] = reviewPage > 1 ? shop.url("/product/\(slug)?review_page=\(reviewPage - 1)#reviews") : ""
        data["review_next_url"] = reviewPage < pageCount ? shop.url("/product/\(slug)?review_page=\(reviewPage + 1)#reviews") : ""
        data["review_form"] = [
            "rating_options": (1...5).reversed().map { ["value": $0, "label": $0 == 1 ? "1 star" : "\($0) stars", "selected": form["rating"] == String($0)] as [String: Any] },
            "title": form["title"] ?? "", "body": form["body"] ?? "",
            "errors": problems.review, "has_errors": !problems.review.isEmpty,
            "error_list": problems.review.keys.sorted().compactMap { problems.review[$0] },
        ]
        data["login_url"] = shop.url("/login?next=" + FormFields.encode("/product/\(slug)"))
        return try shop.page("product", title: "\(product["name"] as String) | Larkspur Market", data, status: status)
    }

    static func addToCart(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let productID = shop.form.nonEmpty("product_id").flatMap({ Int($0) }),
            let product = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT p.id, p.slug, p.name, s.quantity AS stock FROM products p JOIN main.stock s ON s.product_id = p.id WHERE p.id = ?"), arguments: [productID])
        else {
            return try shop.notFound("That product is not in our catalogue.")
        }
        let slug: String = product["slug"]
        let stock: Int = product["stock"]
        var problems = Problems()
        var chosen: [String: String] = ["color": "", "size": "", "material": ""]
        let options = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT kind, value FROM product_options WHERE product_id = ?"), arguments: [productID])
        for (kind, label) in [("color", "colour"), ("size", "size"), ("material", "material")] {
            let values = options.filter { ($0["kind"] as String) == kind }.map { $0["value"] as String }
            guard !values.isEmpty else { continue }
            let value = shop.form.nonEmpty(kind) ?? ""
            if value.isEmpty {
                problems.cart[kind] = "Choose a \(label)."
            } else if !values.contains(value) {
                problems.cart[kind] = "\(value) is not an available \(label)."
            } else {
                chosen[kind] = value
            }
        }
        let quantity = shop.form.nonEmpty("quantity").flatMap { Int($0) }
        let cartID = try shop.cartID()
        let inCart = try cartID.flatMap {
            try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT COALESCE(SUM(quantity), 0) FROM cart_items WHERE cart_id = ? AND product_id = ?"), arguments: [$0, productID])
        } ?? 0
        if stock == 0 {
            problems.cart["quantity"] = "This item is out of stock."
        } else if let quantity, quantity >= 1, quantity <= 99 {
            if quantity + inCart > stock {
                problems.cart["quantity"] = inCart > 0
                    ? "Only \(stock) in stock, and you already have \(inCart) in your cart."
                    : "Only \(stock) in stock."
            }
        } else {
            problems.cart["quantity"] = "Enter a quantity from 1 to 99."
        }
        if !problems.cart.isEmpty {
            return try show(&shop, slug: slug, problems: problems, status: 422)
        }
        let cart = try shop.ensureCart()
        try shop.db.execute(sql: """
            INSERT INTO cart_items (cart_id, product_id, color, size, material, quantity, added_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (cart_id, product_id, color, size, material) DO UPDATE SET quantity = quantity + excluded.quantity
            """, arguments: [cart, productID, chosen["color"], chosen["size"], chosen["material"], quantity, shop.context.sequence])
        try shop.setFlash("Added \(quantity ?? 1) × \(product["name"] as String) to your cart.")
        return shop.redirect("/cart")
    }

    static func postReview(_ shop: inout ShopRequest, slug: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/product/\(slug)") }
        guard let productID = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT id FROM products WHERE slug = ?"), arguments: [slug]) else {
            return try shop.notFound("That product is not in our catalogue.")
        }
        var problems = Problems()
        let rating = shop.form.nonEmpty("rating").flatMap { Int($0) }
        if rating == nil || !(1...5).contains(rating ?? 0) { problems.review["rating"] = "Choose a rating from 1 to 5 stars." }
        let title = shop.form.nonEmpty("title") ?? ""
        if title.isEmpty { problems.review["title"] = "Enter a title." } else if title.count > 100 { problems.review["title"] = "Keep the title under 100 characters." }
        let body = shop.form.nonEmpty("body") ?? ""
        if body.count < 20 { problems.review["body"] = "Write at least 20 characters about the product." }
        if !problems.review.isEmpty {
            return try show(&shop, slug: slug, problems: problems, status: 422)
        }
        let verified = try Bool.fetchOne(shop.db, sql: """
            SELECT EXISTS (SELECT 1 FROM order_items i JOIN orders o ON o.id = i.order_id
                WHERE o.customer_id = ? AND i.product_id = ? AND o.status != 'cancelled')
            """, arguments: [customer.id, productID]) ?? false
        let nextID = max(ShopSchema.firstNewReviewID, (try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT MAX(id) FROM new_reviews")) ?? 0) + 1)
        try shop.db.execute(
            sql: "INSERT INTO new_reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [nextID, productID, customer.id, "\(customer.firstName) \(customer.lastName.prefix(1)).", rating, title, body, shop.now, verified])
        try shop.setFlash("Thanks for your review!")
        return shop.redirect("/product/\(slug)#reviews")
    }
}
