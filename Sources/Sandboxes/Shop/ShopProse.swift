import Vocabulary
import WorldText

/// A product as WorldText reads it: the facts its descriptions and reviews may state, taken
/// from exactly what its catalogue rows hold.
struct ShopProse {
    let seed: UInt64

    /// What each department's brands can be known for.
    static let specialties: [String: [String]] = [
        "clothing": ["hard-wearing basics", "natural fabrics", "clean tailoring", "outerwear that lasts"],
        "footwear": ["comfortable soles", "resoleable boots", "lightweight running shoes", "shoes that need no breaking in"],
        "home-kitchen": ["cookware that lasts for decades", "simple, useful kitchen tools", "soft bedding", "warm lighting"],
        "electronics": ["clear sound", "long battery life", "tidy desk gear", "sturdy cables and chargers"],
        "sports-outdoors": ["kit that survives bad weather", "light packs", "trail-tested gear", "no-fuss camping gear"],
        "furniture": ["solid wood furniture", "flat-pack that assembles easily", "chairs for long days", "small-space storage"],
        "toys-games": ["family games", "clever puzzles", "games that teach quickly", "beautiful components"],
    ]

    func brand(_ name: String, department: ShopTaxonomy.Department) -> BrandFacts {
        BrandFacts(name: name, seed: seed, specialties: Self.specialties[department.slug] ?? [])
    }

    /// A product's facts; `specs` and `options` are its rows in table order.
    func item(
        name: String, noun: String, brand: String, material: String, leaf: ShopTaxonomy.Leaf, department: ShopTaxonomy.Department,
        priceCents: Int, specs: [(String, String)], options: [(kind: String, value: String)]
    ) -> ItemFacts {
        let range = Double(leaf.priceRange.lowerBound)...Double(leaf.priceRange.upperBound)
        return ItemFacts(
            name: name, kind: noun, category: leaf.name, department: department.name, brand: self.brand(brand, department: department),
            material: leaf.materialIsOption ? nil : material,
            materialChoices: options.filter { $0.kind == "material" }.map(\.value),
            priceBand: PriceBand.of(Double(priceCents) / 100, in: range),
            specs: specs.map { ItemFacts.Spec($0.0, $0.1) },
            colors: options.filter { $0.kind == "color" }.map(\.value),
            sizes: options.filter { $0.kind == "size" }.map(\.value),
            uses: Uses.of(category: leaf.name))
    }
}
