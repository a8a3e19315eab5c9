import Foundation
import SandboxKit
import Testing
import Vocabulary

/// Issue #19: no product's prose contradicts its structured data, for every product of seed 1.
@Suite struct ShopProseTests {
    struct Product {
        var description = ""
        var material = ""
        var name = ""
        var specs: [String: String] = [:]
        var values: [String] = []
        var reviews: [(rating: Int, text: String)] = []
    }

    func load() async throws -> [Int: Product] {
        let (host, _) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        var products: [Int: Product] = [:]
        func int(_ value: SQLValue) -> Int { if case .integer(let v) = value { Int(v) } else { -1 } }
        func text(_ value: SQLValue) -> String { if case .text(let v) = value { v } else { "" } }
        for row in try await host.query(id, "SELECT id, name, description, material FROM products ORDER BY id").rows {
            products[int(row[0])] = Product(description: text(row[2]), material: text(row[3]), name: text(row[1]))
        }
        for row in try await host.query(id, "SELECT product_id, name, value FROM product_specs ORDER BY product_id, position").rows {
            products[int(row[0])]?.specs[text(row[1])] = text(row[2])
            products[int(row[0])]?.values.append(text(row[2]))
        }
        for row in try await host.query(id, "SELECT product_id, value FROM product_options ORDER BY product_id, position").rows {
            products[int(row[0])]?.values.append(text(row[1]))
        }
        for row in try await host.query(id, "SELECT product_id, rating, title || '. ' || body FROM seed_reviews ORDER BY id").rows {
            products[int(row[0])]?.reviews.append((int(row[1]), text(row[2])))
        }
        return products
    }

    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".!?".contains($0) }).map { $0.lowercased() }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func proseStatesOnlyTheProductsOwnWarrantyMeasurementsMaterialsAndNoPrices() async throws {
        let products = try await load()
        #expect(products.count == 2_240)
        let materials = Set(products.values.map { $0.material.lowercased() })
        var warrantyMentions = 0
        for (id, product) in products.sorted(by: { $0.key < $1.key }) {
            let known = ([product.name, product.material] + product.values).joined(separator: " | ").lowercased()
            let prose = [product.description] + product.reviews.map(\.text)
            for text in prose {
                #expect(!text.contains("$"), "product \(id) states a price: \(text)")
                for sentence in Self.sentences(text) where sentence.contains("warrant") {
                    warrantyMentions += 1
                    let warranty = product.specs["Warranty"]?.lowercased() ?? "none"
                    #expect(sentence.contains(warranty), "product \(id): '\(sentence)' against a warranty of \(warranty)")
                }
                // Every measurement said is one of the product's own values.
                for measure in Self.matches(#"\d+(\.\d+)? ?(kg|cm|mm|in|qt|L|W|h|Hz|min|cups|oz)\b"#, in: text) {
                    #expect(known.contains(measure.lowercased()), "product \(id) says \(measure), not in its data")
                }
                // Every material named is its own (or one of its finishes or specification values).
                let lower = text.lowercased()
                for material in materials where !Self.matches(#"\b\#(NSRegularExpression.escapedPattern(for: material))\b"#, in: lower).isEmpty {
                    #expect(known.contains(material), "product \(id) names \(material), not its material")
                }
            }
            let description = product.description.lowercased()
            if description.contains("not waterproof") { #expect(product.specs["Waterproof"] == "No", "product \(id)") }
            if description.contains("fully waterproof") { #expect(product.specs["Waterproof"] == "Yes", "product \(id)") }
            if description.contains("not dimmable") { #expect(product.specs["Dimmable"] == "No", "product \(id)") }
            if description.contains("arrives fully assembled") { #expect(product.specs["Assembly"] == "None", "product \(id)") }
        }
        #expect(warrantyMentions > 300)
    }

    @Test func ratingsAgreeWithTheirWords() async throws {
        let praise = ["love", "perfect", "brilliant", "superb", "flawless", "highly recommend"]
        let complaints = ["disappoint", "returned", "broke", "waste of money", "avoid", "refund", "fell short"]
        for (id, product) in try await load().sorted(by: { $0.key < $1.key }) {
            for review in product.reviews {
                let text = review.text.lowercased()
                if review.rating <= 2 { #expect(!praise.contains { text.contains($0) }, "product \(id), \(review.rating) stars: \(review.text)") }
                if review.rating == 5 { #expect(!complaints.contains { text.contains($0) }, "product \(id), 5 stars: \(review.text)") }
            }
        }
    }
}
