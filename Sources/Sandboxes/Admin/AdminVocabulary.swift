/// Fixed words of the admin: roles and what they may open, carriers, and the search log's words.
enum AdminVocabulary {
    /// The sections of the admin, each a top-level path and a menu entry.
    static let sections: [(path: String, label: String)] = [
        ("dashboard", "Dashboard"), ("orders", "Sales: Orders"), ("products", "Catalog: Products"), ("customers", "Customers"),
        ("reviews", "Marketing: Reviews"), ("coupons", "Marketing: Cart Price Rules"), ("reports", "Reports"),
    ]

    /// Sections each role may open; anything else gets the access-denied page.
    static let roleSections: [String: Set<String>] = [
        "administrator": Set(sections.map(\.path)),
        "sales": ["dashboard", "orders", "customers"],
        "catalog": ["products", "reviews"],
    ]

    /// Where a role lands after signing in: the first section it may open.
    static func startPage(_ role: String) -> String {
        "/" + (sections.first { roleSections[role]?.contains($0.path) ?? false }?.path ?? "login")
    }

    static let roleLabels = ["administrator": "Administrator", "sales": "Sales clerk", "catalog": "Catalog editor"]

    static let carriers = ["UPS", "FedEx", "USPS", "DHL"]
    static let searchColors = ["red", "blue", "black", "green", "white", "grey"]
    static let misspellings = ["shooes", "jaket", "blendr", "lamb shade", "sofaa", "headfones", "bakpack", "sneekers"]
}
