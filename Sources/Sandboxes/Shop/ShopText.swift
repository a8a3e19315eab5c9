import SandboxKit
import Vocabulary

/// Text helpers for generated data.
public enum ShopText {
    public static func slug(_ text: String) -> String {
        var out = ""
        var lastDash = true
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastDash = false
            } else if !lastDash {
                out.append("-")
                lastDash = true
            }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }

    static func description(name: String, brand: String, material: String, category: String, rng: inout SeededGenerator) -> String {
        let warranty = rng.pick(["one-year", "two-year", "lifetime"]) ?? "one-year"
        let benefit = rng.pick(ShopTaxonomy.benefits) ?? ""
        let parts = [
            rng.pick(ShopTaxonomy.descriptionOpeners) ?? "",
            rng.pick(ShopTaxonomy.descriptionMiddles) ?? "",
            rng.pick(ShopTaxonomy.descriptionClosers) ?? "",
        ]
        return parts.joined(separator: " ")
            .replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{brand}", with: brand)
            .replacingOccurrences(of: "{material_lc}", with: material.lowercased())
            .replacingOccurrences(of: "{material}", with: material)
            .replacingOccurrences(of: "{category}", with: category.lowercased())
            .replacingOccurrences(of: "{benefit}", with: benefit)
            .replacingOccurrences(of: "{warranty}", with: warranty)
    }
}
