import SandboxKit
import Vocabulary

/// The seeded customer accounts' identities. Both the catalog (review authors) and the
/// instance state (accounts) derive them from here, so they agree.
struct CustomerNames {
    let id: Int
    let first: String
    let last: String
    let email: String

    static let count = 240

    /// Every seeded customer's password is `Shop!` followed by the id in four digits
    /// (customer 7: `Shop!0007`), documented in docs/sandboxes.md for task authors.
    static func password(id: Int) -> String {
        let digits = String(id)
        return "Shop!" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func generate(seed: UInt64) -> [CustomerNames] {
        var rng = SeededGenerator(seed: seed, stream: "shop.customers")
        var emails = Set<String>()
        var result: [CustomerNames] = []
        for id in 1...count {
            let first = rng.pick(ShopTaxonomy.firstNames) ?? "Alex"
            let last = rng.pick(ShopTaxonomy.lastNames) ?? "Smith"
            var email = "\(first.lowercased()).\(last.lowercased())@example.com"
            var n = 2
            while emails.contains(email) {
                email = "\(first.lowercased()).\(last.lowercased())\(n)@example.com"
                n += 1
            }
            emails.insert(email)
            result.append(CustomerNames(id: id, first: first, last: last, email: email))
        }
        return result
    }
}
