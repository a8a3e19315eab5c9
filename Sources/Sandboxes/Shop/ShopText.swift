import SandboxKit
import Vocabulary

/// Slugs for generated names (the prose itself comes from WorldText, `ShopProse`).
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
}
