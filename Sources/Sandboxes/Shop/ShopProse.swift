import Vocabulary
import WorldText

/// A product as WorldText reads it: the facts its descriptions and reviews may state, taken
/// from exactly what its catalogue rows hold.
struct ShopProse {
    let seed: UInt64

    /// A brand's history: known for a strength of the first department (in taxonomy order) that
    /// sells it, so a brand in two departments tells one story.
    func brand(_ name: String) -> BrandFacts {
        let home = ShopTaxonomy.departments.first { $0.brands.contains(name) }?.name ?? ""
        return BrandFacts(name: name, seed: seed, specialties: BrandFacts.specialties(ofDepartment: home))
    }

    /// A product's facts; `specs` and `options` are its rows in table order.
    func item(
        name: String, noun: String, brand: String, material: String, leaf: ShopTaxonomy.Leaf, department: ShopTaxonomy.Department,
        priceCents: Int, specs: [(String, String)], options: [(kind: String, value: String)]
    ) -> ItemFacts {
        let range = Double(leaf.priceRange.lowerBound)...Double(leaf.priceRange.upperBound)
        return ItemFacts(
            name: name, kind: noun, category: leaf.name, department: department.name, brand: self.brand(brand),
            material: leaf.materialIsOption ? nil : material,
            materialChoices: options.filter { $0.kind == "material" }.map(\.value),
            priceBand: PriceBand.of(Double(priceCents) / 100, in: range),
            specs: specs.map { ItemFacts.Spec($0.0, $0.1) },
            colors: options.filter { $0.kind == "color" }.map(\.value),
            sizes: options.filter { $0.kind == "size" }.map(\.value),
            uses: Uses.of(category: leaf.name))
    }
}
