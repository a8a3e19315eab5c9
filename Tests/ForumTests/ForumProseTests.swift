import Foundation
import SandboxKit
import Shop
import Testing
import Vocabulary
import WorldText

/// Issue #19 on the forum: what a thread about a product says of it (its price, brand,
/// warranty, the brand's founding year and what it is known for) is what the shop's data says,
/// for every product thread of seed 1.
@Suite struct ForumProseTests {
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func productThreadsStateTheProductsOwnPriceBrandWarrantyAndHistory() async throws {
        let (host, _) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let world = try ShopWorld(seed: 1)
        let rows = try await host.query(id, """
            SELECT s.product_id, s.title || '. ' || s.body FROM seed_submissions s WHERE s.product_id IS NOT NULL
            UNION ALL
            SELECT s.product_id, c.body FROM seed_comments c JOIN seed_submissions s ON s.id = c.submission_id WHERE s.product_id IS NOT NULL
            """).rows
        #expect(rows.count > 10_000)
        let brandPatterns = world.brands.map { ($0, #"\b\#(NSRegularExpression.escapedPattern(for: $0))\b"#) }
        var prices = 0, years = 0, warranties = 0, histories = 0
        for row in rows {
            guard case .integer(let productID) = row[0], case .text(let text) = row[1] else { Issue.record("bad row \(row)"); continue }
            let product = world.products[Int(productID) - 1]
            let facts = product.facts
            for price in Self.matches(#"\$[0-9,]+\.[0-9]{2}"#, in: text) {
                prices += 1
                #expect(price == Pricing.format(product.priceCents), "product \(productID) costs \(Pricing.format(product.priceCents)), the thread says \(price): \(text)")
            }
            // A town may begin with a brand's name (Kestrel Point, the brand Kestrel).
            let withoutTowns = PlaceFacts.towns.reduce(text) { $0.replacingOccurrences(of: $1.name, with: "") }
            for (brand, pattern) in brandPatterns where brand != product.brand && !Self.matches(pattern, in: withoutTowns).isEmpty {
                Issue.record("product \(productID) is by \(product.brand), the thread names \(brand): \(text)")
            }
            // Years as histories state them; a number in a specification ("2000 pieces") is not one.
            for year in Self.matches(#"\b(since|in|founded) (19|20)[0-9]{2}\b"#, in: text).map({ String($0.suffix(4)) }) {
                years += 1
                #expect(year == String(facts.brand.founded), "\(product.brand) was founded in \(facts.brand.founded), the thread says \(year): \(text)")
            }
            for sentence in text.lowercased().split(whereSeparator: { ".!?".contains($0) }) {
                if sentence.contains("warrant") {
                    warranties += 1
                    #expect(sentence.contains(facts.spec("Warranty")?.lowercased() ?? "none"), "product \(productID): '\(sentence)'")
                }
                if sentence.contains("known for") {
                    histories += 1
                    #expect(sentence.contains(facts.brand.knownFor.lowercased()), "\(product.brand) is known for \(facts.brand.knownFor): '\(sentence)'")
                }
            }
        }
        #expect(prices > 500 && years > 100 && warranties > 50 && histories > 200, "\(prices) prices, \(years) years, \(warranties) warranties, \(histories) histories")
    }

    /// The forum tells the shop's brand histories: what a brand is known for is a strength of
    /// its home department, as on the shop's pages, never the fallback every brand would share.
    @Test func brandHistoriesAreTheShops() throws {
        let world = try ShopWorld(seed: 1)
        var knownFor = Set<String>()
        for product in world.products {
            knownFor.insert(product.facts.brand.knownFor)
            #expect(product.facts.price == Pricing.format(product.priceCents))
        }
        #expect(!knownFor.contains("well-made things"))
        #expect(knownFor.count >= 10)
    }
}
