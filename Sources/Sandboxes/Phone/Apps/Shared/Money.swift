import Foundation

/// Amounts as the apps store and show them: integer cents, written "$64.99".
enum Money {
    static func dollars(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let rest = value % 100
        return sign + "$" + String(value / 100) + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    /// Cents from what a person types ("12", "12.5", "$1,204.99"); nil when it is not an amount.
    static func cents(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ",", with: "")
        if digits.hasPrefix("$") { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), let whole = Int(parts[0]), whole >= 0 else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let text = parts[1]
            guard (1...2).contains(text.count), text.allSatisfy(\.isASCII), let value = Int(text), value >= 0 else { return nil }
            fraction = text.count == 1 ? value * 10 : value
        }
        return whole * 100 + fraction
    }
}
